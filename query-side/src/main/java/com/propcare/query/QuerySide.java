package com.propcare.query;

import com.propcare.eventstore.EventStoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** Everything the query side contributes to an application; imported by its own app and by the standalone one. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                     classes = SpringBootConfiguration.class))
@Import(EventStoreConfiguration.class)
@PropertySource("classpath:query-side.properties")
public class QuerySide {
}
