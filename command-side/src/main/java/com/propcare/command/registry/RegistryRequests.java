package com.propcare.command.registry;

import com.propcare.command.support.OneOf;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.ResidentRole;
import com.propcare.events.registry.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies of the registry's command endpoints. Enumerated values are strings checked by {@link OneOf}, also
 * inside lists, so an unknown value is reported like any other invalid field ({@code roles[1]}). Ids chosen by the
 * caller are short and free of characters that would need escaping in a path. Who acts is the signed-in user, never
 * a field of the body.
 */
final class RegistryRequests {

    static final int ID_MAX = 100;
    static final int NAME_MAX = 200;
    static final int UNIT_MAX = 50;
    static final int MAX_RESIDENTS = 20;
    static final int MAX_UNITS = 2000;
    static final String ID_PATTERN = "[\\p{L}\\p{N}._~-]+";
    static final String REGION_PATTERN = "[a-z]{2}(-[a-z0-9]+)*";
    static final String PHONE_PATTERN = "[0-9+\\-() ]{3,40}";

    private RegistryRequests() {
    }

    /** Names already checked by {@link OneOf}; absent means none. */
    static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(name -> values.add(Enum.valueOf(type, name)));
        }
        return values;
    }

    static <E extends Enum<E>> E enumOrNull(String name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static List<ResidentDetails> residents(List<Resident> residents) {
        if (residents == null) {
            return List.of();
        }
        return residents.stream().map(resident -> new ResidentDetails(
                resident.role() == null ? ResidentRole.OWNER : ResidentRole.valueOf(resident.role()),
                resident.name().trim(), resident.phone())).toList();
    }

    /**
     * {@code timeZone} may be omitted: Asia/Shanghai. {@code region} names the working-day calendar the office
     * follows, e.g. {@code cn-mainland}.
     */
    record RegisterOffice(@NotBlank @Size(max = ID_MAX) @Pattern(regexp = ID_PATTERN) String officeId,
                          @NotBlank @Size(max = NAME_MAX) String company,
                          @NotBlank @Size(max = NAME_MAX) String name,
                          @NotBlank @Size(max = 40) @Pattern(regexp = REGION_PATTERN) String region,
                          @Size(max = 64) String timeZone) {
    }

    record AddDepartment(@NotBlank @Size(max = ID_MAX) @Pattern(regexp = ID_PATTERN) String departmentId,
                         @NotBlank @Size(max = NAME_MAX) String name) {
    }

    record AddBuilding(@NotBlank @Size(max = ID_MAX) @Pattern(regexp = ID_PATTERN) String buildingId,
                       @NotBlank @Size(max = NAME_MAX) String name) {
    }

    record Unit(@NotBlank @Size(max = UNIT_MAX) String number,
                @NotNull @Min(-10) @Max(300) Integer floor) {
    }

    record AddUnits(@NotEmpty @Size(max = MAX_UNITS) List<@Valid @NotNull Unit> units) {
    }

    /** A person of a household; {@code role} may be omitted (OWNER), {@code phone} too. */
    record Resident(@OneOf(ResidentRole.class) String role,
                    @NotBlank @Size(max = 100) String name,
                    @Pattern(regexp = PHONE_PATTERN) String phone) {
    }

    /** {@code moveInDate} for an occupied household only; not after today in the office. */
    record RegisterHousehold(@NotBlank @Size(max = ID_MAX) @Pattern(regexp = ID_PATTERN) String householdId,
                             @NotBlank @Size(max = ID_MAX) String building,
                             @NotBlank @Size(max = UNIT_MAX) String unit,
                             @Min(-10) @Max(300) Integer floor,
                             @NotNull Boolean occupied,
                             LocalDate moveInDate,
                             List<@NotNull @OneOf(KeyResidentFlag.class) String> keyResidentFlags,
                             @OneOf(ContactChannel.class) String preferredChannel,
                             List<@NotNull @OneOf(ContactChannel.class) String> declinedChannels,
                             @Size(max = MAX_RESIDENTS) List<@Valid @NotNull Resident> residents) {
    }

    record MoveIn(@NotNull LocalDate moveInDate,
                  @Size(max = MAX_RESIDENTS) List<@Valid @NotNull Resident> residents) {
    }

    /** A request to erase a household's personal data; the reason is kept, the data is not. */
    record Erasure(@NotBlank @Size(max = 500) String reason) {
    }

    record MoveOut(@NotNull LocalDate movedOutOn) {
    }

    /** An empty list clears the flags. */
    record KeyResidentFlags(@NotNull List<@NotNull @OneOf(KeyResidentFlag.class) String> keyResidentFlags) {
    }

    /** {@code preferredChannel} may be omitted (no preference); {@code declinedChannels} too (none). */
    record ContactPreferences(@OneOf(ContactChannel.class) String preferredChannel,
                              List<@NotNull @OneOf(ContactChannel.class) String> declinedChannels) {
    }

    record Residents(@NotNull @Size(max = MAX_RESIDENTS) List<@Valid @NotNull Resident> residents) {
    }

    record HireStaff(@NotBlank @Size(max = ID_MAX) @Pattern(regexp = ID_PATTERN) String staffId,
                     @NotBlank @Size(max = NAME_MAX) String name,
                     @NotBlank @Size(max = ID_MAX) String department,
                     @NotEmpty List<@NotNull @OneOf(StaffRole.class) String> roles) {
    }

    record StaffRoles(@NotEmpty List<@NotNull @OneOf(StaffRole.class) String> roles) {
    }

    record StaffDepartment(@NotBlank @Size(max = ID_MAX) String department) {
    }

    record StaffLeaving(@NotNull LocalDate leftOn) {
    }

    /** The answer to a command: the resource's id and its version for the next If-Match. */
    record Accepted(String id, Long version) {
    }

    /** The answer to an import; {@code alreadyImported} when the same file was imported before and nothing changed. */
    record Imported(String importId, String officeId, int households, int occupied, Instant importedAt,
                    String importedBy, boolean alreadyImported) {

        static Imported of(ImportSummary summary, boolean alreadyImported) {
            return new Imported(summary.importId(), summary.officeId(), summary.households(), summary.occupied(),
                                summary.importedAt(), summary.importedBy(), alreadyImported);
        }
    }

    /** What makes two import requests "the same request" for an Idempotency-Key: the office and the file. */
    record ImportFingerprint(String importId) {
    }
}
