package com.propcare.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The command side on its own, against the MongoDB named by {@code MONGODB_URI}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CommandSide.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
