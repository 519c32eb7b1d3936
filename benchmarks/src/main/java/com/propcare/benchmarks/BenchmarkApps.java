package com.propcare.benchmarks;

import com.propcare.command.CommandSide;
import com.propcare.query.QuerySide;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The applications the benchmarks start: the query side alone, or both sides in one process. */
final class BenchmarkApps {

    private BenchmarkApps() {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(QuerySide.class)
    static class QueryApp {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({CommandSide.class, QuerySide.class})
    static class WholeApp {
    }
}
