package com.propcare.query.survey;

/** An office's satisfaction figures, campaign by campaign; also a subscription query. */
public record FindSatisfaction(String officeId) {
}
