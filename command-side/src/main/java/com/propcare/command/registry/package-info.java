/**
 * The registry on the command side: offices with their departments, buildings and units; households (one by one
 * or by CSV import, all rows or none); staff with their departments and roles.
 * <p>
 * Offices, households, imports and staff are aggregates of their own. What one of them cannot see in its own
 * stream comes from command-side lookups written by the subscribing processing group {@code registry-lookup}: the
 * {@link com.propcare.command.registry.OfficeDirectory} (an office's time zone, departments, buildings) and the
 * {@link com.propcare.command.registry.HouseholdRegister} (one household per unit and per id, reserved before the
 * deciding event is written). Residents' names and phones are sealed with their household's key before they enter
 * an event, so that destroying the key erases them from the log.
 */
package com.propcare.command.registry;
