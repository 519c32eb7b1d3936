/**
 * Callback obligations (回访, domain §2) on the command side: the {@code Callback} aggregate is scheduled by its
 * trigger ({@link com.propcare.command.callback.ScheduleCallback}), recorded once with the rules of the policy in
 * force when it was performed ({@link com.propcare.command.callback.RecordCallback}), audited by spot checks, and
 * tracks the commitments its record creates. Who may perform it and how the household may be reached come from the
 * registry's lookups ({@link com.propcare.command.registry.StaffDirectory},
 * {@link com.propcare.command.registry.HouseholdContacts}). The subscribing processing group
 * {@code callback-deadlines} keeps a due item open for every obligation and follow-up that can still fall due.
 */
package com.propcare.command.callback;
