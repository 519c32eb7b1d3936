package com.propcare.command.callback.sampling;

import com.propcare.events.HouseholdId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.RoleShare;
import com.propcare.events.policy.SamplingTable;
import com.propcare.events.policy.SamplingTable.Band;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of a month's completed work orders get a callback (domain §2): a pure function of the policy, the month so
 * far and the new completions, so that re-running it gives the same choice.
 * <p>
 * How many: the month's required count so far by {@link CallbackRules#repairCounting()}, minus those already
 * chosen (never negative; a choice is never undone). Which: households not yet picked this month first, then in
 * the order of SHA-256(sampling id + work order id), a fixed order nobody can steer. Who: each chosen order goes to
 * the role of {@link CallbackRules#roleShares()} furthest below its share of the month's chosen orders so far (ties
 * by list order). Under {@code MINIMUM_SHARES} that keeps every role at its share (rounded down) or above: the shares
 * add up to 100 %, so meeting each minimum is dividing by them; under {@code DIVISION} the same assignment is the
 * division itself. The two readings differ only in how many orders there are to divide: with
 * {@code ROLE_SHARES} counting every repair gets a callback.
 */
public final class SamplingRules {

    private SamplingRules() {
    }

    /**
     * What was decided.
     *
     * @param required callbacks the month needs so far
     * @param selected the new choice, in the order chosen
     */
    public record Decision(String ruleDescription, int monthVolume, int required, int previouslySelected,
                           List<SampledRepair> selected) {
    }

    /**
     * @param considered    the month's completions considered before
     * @param selectedSoFar the month's choice before
     * @param candidates    new completions, none of them considered before
     */
    public static Decision sample(RepairSamplingId samplingId, CallbackRules rules, List<RepairCompletion> considered,
                                  List<SampledRepair> selectedSoFar, List<RepairCompletion> candidates) {
        int monthVolume = considered.size() + candidates.size();
        Set<HouseholdId> picked = new HashSet<>();
        selectedSoFar.forEach(sampled -> picked.add(sampled.repair().householdId()));
        List<RepairCompletion> chosen = new ArrayList<>();
        String description;
        int required;
        switch (rules.repairCounting()) {
            case SAMPLING_TABLE -> {
                required = tableSize(rules.sampling(), monthVolume);
                description = "sampling table: " + describeTable(rules.sampling(), monthVolume);
                chosen.addAll(choose(samplingId, candidates, required - selectedSoFar.size(), picked));
            }
            case ROLE_SHARES -> {
                required = monthVolume;
                description = "role shares: every repair, " + monthVolume + " of " + monthVolume;
                chosen.addAll(choose(samplingId, candidates, candidates.size(), picked));
            }
            case OFFICE_WIDE_SHARE -> {
                Predicate<RepairCompletion> small = repair -> repair.kind() == WorkOrderKind.SMALL_REPAIR;
                int smallVolume = count(considered, small) + count(candidates, small);
                int otherVolume = monthVolume - smallVolume;
                int smallRequired = percentOf(smallVolume, rules.smallRepairMonthlySharePercent(),
                                              SamplingTable.Rounding.UP);
                int otherRequired = tableSize(rules.sampling(), otherVolume);
                int smallBefore = (int) selectedSoFar.stream().filter(sampled -> small.test(sampled.repair()))
                                                     .count();
                int otherBefore = selectedSoFar.size() - smallBefore;
                required = smallRequired + otherRequired;
                description = "office-wide share: " + rules.smallRepairMonthlySharePercent() + " % of " + smallVolume
                        + " small repairs rounded UP = " + smallRequired + "; other repairs by the sampling table: "
                        + describeTable(rules.sampling(), otherVolume);
                chosen.addAll(choose(samplingId, candidates.stream().filter(small).toList(),
                                     smallRequired - smallBefore, picked));
                chosen.addAll(choose(samplingId, candidates.stream().filter(small.negate()).toList(),
                                     otherRequired - otherBefore, picked));
            }
            default -> throw new IllegalStateException("Unknown counting rule " + rules.repairCounting());
        }
        return new Decision(description, monthVolume, required, selectedSoFar.size(),
                            assignRoles(rules.roleShares(), selectedSoFar, chosen));
    }

