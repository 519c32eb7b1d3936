package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.complaint.ComplaintCategory;

/**
 * An opinion as its source recorded it; it then follows its own lifecycle as an {@link OpinionRaised} stream.
 *
 * @param householdId whose opinion; null for an opinion of a meeting or a walk-in that names no household
 * @param category    what a complaint is about; null for other types (a complaint without one is filed as OTHER)
 */
public record RaisedOpinion(OpinionId opinionId, OpinionType type, String text, HouseholdId householdId,
                            ComplaintCategory category) {
}
