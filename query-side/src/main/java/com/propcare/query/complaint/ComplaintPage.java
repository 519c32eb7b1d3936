package com.propcare.query.complaint;

import java.util.List;
import java.util.function.UnaryOperator;

/** One page of a complaint list; {@code total} counts every complaint that matched, on all pages. */
public record ComplaintPage(List<ComplaintView> items, long total, int page, int size) {

    public ComplaintPage {
        items = List.copyOf(items);
    }

    ComplaintPage withItems(UnaryOperator<ComplaintView> change) {
        return new ComplaintPage(items.stream().map(change).toList(), total, page, size);
    }
}
