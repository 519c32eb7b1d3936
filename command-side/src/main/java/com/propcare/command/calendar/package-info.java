/**
 * The working-day calendar as data (domain §6, architecture §4): the mainland-China public holidays and make-up
 * working days (调休) shipped with the product, years published later through the API, and each office's own
 * adjustments.
 * <p>
 * A region's year is an aggregate ({@code CalendarYear}) whose newest {@code CalendarYearPublished} replaces the
 * shipped data for that year; an office's adjustments are another ({@code OfficeCalendar}). The subscribing
 * processing group {@code calendar-lookup} keeps two small lookup collections read by exact {@code _id}, so every
 * instance computes with the same data. {@link com.propcare.command.calendar.WorkingCalendar} answers the
 * questions (is this a working day, what is N working days later) for a region or an office and serves the
 * policy's deadlines.
 */
package com.propcare.command.calendar;
