/**
 * The complaint lifecycle on the command side (domain §1): commands, the event-sourced {@code Complaint}
 * aggregate, and the collaborators it needs at registration (number allocation, repeat lookup).
 * <p>
 * Every transition command names the complaint, an optional {@code expectedVersion} (null skips Axon's version
 * check, otherwise a stale version is a conflict), its own fields, then when ({@code at}) and by whom
 * ({@code by}) it happened. Time always arrives in the command: the aggregate reads no clock.
 */
package com.propcare.command.complaint;
