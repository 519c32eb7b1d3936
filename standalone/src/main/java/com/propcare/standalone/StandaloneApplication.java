package com.propcare.standalone;

import com.propcare.command.CommandSide;
import com.propcare.query.QuerySide;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/**
 * Both sides in one process. Without {@code MONGODB_URI} it starts the embedded, file-backed store under
 * {@code ./data}. Wiring only: no domain code lives here; the optional demo office goes through the API.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSide.class, QuerySide.class})
public class StandaloneApplication {

    /** The demo office, through the API as the demo admin: only where the demo users are switched on. */
    @Bean
    @ConditionalOnProperty("propcare.demo.data")
    DemoData demoData(Clock clock, @Value("${propcare.security.demo-users:false}") boolean demoUsers) {
        if (!demoUsers) {
            throw new IllegalStateException("propcare.demo.data adds its data as the demo admin: it needs "
                                                    + "propcare.security.demo-users=true");
        }
        return new DemoData(clock);
    }

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
