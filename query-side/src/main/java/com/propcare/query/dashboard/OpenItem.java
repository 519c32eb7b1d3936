package com.propcare.query.dashboard;

import java.time.Instant;

/**
 * Something an office still owes, as the Today view lists it until it is met.
 *
 * @param type      FIRST_REPLY, REMEDY_ANSWER, DEPARTMENT_RESULT, CALLBACK, a follow-up's type, VISIT, OPINION_ANSWER
 * @param ref       the complaint, callback, visit or opinion it belongs to
 * @param performer who owes it: {@code staff:<id>}, {@code role:<ROLE>|<ROLE>} or {@code department:<id>}
 * @param number    the complaint's number, for items of a complaint or its callbacks
 * @param room      the household's building and room, where it concerns one
 */
record OpenItem(String type, String ref, String kind, Instant due, String performer, String performerName,
                String number, String room) {
}
