package com.propcare.command.policy;

import com.propcare.events.OfficeId;

/** Where the command side gets the complaint policy currently in force for an office. */
public interface ComplaintPolicies {

    ComplaintPolicy forOffice(OfficeId office);
}
