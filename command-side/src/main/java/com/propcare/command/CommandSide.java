package com.propcare.command;

import com.propcare.access.AccessConfiguration;
import com.propcare.eventstore.EventStoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** Everything the command side contributes to an application; imported by its own app and by the standalone one. */
@Configuration(proxyBeanMethods = false)
// as @SpringBootApplication does: the type exclude filter keeps tests' own configurations out of the scan
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
@Import({EventStoreConfiguration.class, AccessConfiguration.class})
@PropertySource("classpath:command-side.properties")
public class CommandSide {
}
