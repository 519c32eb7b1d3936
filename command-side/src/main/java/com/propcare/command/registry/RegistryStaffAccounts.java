package com.propcare.command.registry;

import com.propcare.access.StaffAccounts;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Members of staff as accounts, from the command side's staff directory: written in the same unit of work as the
 * registry's events, so a hire, a role change or a departure applies to the very next request.
 */
@Component
@Order(0)
class RegistryStaffAccounts implements StaffAccounts {

    private final StaffDirectory directory;

    RegistryStaffAccounts(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<StaffAccount> find(String staffId) {
        return directory.find(new StaffId(staffId)).map(entry -> new StaffAccount(
                staffId, entry.officeId().value(),
                entry.roles().stream().map(StaffRole::name).collect(Collectors.toSet()), entry.active()));
    }
}
