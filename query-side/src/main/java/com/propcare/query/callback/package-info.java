/**
 * The callbacks' read side: one document per callback obligation with its record, follow-ups and spot checks,
 * plus small index documents per office, per performer role within an office and per follow-up assignee, so that
 * every list, "my obligations" and the monthly summary are exact-key reads.
 */
package com.propcare.query.callback;
