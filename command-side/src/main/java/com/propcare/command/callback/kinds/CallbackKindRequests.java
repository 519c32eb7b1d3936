package com.propcare.command.callback.kinds;

import com.propcare.access.OfficeScopedRequest;
import com.propcare.command.support.OneOf;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The bodies of the callback-kind and matter endpoints; Who acts is the signed-in user, never a field of the body. */
final class CallbackKindRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 4000;

    private CallbackKindRequests() {
    }

    /** {@code code} is in the path on PUT and ignored there. */
    record Kind(@Size(max = 40) String code,
                @NotBlank @Size(max = 200) String name,
                @NotBlank @Size(max = 40) String matterType,
                @NotEmpty List<@Valid @NotNull Offset> dueOffsets,
                @NotEmpty List<@NotBlank @OneOf(StaffRole.class) String> performerRoles,
                Integer ratePercent,
                boolean conflictOfInterestAvoided,
                List<@NotBlank @OneOf(CallbackMethod.class) String> allowedMethods,
                boolean recordingRequired,
                @NotNull Integer retentionYears) {

        /** A rate left out means every matter. */
        CallbackKindDefinition definition(StaffId by) {
            Set<CallbackMethod> methods = allowedMethods == null ? Set.of()
                    : allowedMethods.stream().map(CallbackMethod::valueOf).collect(Collectors.toSet());
            return new CallbackKindDefinition(name, matterType,
                                              dueOffsets.stream().map(Offset::due).toList(),
                                              performerRoles.stream().map(StaffRole::valueOf).toList(),
                                              ratePercent == null ? 100 : ratePercent, conflictOfInterestAvoided,
                                              methods, recordingRequired, retentionYears, by);
        }
    }

    record Offset(@NotNull Integer amount, @NotBlank @OneOf(DueUnit.class) String unit) {
        Due due() {
            return new Due(amount, DueUnit.valueOf(unit));
        }
    }

    /** Name the households, or the staff member the matter concerns. */
    record Matter(@NotBlank @Size(max = ID_MAX) String officeId,
                  @NotBlank @Size(max = 40) String matterType,
                  List<@NotBlank @Size(max = ID_MAX) String> householdIds,
                  @Size(max = ID_MAX) String staffMember,
                  @Size(max = TEXT_MAX) String description,
                  @Size(max = ID_MAX) String handledBy,
                  @Size(max = ID_MAX) String handlingDepartment,
                  @NotNull Instant occurredAt) implements OfficeScopedRequest {
    }

    /** The answer: the id and its version for the next If-Match. */
    record Accepted(String id, Long version) {
    }
}
