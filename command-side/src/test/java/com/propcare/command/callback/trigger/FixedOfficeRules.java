package com.propcare.command.callback.trigger;

import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.KindCode;
import com.propcare.events.policy.Due;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An office for policy tests: the default policy in force at every moment, every day a working day in UTC (the
 * calendar arithmetic is tested with the calendars), and the office kinds a test defines.
 */
final class FixedOfficeRules implements OfficeRules {

    static final OfficeId OFFICE = new OfficeId("office-1");
    static final PolicyVersion VERSION = new PolicyVersion("office-1:v1");

    private final Map<KindCode, CallbackKindTerms> kinds = new HashMap<>();

    FixedOfficeRules define(CallbackKindTerms kind) {
        kinds.put(kind.code(), kind);
        return this;
    }

    @Override
    public PolicyInForce policyAt(Instant at) {
        return new PolicyInForce(OFFICE, VERSION, ZoneOffset.UTC, PolicyDefaults.document());
    }

    @Override
    public Instant add(Instant from, Due period) {
        return switch (period.unit()) {
            case HOURS -> from.plus(period.amount(), ChronoUnit.HOURS);
            case CALENDAR_DAYS, WORKING_DAYS -> from.plus(period.amount(), ChronoUnit.DAYS);
            case MONTHS -> from.atZone(ZoneOffset.UTC).plusMonths(period.amount()).toInstant();
        };
    }

    @Override
    public Optional<CallbackKindTerms> officeKind(KindCode code) {
        return Optional.ofNullable(kinds.get(code));
    }
}
