package com.propcare.access;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why a request body could not be read, told in the API's terms: the field (a JSON path such as
 * {@code followUps[2].dueAt}) and the rule it broke, with no class or method names of ours or of the parser.
 */
public final class UnreadableInput {

    /** Backquoted names the parser puts in its messages: {@code `java.lang.String`}, {@code `Foo.bar()`}. */
    private static final Pattern QUOTED_NAME = Pattern.compile("`[^`]*`");

    private UnreadableInput() {
    }

    /** The field (or {@code body}) and rule, and a message naming neither classes nor methods. */
    public record Reason(String field, String rule, String message) {

        public Map<String, Object> asError() {
            return Map.of("field", field, "rule", rule, "message", message);
        }
    }

    public static Reason of(Throwable failure) {
        JacksonException json = find(failure);
        if (json == null) {
            return new Reason("body", "Readable", "the request body or a parameter could not be read");
        }
        String field = path(json);
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new Reason(field, "Unknown", "'" + unknown.getPropertyName() + "' is not a field of this request");
        }
        if (json instanceof InvalidFormatException format) {
            return new Reason(field, "Format", "'" + format.getValue() + "' is not a valid value here");
        }
        if (json instanceof MismatchedInputException mismatch) {
            return new Reason(field, "Type", mismatch.getCurrentToken() == null
                                             ? "has the wrong type or is missing"
                                             : "has the wrong type: " + describe(mismatch));
        }
        if (json instanceof StreamConstraintsException limit) {
            return new Reason("body", "Limits", clean(limit.getOriginalMessage()));
        }
        if (json instanceof StreamReadException parse && parse.getLocation() != null) {
            return new Reason("body", "Json", "malformed JSON at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr());
        }
        return new Reason(field, "Readable", clean(json.getOriginalMessage()));
    }

    private static String describe(MismatchedInputException mismatch) {
        return switch (mismatch.getCurrentToken()) {
            case START_ARRAY -> "a list was sent";
            case START_OBJECT -> "an object was sent";
            case VALUE_STRING -> "text was sent";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number was sent";
            case VALUE_TRUE, VALUE_FALSE -> "true or false was sent";
            case VALUE_NULL -> "null was sent";
            default -> "unexpected " + mismatch.getCurrentToken().name().toLowerCase().replace('_', ' ');
        };
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return QUOTED_NAME.matcher(line).replaceAll("a limit").trim();
    }

    private static JacksonException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
