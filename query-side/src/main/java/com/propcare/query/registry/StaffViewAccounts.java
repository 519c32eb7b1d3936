package com.propcare.query.registry;

import com.propcare.access.StaffAccounts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Members of staff as accounts on an instance that runs the query side alone: from the staff read model, which
 * follows the registry's events a moment behind. Where the command side runs too, its directory comes first.
 */
@Component
@Order(1)
class StaffViewAccounts implements StaffAccounts {

    private final StaffViews views;

    StaffViewAccounts(StaffViews views) {
        this.views = views;
    }

    @Override
    public Optional<StaffAccount> find(String staffId) {
        return views.find(staffId).map(view -> new StaffAccount(staffId, view.office(), Set.copyOf(view.roles()),
                                                                view.active()));
    }
}
