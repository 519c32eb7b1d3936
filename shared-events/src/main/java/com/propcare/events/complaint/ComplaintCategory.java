package com.propcare.events.complaint;

/** What a complaint is about; aligned with the survey categories (domain §4) plus common complaint subjects. */
public enum ComplaintCategory {
    POWER_SUPPLY, WATER_SUPPLY, FIRE_SAFETY_AND_SECURITY, PUBLIC_ORDER, CLEANING, GREENING, PUBLIC_FACILITIES,
    REPAIR_SERVICE, SERVICE_ATTITUDE, FEES, PARKING, NOISE_AND_NEIGHBOURS, OTHER
}