    /**
     * The sample the table asks for at a month's volume. With {@code allWhenFewer} a volume below the sample needs
     * every order; without it the sample stays owed, and later orders of the month make it up.
     */
    public static int tableSize(SamplingTable table, int volume) {
        if (volume <= 0) {
            return 0;
        }
        int sample = sampleOfBand(table, band(table, volume), volume);
        return table.allWhenFewer() ? Math.min(sample, volume) : sample;
    }

    private static String describeTable(SamplingTable table, int volume) {
        if (volume <= 0) {
            return "no orders → 0";
        }
        Band band = band(table, volume);
        int sample = sampleOfBand(table, band, volume);
        String range = "[" + band.from() + "," + (band.to() == null ? "∞" : band.to()) + "]";
        String amount = band.sample() == SamplingTable.SampleKind.FIXED
                ? String.valueOf(band.amount())
                : band.amount() + " % rounded " + table.rounding() + " = " + sample;
        String capped = sample > volume ? ", all " + volume + " as fewer than the sample" : "";
        return volume + " orders in band " + range + " → " + amount + capped;
    }

    private static Band band(SamplingTable table, int volume) {
        return table.bands().stream()
                    .filter(band -> band.from() <= volume && (band.to() == null || volume <= band.to()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No sampling band covers " + volume + " orders"));
    }

    private static int sampleOfBand(SamplingTable table, Band band, int volume) {
        return band.sample() == SamplingTable.SampleKind.FIXED
                ? band.amount()
                : percentOf(volume, band.amount(), table.rounding());
    }

    private static int percentOf(int volume, int percent, SamplingTable.Rounding rounding) {
        long hundredths = (long) volume * percent;
        long whole = switch (rounding == null ? SamplingTable.Rounding.UP : rounding) {
            case UP -> (hundredths + 99) / 100;
            case DOWN -> hundredths / 100;
            case NEAREST -> (hundredths + 50) / 100;
        };
        return (int) whole;
    }

    private static int count(List<RepairCompletion> repairs, Predicate<RepairCompletion> which) {
        return (int) repairs.stream().filter(which).count();
    }

    /** Up to {@code needed} of the candidates: new households first, each pass in hash order. */
    private static List<RepairCompletion> choose(RepairSamplingId samplingId, List<RepairCompletion> candidates,
                                                 int needed, Set<HouseholdId> picked) {
        if (needed <= 0) {
            return List.of();
        }
        List<RepairCompletion> ordered = candidates.stream()
                                                   .sorted(Comparator.comparing(repair -> hash(samplingId, repair)))
                                                   .toList();
        List<RepairCompletion> chosen = new ArrayList<>();
        for (RepairCompletion repair : ordered) {
            if (chosen.size() < needed && !picked.contains(repair.householdId())) {
                chosen.add(repair);
                picked.add(repair.householdId());
            }
        }
        for (RepairCompletion repair : ordered) {
            if (chosen.size() < needed && !chosen.contains(repair)) {
                chosen.add(repair);
            }
        }
        return chosen;
    }

    private static List<SampledRepair> assignRoles(List<RoleShare> shares, List<SampledRepair> selectedSoFar,
                                                   List<RepairCompletion> chosen) {
        Map<StaffRole, Integer> counts = new EnumMap<>(StaffRole.class);
        selectedSoFar.stream().filter(sampled -> sampled.performerRole() != null)
                     .forEach(sampled -> counts.merge(sampled.performerRole(), 1, Integer::sum));
        int total = selectedSoFar.size();
        List<SampledRepair> assigned = new ArrayList<>();
        for (RepairCompletion repair : chosen) {
            total++;
            StaffRole role = furthestBelowShare(shares, counts, total);
            if (role != null) {
                counts.merge(role, 1, Integer::sum);
            }
            assigned.add(new SampledRepair(repair, role));
        }
        return assigned;
    }

    /** In hundredths of a callback, to stay in whole numbers; null when the policy names no shares. */
    private static StaffRole furthestBelowShare(List<RoleShare> shares, Map<StaffRole, Integer> counts, int total) {
        StaffRole furthest = null;
        long largestDeficit = Long.MIN_VALUE;
        for (RoleShare share : shares) {
            long deficit = (long) share.percent() * total - 100L * counts.getOrDefault(share.role(), 0);
            if (deficit > largestDeficit) {
                largestDeficit = deficit;
                furthest = share.role();
            }
        }
        return furthest;
    }

    private static String hash(RepairSamplingId samplingId, RepairCompletion repair) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest((samplingId.value() + repair.workOrderId().value())
                                                 .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
