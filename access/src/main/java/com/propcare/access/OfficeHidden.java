package com.propcare.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller does not belong to the office of what it asked for. Answered as 404 with the same code a missing id
 * gets, so that ids of other offices cannot be probed.
 *
 * @see AccessProblems
 */
public class OfficeHidden extends AccessDeniedException {

    private final String code;

    public OfficeHidden(String resource, String id) {
        super("No " + resource.toLowerCase().replace('_', ' ') + " " + id);
        this.code = resource + "_NOT_FOUND";
    }

    public String code() {
        return code;
    }

    /** The resource named by a request path: {@code /api/work-orders/…} → {@code WORK_ORDER}. */
    public static String resourceOf(String path) {
        String[] segments = path.split("/");
        String collection = segments.length > 2 ? segments[2] : "resource";
        String singular = collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        return singular.replace('-', '_').toUpperCase();
    }
}
