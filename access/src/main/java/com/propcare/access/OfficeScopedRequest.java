package com.propcare.access;

/** A request body that names the office it acts in; the command executor checks the caller belongs to it. */
public interface OfficeScopedRequest {

    String officeId();
}
