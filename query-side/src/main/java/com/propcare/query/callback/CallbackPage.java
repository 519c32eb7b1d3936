package com.propcare.query.callback;

import java.util.List;

/** One page of a callback list; {@code total} counts every callback that matched, on all pages. */
public record CallbackPage(List<CallbackView> items, long total, int page, int size) {

    public CallbackPage {
        items = List.copyOf(items);
    }
}
