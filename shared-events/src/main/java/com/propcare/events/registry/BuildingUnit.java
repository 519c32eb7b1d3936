package com.propcare.events.registry;

/** A unit (房号) of a building as the office lists it: its number within the building and its floor. */
public record BuildingUnit(String number, int floor) {
}
