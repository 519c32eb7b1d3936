package com.propcare.events.registry;

/**
 * Why a household gets holiday visits (重点住户, domain §3): people aged 60+ living without their children, and
 * disabled people.
 */
public enum KeyResidentFlag {
    AGED_LIVING_WITHOUT_CHILDREN, DISABLED
}
