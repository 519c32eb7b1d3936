/**
 * An office's policy (domain §1–§4, §7): every number and choice as a versioned document adopted with an
 * effective date ({@code OfficePolicy}), the product defaults, and what the other capabilities derive from it.
 * <p>
 * The subscribing processing group {@code policy-lookup} keeps one small document per office listing its versions,
 * read by exact {@code _id}; {@link com.propcare.command.policy.ComplaintPolicies} returns the version in force when
 * a complaint's triggering fact happened, and every event decided under it names that version.
 * {@link com.propcare.command.policy.ComplaintDeadlines} turns the policy into due times by the office's calendar
 * ({@link com.propcare.command.policy.OfficeCalendars}, implemented by the working-day calendar).
 */
package com.propcare.command.policy;
