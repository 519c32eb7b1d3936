package com.propcare.command.callback.trigger;

import com.propcare.command.callback.kinds.CallbackKindsInForce;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.KindCode;
import com.propcare.events.policy.Due;

import java.time.Instant;
import java.util.Optional;

/**
 * What a policy's decision reads of an office beyond its facts: the policy version in force at a moment, the
 * working-day calendar, and the office's own kinds. All three come from the command side's lookups, which are
 * written in the unit of work of the events they follow, so a decision never sees them behind the commands that
 * changed them. Tests give fixed ones.
 */
interface OfficeRules {

    PolicyInForce policyAt(Instant at);

    /** {@code from} plus {@code period} by the office's working-day calendar. */
    Instant add(Instant from, Due period);

    Optional<CallbackKindTerms> officeKind(KindCode code);

    static OfficeRules of(OfficeId office, OfficePolicies policies, OfficeCalendars calendars,
                          CallbackKindsInForce kinds) {
        return new OfficeRules() {
            @Override
            public PolicyInForce policyAt(Instant at) {
                return policies.inForce(office, at);
            }

            @Override
            public Instant add(Instant from, Due period) {
                return calendars.add(office, from, period);
            }

            @Override
            public Optional<CallbackKindTerms> officeKind(KindCode code) {
                return kinds.kind(office, code);
            }
        };
    }
}
