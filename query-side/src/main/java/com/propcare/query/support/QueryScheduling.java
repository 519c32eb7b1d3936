package com.propcare.query.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the query side's {@code @Scheduled} work: refreshing the business gauges. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class QueryScheduling {
}
