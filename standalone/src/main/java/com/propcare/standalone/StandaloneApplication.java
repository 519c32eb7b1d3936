package com.propcare.standalone;

import com.propcare.command.CommandSide;
import com.propcare.query.QuerySide;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Both sides in one process. Without {@code MONGODB_URI} it starts the embedded, file-backed store under
 * {@code ./data}. Wiring only: no domain code lives here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSide.class, QuerySide.class})
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
