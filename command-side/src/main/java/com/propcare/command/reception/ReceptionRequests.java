package com.propcare.command.reception;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.NamesWhoDidIt;
import com.propcare.command.support.OneOf;
import com.propcare.command.visit.VisitRequests;
import com.propcare.events.reception.ReceptionOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the reception-log and meeting endpoints. */
final class ReceptionRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 4000;

    private ReceptionRequests() {
    }

    record Reception(@NotBlank @Size(max = ID_MAX) String officeId,
                     @Size(max = ID_MAX) String householdId,
                     @Size(max = 100) String visitorName,
                     @NotBlank @Size(max = TEXT_MAX) String purpose,
                     @NotNull Instant receivedAt,
                     @Size(min = 1, max = ID_MAX) String receivedBy,
                     @NotBlank @OneOf(ReceptionOutcome.class) String outcome,
                     @Size(max = 200) String referredTo,
                     @Size(max = TEXT_MAX) String notes,
                     @Valid @Size(max = 50) List<VisitRequests.Opinion> opinions)
            implements OfficeScopedRequest, NamesWhoDidIt {

        @Override
        public Named whoDidIt() {
            return new Named("receivedBy", receivedBy);
        }
    }

    record Meeting(@NotBlank @Size(max = ID_MAX) String officeId,
                   @NotNull LocalDate heldOn,
                   @NotBlank @Size(max = ID_MAX) String chairedBy,
                   @Size(max = 1000) List<@NotBlank @Size(max = ID_MAX) String> attendees,
                   @Min(1) int attendeeCount,
                   @Size(max = 20000) String minutes,
                   @Valid @Size(max = 200) List<VisitRequests.Opinion> opinions) implements OfficeScopedRequest {
    }

    record Recorded(String id, Long version) {
    }
}
