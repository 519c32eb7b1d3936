package com.propcare.query.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes lists and dashboard tables as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads
 * Chinese), a heading row in the reader's language ({@code lang=zh|en}, else {@code Accept-Language}), then one row
 * per item (a list's {@code items}, their nested fields as dotted columns) or per row of a {@link Tabular} view.
 * It answers whatever the route answered as JSON, with the same filters and office checks, because it only writes
 * what the route's handler returned.
 */
public final class CsvExports implements HttpMessageWriter<Object> {

    public static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonMapper json;

    public CsvExports(JsonMapper json) {
        this.json = json;
    }

    /** A view a spreadsheet can hold: a table, or a list of items. */
    public static boolean exportable(Class<?> type) {
        return Tabular.class.isAssignableFrom(type) || itemsOf(type) != null;
    }

    @Override
    public List<MediaType> getWritableMediaTypes() {
        return List.of(CSV);
    }

    @Override
    public boolean canWrite(ResolvableType elementType, MediaType mediaType) {
        return (mediaType == null || mediaType.isCompatibleWith(CSV)) && exportable(elementType.toClass());
    }

    @Override
    public Mono<Void> write(Publisher<?> input, ResolvableType actualType, ResolvableType elementType,
                            MediaType mediaType, ServerHttpRequest request, ServerHttpResponse response,
                            Map<String, Object> hints) {
        Locale language = language(request);
        String name = fileName(request.getPath().value());
        response.getHeaders().setContentType(new MediaType(CSV, StandardCharsets.UTF_8));
        response.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(name + ".csv").build());
        return response.writeWith(Flux.from(input).map(view -> response.bufferFactory().wrap(csv(table(view, elementType), language))));
    }

    @Override
    public Mono<Void> write(Publisher<?> input, ResolvableType elementType, MediaType mediaType,
                            ReactiveHttpOutputMessage message, Map<String, Object> hints) {
        message.getHeaders().setContentType(new MediaType(CSV, StandardCharsets.UTF_8));
        return message.writeWith(Flux.from(input).map(view -> message.bufferFactory()
                                                                     .wrap(csv(table(view, elementType), Locale.ENGLISH))));
    }

    Table table(Object view, ResolvableType type) {
        if (view instanceof Tabular tabular) {
            return tabular.table();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items(view)) {
            Map<String, Object> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        if (columns.isEmpty()) {
            columns.addAll(fieldsOfItems(type.hasGenerics() ? type : ResolvableType.forClass(view.getClass())));
        }
        return new Table(List.copyOf(columns), rows.stream()
                .map(row -> columns.stream().map(row::get).toList()).toList());
    }

    /** The fields of a list's items (a {@code Page<T>} resolved by what the route answers), for an empty list. */
    private static List<String> fieldsOfItems(ResolvableType listType) {
        try {
            Class<?> item = ResolvableType.forField(listType.toClass().getDeclaredField("items"), listType)
                                          .getGeneric(0).resolve();
            return item == null || !item.isRecord() ? List.of()
                    : Arrays.stream(item.getRecordComponents()).map(RecordComponent::getName).toList();
        } catch (NoSuchFieldException e) {
            return List.of();
        }
    }

    private byte[] csv(Table table, Locale language) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(table.columns().stream().map(column -> ColumnNames.heading(column, language)).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(this::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    /** A value as the JSON answer writes it (an instant in ISO form, a code by its name). */
    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        JsonNode node = value instanceof JsonNode given ? given : json.valueToTree(value);
        if (node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.values().forEach(element -> parts.add(element.isValueNode() ? element.asString() : element.toString()));
            return String.join("; ", parts);
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> row) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(prefix + field.getKey() + ".", field.getValue(), row));
        } else {
            row.put(prefix.substring(0, Math.max(0, prefix.length() - 1)), node);
        }
    }

    private static List<?> items(Object view) {
        RecordComponent items = itemsOf(view.getClass());
        try {
            return (List<?>) items.getAccessor().invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A list view's items cannot be read", e);
        }
    }

    private static RecordComponent itemsOf(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("items") && List.class.isAssignableFrom(component.getType())) {
                return component;
            }
        }
        return null;
    }

    /** {@code lang=zh|en} first, then the Accept-Language the browser sends; English otherwise. */
    static Locale language(ServerHttpRequest request) {
        String lang = request.getQueryParams().getFirst("lang");
        if (lang != null && !lang.isBlank()) {
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(String.join(",", request.getHeaders().getOrEmpty("Accept-Language")));
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
        Locale best = Locale.lookup(ranges, List.of(Locale.CHINESE, Locale.ENGLISH));
        return best == null ? Locale.ENGLISH : best;
    }

    /** {@code /api/offices/office-1/dashboard/rates} → {@code office-1-dashboard-rates}. */
    private static String fileName(String path) {
        String name = path.replaceFirst("^/api/", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^offices-", "");
        return name.isEmpty() ? "export" : name;
    }
}
