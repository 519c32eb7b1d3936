package com.propcare.command.complaint;

import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.TestMongo;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MongoComplaintNumbersTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final Year YEAR = Year.of(2026);

    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase database = mongo.database("command-side-test");
    private final MongoComplaintNumbers numbers = new MongoComplaintNumbers(database, "TS");

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void the_first_complaint_of_an_office_in_a_year_is_number_one() {
        assertThat(numbers.next(OFFICE, YEAR)).isEqualTo(new ComplaintNumber("TS-2026-000001"));
        assertThat(numbers.next(OFFICE, YEAR)).isEqualTo(new ComplaintNumber("TS-2026-000002"));
    }

    @Test
    void each_office_and_each_year_counts_on_its_own() {
        numbers.next(OFFICE, YEAR);
        numbers.next(OFFICE, YEAR);

        assertThat(numbers.next(new OfficeId("office-2"), YEAR)).isEqualTo(new ComplaintNumber("TS-2026-000001"));
        assertThat(numbers.next(OFFICE, Year.of(2027))).isEqualTo(new ComplaintNumber("TS-2027-000001"));
        assertThat(numbers.next(OFFICE, YEAR)).isEqualTo(new ComplaintNumber("TS-2026-000003"));
    }

    @Test
    void the_prefix_is_configurable() {
        MongoComplaintNumbers other = new MongoComplaintNumbers(database, "BJ");

        assertThat(other.next(OFFICE, YEAR)).isEqualTo(new ComplaintNumber("BJ-2026-000001"));
    }

    @Test
    void numbers_taken_by_many_threads_at_once_are_unique_and_consecutive() throws Exception {
        int threads = 8;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<ComplaintNumber>> allocate = () -> {
            start.await();
            List<ComplaintNumber> taken = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                taken.add(numbers.next(OFFICE, YEAR));
            }
            return taken;
        };
        try {
            List<Future<List<ComplaintNumber>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(allocate));
            }
            start.countDown();
            List<ComplaintNumber> all = new ArrayList<>();
            for (Future<List<ComplaintNumber>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).doesNotHaveDuplicates()
                           .containsExactlyInAnyOrderElementsOf(
                                   IntStream.rangeClosed(1, threads * perThread)
                                            .mapToObj(n -> new ComplaintNumber(String.format("TS-2026-%06d", n)))
                                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
