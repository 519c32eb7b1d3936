package com.propcare.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The query side on its own, against the MongoDB named by {@code MONGODB_URI}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySide.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
