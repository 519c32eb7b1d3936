package com.propcare.events.policy;

/**
 * Every rule of domain §1–§4 that an office sets for itself. The seeds disagree on many numbers and methods
 * (domain §7), so each of them is a policy value; the product defaults are named on each field with the seed that
 * states them. A document is adopted as a whole ({@link PolicyAdopted}) and never edited. The office's time zone
 * and working-day calendar belong to the office, not to its policy.
 */
public record PolicyDocument(ComplaintRules complaints, CallbackRules callbacks, VisitRules visits,
                             SurveyRules surveys) {
}
