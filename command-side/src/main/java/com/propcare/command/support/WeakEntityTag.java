package com.propcare.command.support;

/** {@code If-Match} carried a weak tag, which never matches a write: 412. */
public class WeakEntityTag extends RuntimeException {

    public WeakEntityTag(String tag) {
        super("If-Match " + tag + " is a weak tag; send the strong ETag from the last read, e.g. \"3\"");
    }
}
