package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The policy version in force at a moment, in the office's time zone. */
@Component
public class VersionedOfficePolicies implements OfficePolicies {

    private final PolicyVersions versions;
    private final OfficeCalendars calendars;

    public VersionedOfficePolicies(PolicyVersions versions, OfficeCalendars calendars) {
        this.versions = versions;
        this.calendars = calendars;
    }

    @Override
    public PolicyInForce inForce(OfficeId office, Instant at) {
        AdoptedPolicy policy = versions.inForce(office, at);
        return new PolicyInForce(office, policy.version(), calendars.zoneOf(office), policy.document());
    }
}
