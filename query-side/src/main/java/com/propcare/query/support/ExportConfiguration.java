package com.propcare.query.support;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.accept.RequestedContentTypeResolver;
import org.springframework.web.reactive.accept.RequestedContentTypeResolverBuilder;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists and dashboard tables as spreadsheets: {@code Accept: text/csv}, or {@code format=csv} for a link. Anything
 * else keeps JSON: where a client accepts any type ({@code *}{@code /*}, or no Accept at all), JSON is preferred
 * at the same quality, so that only a reader who asks for CSV gets it.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration implements WebFluxConfigurer {

    static final String FORMAT = "format";
    static final String LANGUAGE = "lang";

    private final JsonMapper json;

    ExportConfiguration(JsonMapper json) {
        this.json = json;
    }

    /** Every route that answers a list or a table says so in the contract: its CSV form and the parameters for it. */
    @Bean
    OperationCustomizer exportsDocumented() {
        return (operation, handler) -> {
            if (!CsvExports.exportable(KnownParameters.answered(handler))) {
                return operation;
            }
            operation.addParametersItem(new QueryParameter().name(FORMAT).required(false)
                    .schema(new StringSchema()._enum(List.of("csv")))
                    .description("csv: the answer as a spreadsheet, as with Accept: text/csv (for links)"));
            operation.addParametersItem(new QueryParameter().name(LANGUAGE).required(false)
                    .schema(new StringSchema()._enum(List.of("zh", "en")))
                    .description("The language of a spreadsheet's heading row (else Accept-Language)"));
            ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (ok != null) {
                Content content = ok.getContent() == null ? new Content() : ok.getContent();
                content.addMediaType("text/csv", new io.swagger.v3.oas.models.media.MediaType().schema(
                        new StringSchema().description("UTF-8 with a byte order mark: a heading row in the reader's "
                                                               + "language, then one row per item")));
                ok.setContent(content);
            }
            return operation;
        };
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.customCodecs().register(new CsvExports(json));
    }

    @Override
    public void configureContentTypeResolver(RequestedContentTypeResolverBuilder builder) {
        builder.resolver(new PreferJson());
    }

    static final class PreferJson implements RequestedContentTypeResolver {

        @Override
        public List<MediaType> resolveMediaTypes(ServerWebExchange exchange) {
            String format = exchange.getRequest().getQueryParams().getFirst(FORMAT);
            if (format != null && !format.isBlank()) {
                if (!format.trim().equalsIgnoreCase("csv")) {
                    throw new NotAcceptableStatusException(List.of(CsvExports.CSV));
                }
                return List.of(CsvExports.CSV);
            }
            List<MediaType> accepted;
            try {
                accepted = exchange.getRequest().getHeaders().getAccept();
            } catch (InvalidMediaTypeException e) {
                throw new NotAcceptableStatusException("Could not parse the Accept header: " + e.getMessage());
            }
            if (accepted.isEmpty()) {
                return List.of(MediaType.APPLICATION_JSON, MediaType.ALL);
            }
            boolean json = accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    && !type.isWildcardType() && !type.isWildcardSubtype());
            List<MediaType> preferred = new ArrayList<>();
            for (MediaType type : accepted) {
                if (type.isWildcardType() && !json) {
                    preferred.add(new MediaType(MediaType.APPLICATION_JSON,
                                                Map.of("q", String.valueOf(type.getQualityValue()))));
                    json = true;
                }
                preferred.add(type);
            }
            return preferred;
        }
    }
}
