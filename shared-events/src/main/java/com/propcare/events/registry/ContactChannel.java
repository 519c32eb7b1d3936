package com.propcare.events.registry;

/**
 * How a household may be contacted. Residents choose (客户自愿原则, domain §2): callbacks and visits use the
 * preferred channel and never a declined one.
 */
public enum ContactChannel {
    PHONE, VISIT, SMS, EMAIL, LETTER, ONLINE
}
