package com.propcare.query.complaint;

import java.util.List;

/** One page of a complaint list; {@code total} counts every complaint that matched, on all pages. */
public record ComplaintPage(List<ComplaintView> items, long total, int page, int size) {

    public ComplaintPage {
        items = List.copyOf(items);
    }
}
