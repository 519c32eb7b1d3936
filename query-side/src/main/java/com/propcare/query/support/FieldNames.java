package com.propcare.query.support;

/**
 * Ids used as field names of a read-model document: Mongo reads '.' as a path step and '$' as an operator, so both
 * are escaped, and '%' with them so that escaping can be undone.
 */
public final class FieldNames {

    private FieldNames() {
    }

    public static String escape(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String unescape(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
