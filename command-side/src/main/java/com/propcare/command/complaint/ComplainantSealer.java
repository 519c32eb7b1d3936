package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.complaint.Complainant;

/** Seals a complainant's name and phone before they enter the log; null when neither was given. */
public interface ComplainantSealer {

    Complainant seal(HouseholdId household, String name, String phone);
}
