package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import org.springframework.stereotype.Component;

/** Every office works with the product defaults until offices can edit their policy (as versioned events). */
@Component
public class DefaultComplaintPolicies implements ComplaintPolicies {

    @Override
    public ComplaintPolicy forOffice(OfficeId office) {
        return ComplaintPolicy.defaults(office);
    }
}
