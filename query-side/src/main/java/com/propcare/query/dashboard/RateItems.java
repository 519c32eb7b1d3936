package com.propcare.query.dashboard;

import com.propcare.query.dashboard.Rate.Count;

import java.time.Instant;
import java.util.List;

/**
 * The items behind one of a month's rates, read from the same entries the rate is counted from: every item of the
 * rate's denominator, each marked whether it counts in the numerator. The complaint rate's denominator counts
 * registered households and the visit quota's is a number of households; there the items are the numerator's.
 *
 * @param rate the rate's name in {@link OfficeRates} ({@code firstReplyOnTime}, {@code callbackRate} …)
 * @param kind the callback kind the rate was narrowed to, or null
 */
public record RateItems(String officeId, String month, String rate, String kind, Count numerator, Count denominator,
                        List<RateItem> items) {

    public RateItems {
        items = List.copyOf(items);
    }

    /**
     * One complaint, callback, follow-up, visit or household behind a rate.
     *
     * @param type    COMPLAINT, CALLBACK, FOLLOW_UP, VISIT or HOUSEHOLD
     * @param number  the complaint's number where the item belongs to a complaint
     * @param room    the household's building-room
     * @param kind    a callback's or visit's kind, a follow-up's type
     * @param department the department a complaint was dispatched to
     * @param at      when it was received, performed, done or visited; null while it is not
     * @param counted whether it counts in the rate's numerator
     */
    public record RateItem(String type, String id, String number, String room, String kind, String category,
                           String department, Instant due, Instant at, boolean counted) {
    }
}
