package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.callback.kinds.BuiltInMatters;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.HouseholdId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.policy.Due;
import com.propcare.events.registry.StaffRole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a recorded matter owes. A built-in matter type triggers its built-in kind by the policy in force when it
 * happened; any other type, every office kind the matter recorded as in force for its type: one callback per
 * (kind, due offset, household or member of staff), sampled when the kind's rate is below 100. The terms come from
 * the matter itself, so a kind defined or changed after it was recorded does not change what it owes.
 */
final class MatterCallbackPolicy {

    private MatterCallbackPolicy() {
    }

    static List<ScheduleCallback> decide(MatterRecorded matter, OfficeRules office) {
        PolicyInForce policy = office.policyAt(matter.occurredAt());
        List<ScheduleCallback> callbacks = new ArrayList<>();
        CallbackKind builtIn = BuiltInMatters.kindOf(matter.matterType()).orElse(null);
        if (builtIn != null) {
            CallbackRules rules = policy.document().callbacks();
            KindRule rule = rules.kinds().get(builtIn);
            int rate = rule.targetRatePercent() == null ? 100 : rule.targetRatePercent();
            for (HouseholdId household : households(matter)) {
                if (inSample(rate, builtIn.name() + matter.matterId() + who(matter, household))) {
                    callbacks.add(callback(matter, policy, KindCode.of(builtIn), 0, household,
                                           office.add(matter.occurredAt(), rule.due()), rule.performers(),
                                           rule.conflictOfInterestAvoided(), Set.of(),
                                           rules.phoneRecordingRequired(), rules.recordRetentionYears(),
                                           "matter " + matter.matterType() + " recorded"));
                }
            }
            return callbacks;
        }
        if (matter.callbackKinds() == null) {
            throw new IllegalStateException("Matter " + matter.matterId() + " was recorded before matters carried "
                    + "their kinds' terms; its callbacks were created then");
        }
        for (CallbackKindTerms kind : matter.callbackKinds()) {
            for (int offset = 0; offset < kind.dueOffsets().size(); offset++) {
                for (HouseholdId household : households(matter)) {
                    if (inSample(kind.ratePercent(), kind.code() + matter.matterId().value() + who(matter, household))) {
                        Due due = kind.dueOffsets().get(offset);
                        callbacks.add(callback(matter, policy, kind.code(), offset, household,
                                               office.add(matter.occurredAt(), due), kind.performerRoles(),
                                               kind.conflictOfInterestAvoided(), kind.allowedMethods(),
                                               kind.recordingRequired(), kind.retentionYears(),
                                               "matter " + matter.matterType() + ": " + kind.name() + " (revision "
                                                       + kind.revision() + "), offset " + due.amount() + " "
                                                       + due.unit()));
                    }
                }
            }
        }
        return callbacks;
    }

    /** Deterministic: the same matter and target are always in or always out of a sample. */
    static boolean inSample(int ratePercent, String key) {
        if (ratePercent >= 100) {
            return true;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            int bucket = Math.floorMod(((digest[0] & 0xff) << 8) | (digest[1] & 0xff), 100);
            return bucket < ratePercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The households it concerns, or a single null for the member of staff it concerns. */
    private static List<HouseholdId> households(MatterRecorded matter) {
        return matter.householdIds().isEmpty() ? Collections.singletonList(null) : matter.householdIds();
    }

    private static String who(MatterRecorded matter, HouseholdId household) {
        return household == null ? (matter.staffMember() == null ? null : "staff " + matter.staffMember())
                : household.value();
    }

    private static ScheduleCallback callback(MatterRecorded matter, PolicyInForce policy, KindCode kind, int offset,
                                             HouseholdId household, Instant due,
                                             List<StaffRole> performers, boolean conflictOfInterestAvoided,
                                             Set<CallbackMethod> methods, boolean recordingRequired,
                                             int retentionYears, String reason) {
        String target = household == null ? "staff-" + matter.staffMember() : household.value();
        return new ScheduleCallback(new CallbackId("cb-" + matter.matterId() + "-" + kind + "-" + offset + "-" + target),
                                    matter.officeId(), kind, new Subject(SubjectType.MATTER, matter.matterId().value()),
                                    household, due, performers, matter.handledBy(), matter.handlingDepartment(),
                                    conflictOfInterestAvoided, methods, recordingRequired, retentionYears, null, reason,
                                    policy.version(), matter.occurredAt());
    }
}
