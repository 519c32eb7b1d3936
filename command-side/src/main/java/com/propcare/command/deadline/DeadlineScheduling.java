package com.propcare.command.deadline;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the deadline scheduler's (and other capabilities') {@code @Scheduled} polls. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeadlineScheduling {
}
