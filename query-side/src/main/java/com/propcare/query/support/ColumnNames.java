package com.propcare.query.support;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Column headings of the exports in the reader's language: {@code export/columns} bundles by field name (a dotted
 * path names a nested field); a field without a heading is written as words made of its name.
 */
public final class ColumnNames {

    private static final String BUNDLE = "export/columns";

    private ColumnNames() {
    }

    public static String heading(String column, Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(column);
        } catch (MissingResourceException notNamed) {
            return words(column);
        }
    }

    /** {@code firstReplyDue} → "First reply due", {@code numerator.count} → "Numerator count". */
    static String words(String column) {
        String spaced = column.replace('.', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
