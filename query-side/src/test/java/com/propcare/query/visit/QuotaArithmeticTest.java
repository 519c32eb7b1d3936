package com.propcare.query.visit;

import com.propcare.events.policy.VisitRules.QuotaBand;
import com.propcare.query.support.QuotaArithmetic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaArithmeticTest {

    /** The default bands of the policy document: ≤300 → 4 %, 301–500 → 5 %, 501–800 → 6 %, more → 7 %. */
    static final List<QuotaBand> DEFAULT_BANDS = List.of(new QuotaBand(1, 300, 4), new QuotaBand(301, 500, 5),
                                                         new QuotaBand(501, 800, 6), new QuotaBand(801, null, 7));

    @ParameterizedTest(name = "{0} occupied households → {1} % → {2} visits")
    @CsvSource({"300,4,12", "301,5,16", "500,5,25", "501,6,31", "800,6,48", "801,7,57", "1,4,1", "25,4,1",
                "26,4,2"})
    void the_quota_is_the_band_percentage_of_occupied_households_rounded_up(int occupied, int percent, int quota) {
        QuotaBand band = QuotaArithmetic.bandFor(DEFAULT_BANDS, occupied).orElseThrow();
        assertThat(band.percent()).isEqualTo(percent);
        assertThat(QuotaArithmetic.quota(band.percent(), occupied)).isEqualTo(quota);
    }

    @ParameterizedTest
    @CsvSource({"0"})
    void an_office_without_occupied_households_falls_in_no_band(int occupied) {
        assertThat(QuotaArithmetic.bandFor(DEFAULT_BANDS, occupied)).isEmpty();
    }
}
