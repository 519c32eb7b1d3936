package com.propcare.command.workorder;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.NamesWhoDidIt;
import com.propcare.command.support.OneOf;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** The bodies of the work order endpoints; Who acts is the signed-in user, never a field of the body. */
final class WorkOrderRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 4000;

    private WorkOrderRequests() {
    }

    /** {@code source} defaults to HOUSEHOLD; {@code contract} only for PAID_SERVICE. */
    record Open(@NotBlank @Size(max = ID_MAX) String officeId,
                @NotBlank @Size(max = ID_MAX) String householdId,
                @NotBlank @OneOf(WorkOrderKind.class) String kind,
                @NotBlank @Size(max = TEXT_MAX) String description,
                @OneOf(WorkOrderSource.class) String source,
                @Size(max = ID_MAX) String sourceId,
                @Valid Contract contract) implements OfficeScopedRequest {
    }

    record Contract(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** {@code assignee} may be omitted: the department decides who goes. */
    record Assign(@NotBlank @Size(max = ID_MAX) String department,
                  @Size(max = ID_MAX) String assignee) {
    }

    /** {@code completedAt} may be omitted: the work was done now. */
    record Complete(@Size(min = 1, max = ID_MAX) String performedBy,
                    @Size(max = TEXT_MAX) String notes,
                    Instant completedAt) implements NamesWhoDidIt {

        @Override
        public Named whoDidIt() {
            return new Named("performedBy", performedBy);
        }
    }

    record Cancel(@NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    /** The answer to any work order command: its id and its version for the next If-Match. */
    record Accepted(String id, long version) {
    }
}
