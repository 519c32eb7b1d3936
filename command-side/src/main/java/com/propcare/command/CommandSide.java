package com.propcare.command;

import com.propcare.events.complaint.ComplainantConfirmedUpcaster;
import com.propcare.eventstore.EventStoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** Everything the command side contributes to an application; imported by its own app and by the standalone one. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                     classes = SpringBootConfiguration.class))
@Import(EventStoreConfiguration.class)
@PropertySource("classpath:command-side.properties")
public class CommandSide {

    /** Both sides read the whole log, so both upcast; the standalone application registers it once. */
    @Bean
    @ConditionalOnMissingBean
    ComplainantConfirmedUpcaster complainantConfirmedUpcaster() {
        return new ComplainantConfirmedUpcaster();
    }
}
