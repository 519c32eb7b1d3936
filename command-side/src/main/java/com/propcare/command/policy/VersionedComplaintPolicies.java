package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The complaint part of the policy version in force at a moment, in the office's time zone. */
@Component
public class VersionedComplaintPolicies implements ComplaintPolicies {

    private final PolicyVersions versions;
    private final OfficeCalendars calendars;

    public VersionedComplaintPolicies(PolicyVersions versions, OfficeCalendars calendars) {
        this.versions = versions;
        this.calendars = calendars;
    }

    @Override
    public ComplaintPolicy forOffice(OfficeId office, Instant at) {
        AdoptedPolicy policy = versions.inForce(office, at);
        return ComplaintPolicy.of(office, policy.version(), calendars.zoneOf(office), policy.document().complaints());
    }
}
