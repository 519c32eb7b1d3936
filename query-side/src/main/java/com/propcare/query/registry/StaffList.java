package com.propcare.query.registry;

import java.util.List;

/** An office's staff that matched. */
public record StaffList(String officeId, List<StaffView> items) {

    public StaffList {
        items = List.copyOf(items);
    }
}
