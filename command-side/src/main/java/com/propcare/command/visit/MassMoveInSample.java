package com.propcare.command.visit;

import com.propcare.events.HouseholdId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which new owners of a mass move-in are visited: a household is in the sample when its bucket, the first four bytes
 * of the SHA-256 of its id modulo 100, is below the sample percentage. The same household always falls into the same
 * bucket, so the choice is repeatable and can be checked by anyone, and about that share of households is chosen.
 */
final class MassMoveInSample {

    private MassMoveInSample() {
    }

    static int bucketOf(HouseholdId household) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest(household.value().getBytes(StandardCharsets.UTF_8));
            long first = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                    | (digest[3] & 0xFFL);
            return (int) (first % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static boolean sampled(HouseholdId household, int samplePercent) {
        return bucketOf(household) < samplePercent;
    }
}
