package com.propcare.query.visit;

import java.util.List;

/**
 * Quota progress of an office for a month. Every figure is a {@link Figure}: a count and what it is out of.
 *
 * @param policyVersion the policy version whose bands were applied; {@code <office>:default} (the regulations'
 *                      defaults) when the office adopted none
 * @param band          the band applied, e.g. "301–500 occupied households: 5 %"
 * @param suggested     occupied households still to visit this month, in a stable order: never routinely visited
 *                      before first, then the longest ago, then by id; as many as the quota still needs
 */
public record VisitQuota(String officeId, String month, int occupiedHouseholds, String policyVersion, String band,
                         Integer quota, Figure routineVisits, Figure directorVisits, List<String> excludedHouseholds,
                         List<String> suggested) {

    /**
     * @param count       the numerator
     * @param of          the denominator (the target); null when there is no target
     * @param counted     what the numerator counts
     * @param against     what the denominator is
     */
    public record Figure(int count, Integer of, String counted, String against) {
    }
}
