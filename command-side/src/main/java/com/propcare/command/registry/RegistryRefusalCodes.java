package com.propcare.command.registry;

/** The stable codes with which offices, households and staff refuse commands; they are part of the HTTP API. */
public final class RegistryRefusalCodes {

    /** A field the command needs is missing or blank (422; details: field). */
    public static final String FIELD_REQUIRED = "REGISTRY_FIELD_REQUIRED";
    /**
     * A date of something that happened lies after today in the office's time zone (422; details: field, date,
     * today).
     */
    public static final String DATE_IN_THE_FUTURE = "REGISTRY_DATE_IN_THE_FUTURE";

    /** No office with this id is registered (404; details: officeId). */
    public static final String OFFICE_NOT_FOUND = "OFFICE_NOT_FOUND";
    /** An office with this id is registered already (409; details: officeId). */
    public static final String OFFICE_ALREADY_REGISTERED = "OFFICE_ALREADY_REGISTERED";
    /** An office's time zone must be a region (Asia/Shanghai), not a fixed offset (details: field, timeZone). */
    public static final String OFFICE_TIME_ZONE_NOT_A_REGION = "OFFICE_TIME_ZONE_NOT_A_REGION";
    /** The office has a department with this id already (409; details: departmentId). */
    public static final String OFFICE_DEPARTMENT_EXISTS = "OFFICE_DEPARTMENT_EXISTS";
    /** The office has a building with this id already (409; details: buildingId). */
    public static final String OFFICE_BUILDING_EXISTS = "OFFICE_BUILDING_EXISTS";
    /** The building lists this unit already, or the request names it twice (409; details: buildingId, unit). */
    public static final String OFFICE_UNIT_EXISTS = "OFFICE_UNIT_EXISTS";
    /** The office has no building with this id (422; details: field, buildingId). */
    public static final String OFFICE_UNKNOWN_BUILDING = "OFFICE_UNKNOWN_BUILDING";

    /** No household with this id is registered, one by one or by an import (404; details: householdId). */
    public static final String HOUSEHOLD_NOT_FOUND = "HOUSEHOLD_NOT_FOUND";
    /** A household with this id is registered already (409; details: householdId). */
    public static final String HOUSEHOLD_ALREADY_REGISTERED = "HOUSEHOLD_ALREADY_REGISTERED";
    /** Another household is registered on this unit of the office (409; details: building, unit). */
    public static final String HOUSEHOLD_UNIT_TAKEN = "HOUSEHOLD_UNIT_TAKEN";
    /** The household names a building its office does not have (422; details: field, building). */
    public static final String HOUSEHOLD_UNKNOWN_BUILDING = "HOUSEHOLD_UNKNOWN_BUILDING";
    /** A vacant household was given a move-in date (422; details: field). */
    public static final String HOUSEHOLD_VACANT_WITH_MOVE_IN_DATE = "HOUSEHOLD_VACANT_WITH_MOVE_IN_DATE";
    /** The preferred contact channel is also among the declined ones (422; details: field, channel). */
    public static final String HOUSEHOLD_PREFERRED_CHANNEL_DECLINED = "HOUSEHOLD_PREFERRED_CHANNEL_DECLINED";
    /** A move-in was recorded for a household that is occupied (409). */
    public static final String HOUSEHOLD_ALREADY_OCCUPIED = "HOUSEHOLD_ALREADY_OCCUPIED";
    /** A move-out was recorded for a household that is vacant (409). */
    public static final String HOUSEHOLD_ALREADY_VACANT = "HOUSEHOLD_ALREADY_VACANT";
    /** A move-out before the move-in, or a move-in before the last move-out (422; details: field, date, notBefore). */
    public static final String HOUSEHOLD_DATES_OUT_OF_ORDER = "HOUSEHOLD_DATES_OUT_OF_ORDER";
    /** Rows of an import break rules; nothing was imported (422; details: errors [{line, field, rule, message}]). */
    public static final String HOUSEHOLD_IMPORT_REJECTED = "HOUSEHOLD_IMPORT_REJECTED";
    /** An import without rows, or with more than the limit (422; details: rows, maxRows). */
    public static final String HOUSEHOLD_IMPORT_SIZE = "HOUSEHOLD_IMPORT_SIZE";

    /** A member of staff with this id was hired already (409; details: staffId). */
    public static final String STAFF_ALREADY_HIRED = "STAFF_ALREADY_HIRED";
    /** The department is not one of the office's (422; details: field, department). */
    public static final String STAFF_UNKNOWN_DEPARTMENT = "STAFF_UNKNOWN_DEPARTMENT";
    /** The member of staff has left; nothing about them changes any more (409). */
    public static final String STAFF_HAS_LEFT = "STAFF_HAS_LEFT";

    private RegistryRefusalCodes() {
    }
}
