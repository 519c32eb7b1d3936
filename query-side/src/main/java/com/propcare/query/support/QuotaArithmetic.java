package com.propcare.query.support;

import com.propcare.events.policy.VisitRules.QuotaBand;

import java.util.List;
import java.util.Optional;

/**
 * The supervisors' monthly routine-visit quota [003 6]: the band of the policy's {@code supervisorMonthlyShare}
 * that contains the number of occupied households gives the percentage, and
 * quota = ceil(percent × occupied / 100). Rounding is up because the regulation says "at least" (≥ 4 %): 301
 * households at 5 % are 15.05, so 16 visits. Integer arithmetic, so no floating-point error decides a boundary.
 */
public final class QuotaArithmetic {

    private QuotaArithmetic() {
    }

    public static Optional<QuotaBand> bandFor(List<QuotaBand> bands, int occupied) {
        return bands.stream()
                    .filter(band -> occupied >= band.from() && (band.to() == null || occupied <= band.to()))
                    .findFirst();
    }

    public static int quota(int percent, int occupied) {
        return (percent * occupied + 99) / 100;
    }
}
