package com.propcare.command.visit;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.NamesWhoDidIt;
import com.propcare.command.support.OneOf;
import com.propcare.events.HouseholdId;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the visit and opinion endpoints. Enumerated fields are strings checked by {@link OneOf}, so an
 * unknown value is reported like any other invalid field. Who acts is the signed-in user, never a field of the body.
 */
public final class VisitRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 4000;

    private VisitRequests() {
    }

    record Schedule(@NotBlank @Size(max = ID_MAX) String officeId,
                    @NotBlank @OneOf(VisitKind.class) String kind,
                    @NotBlank @Size(max = ID_MAX) String householdId,
                    @NotNull Instant due,
                    @Size(max = TEXT_MAX) String reason) implements OfficeScopedRequest {
    }

    record Appoint(@NotNull Instant appointedFor,
                   @NotBlank @OneOf(VisitMethod.class) String method,
                   @NotBlank @Size(max = ID_MAX) String with) {
    }

    record Record(@NotBlank @OneOf(VisitMethod.class) String method,
                  @NotNull Instant visitedAt,
                  @Size(min = 1, max = ID_MAX) String visitedBy,
                  @NotBlank @Size(max = TEXT_MAX) String summary,
                  @Valid @Size(max = 50) List<Opinion> opinions,
                  boolean feedbackRequired,
                  @NotBlank @OneOf(Signature.class) String signature) implements NamesWhoDidIt {

        List<OpinionInput> opinionInputs() {
            return Opinion.inputs(opinions);
        }

        @Override
        public Named whoDidIt() {
            return new Named("visitedBy", visitedBy);
        }
    }

    /** An opinion raised in a visit, at the reception desk or in a meeting. */
    public record Opinion(@NotBlank @OneOf(OpinionType.class) String type,
                          @NotBlank @Size(max = TEXT_MAX) String text,
                          @Size(max = ID_MAX) String householdId,
                          @OneOf(ComplaintCategory.class) String category) {

        public static List<OpinionInput> inputs(List<Opinion> opinions) {
            return opinions == null ? List.of() : opinions.stream().map(Opinion::input).toList();
        }

        OpinionInput input() {
            return new OpinionInput(OpinionType.valueOf(type),
                                    text, householdId == null || householdId.isBlank() ? null
                                                                                      : new HouseholdId(householdId),
                                    category == null ? null : ComplaintCategory.valueOf(category));
        }
    }

    record PlanHolidays(@NotBlank @Size(max = 100) String festival,
                        @NotNull LocalDate date) {
    }

    record MassMoveIn(@NotNull LocalDate from,
                      @NotNull LocalDate to) {
    }

    record Answer(@NotBlank @Size(max = TEXT_MAX) String answer,
                  Boolean adopted) {
    }

    /** The answer to a command that created or changed something: its id and version. */
    record Accepted(String id, Long version) {
    }

    /** The answer to planning holiday visits: the plan and the households it covers. */
    record HolidaysPlanned(String planId, List<String> households) {
    }
}
