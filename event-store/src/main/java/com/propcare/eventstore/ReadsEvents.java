package com.propcare.eventstore;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a reader of sealed event families (a projection, a policy, a lookup): every event a family permits is
 * either handled by one of the reader's event handlers or named here as ignored. A new event in a family therefore
 * has to be considered by each of its readers, and a handler removed by mistake is noticed: the build's
 * event-readers test holds every reader to this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsEvents {

    /** The sealed event families (e.g. {@code ComplaintEvent.class}) the reader follows. */
    Class<?>[] value();

    /** Events of those families the reader has no use for, each named on purpose. */
    Class<?>[] ignores() default {};
}
