package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdRegister.Entry;
import com.propcare.command.registry.HouseholdRegister.Taken;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.command.registry.HouseholdRules.Violation;
import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.Resident;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.propcare.command.registry.Registry.requirePresent;
import static com.propcare.command.registry.Registry.requireStamp;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_IMPORT_REJECTED;
import static com.propcare.command.registry.RegistryRefusalCodes.HOUSEHOLD_IMPORT_SIZE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One bulk import of households. MongoDB here has no multi-document transactions, so "all rows or none" is one
 * command on one aggregate producing one event, which the store writes as one document. The aggregate's id is
 * derived from the office and the file's bytes: importing the same file again loads this aggregate, which answers
 * with what it imported the first time and applies nothing.
 * <p>
 * Every row is checked before anything is reserved, and every broken rule of every row is reported (up to
 * {@value #MAX_REPORTED_ERRORS} of them), each with its line, so that one corrected file can succeed.
 */
@Aggregate
class HouseholdImport {

    static final int MAX_REPORTED_ERRORS = 500;

    @AggregateIdentifier
    private HouseholdImportId id;
    private ImportSummary summary;

    protected HouseholdImport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportSummary handle(ImportHouseholds command, OfficeDirectory offices, HouseholdRegister register,
                         ResidentSealer sealer) {
        if (id != null) {
            return summary;
        }
        requirePresent("importId", command.importId());
        requirePresent("officeId", command.officeId());
        requireStamp(command.at(), command.by());
        List<ImportRow> rows = Objects.requireNonNullElse(command.rows(), List.of());
        if (rows.isEmpty() || rows.size() > ImportHouseholds.MAX_ROWS) {
            throw DomainRefusal.unprocessable(HOUSEHOLD_IMPORT_SIZE, "An import holds 1 to " + ImportHouseholds.MAX_ROWS
                    + " households, this one " + rows.size(), Map.of("rows", rows.size(),
                                                                    "maxRows", ImportHouseholds.MAX_ROWS));
        }
        OfficeEntry office = Registry.office(offices, command.officeId());
        List<RowError> errors = checkRows(rows, office, Registry.today(command.at(), office.timeZone()));
        errors.addAll(alreadyRegistered(rows, register.taken(command.officeId(), units(rows), ids(rows))));
        refuseIf(errors);
        List<Entry> entries = rows.stream().map(row -> new Entry(row.householdId(), unitOf(row), row.occupied(),
                                                                 row.moveInDate(), command.importId())).toList();
        refuseIf(alreadyRegistered(rows, register.reserve(command.officeId(), command.importId().value(), entries)));
        Map<HouseholdId, List<ResidentDetails>> residents = new LinkedHashMap<>();
        rows.forEach(row -> residents.put(row.householdId(), Objects.requireNonNullElse(row.residents(), List.of())));
        Map<HouseholdId, List<Resident>> sealed = sealer.seal(residents);
        List<ImportedHousehold> households = rows.stream().map(row -> new ImportedHousehold(
                row.householdId(), row.building(), row.unit(), row.floor(), row.occupied(), row.moveInDate(),
                Registry.sorted(row.keyResidentFlags()), row.preferredChannel(),
                Registry.sorted(row.declinedChannels()), sealed.get(row.householdId()))).toList();
        apply(new HouseholdsImported(command.importId(), command.officeId(), households, command.at(), command.by()));
        return summary;
    }

    @EventSourcingHandler
    void on(HouseholdsImported event) {
        id = event.importId();
        summary = new ImportSummary(event.importId().value(), event.officeId().value(), event.households().size(),
                                    (int) event.households().stream().filter(ImportedHousehold::occupied).count(),
                                    event.importedAt(), event.importedBy().value());
    }

    /** One broken rule of one row, as the HTTP problem lists it. */
    private record RowError(int line, String field, String rule, String message) {

        Map<String, Object> asDetail() {
            return Map.of("line", line, "field", field, "rule", rule, "message", message);
        }
    }

    /** The rules each row must satisfy on its own and within the file. */
    private static List<RowError> checkRows(List<ImportRow> rows, OfficeEntry office, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        Map<UnitAddress, Integer> unitLines = new HashMap<>();
        Map<HouseholdId, Integer> idLines = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.householdId() == null || row.building() == null || row.unit() == null || row.unit().isBlank()) {
                String field = row.householdId() == null ? "householdId" : row.building() == null ? "building" : "unit";
                errors.add(new RowError(row.line(), field, "Required", field + " is required"));
                continue;
            }
            if (!office.buildings().contains(row.building())) {
                errors.add(new RowError(row.line(), "building", "KnownBuilding",
                                        "office " + office.officeId() + " has no building " + row.building()));
            }
            for (Violation violation : HouseholdRules.check(row.occupied(), row.moveInDate(), today,
                                                            row.preferredChannel(), row.declinedChannels(),
                                                            Objects.requireNonNullElse(row.residents(), List.of()))) {
                errors.add(new RowError(row.line(), violation.field(), violation.rule(), violation.message()));
            }
            Integer unitLine = unitLines.putIfAbsent(unitOf(row), row.line());
            if (unitLine != null) {
                errors.add(new RowError(row.line(), "unit", "UniqueInFile", "unit " + row.unit() + " of building "
                        + row.building() + " is also on line " + unitLine));
            }
            Integer idLine = idLines.putIfAbsent(row.householdId(), row.line());
            if (idLine != null) {
                errors.add(new RowError(row.line(), "householdId", "UniqueInFile", "household " + row.householdId()
                        + " is also on line " + idLine));
            }
        }
        return errors;
    }

    private static List<RowError> alreadyRegistered(List<ImportRow> rows, Taken taken) {
        List<RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.householdId() != null && taken.households().contains(row.householdId())) {
                errors.add(new RowError(row.line(), "householdId", "NotRegistered",
                                        "household " + row.householdId() + " is registered already"));
            }
            if (row.building() != null && taken.units().contains(unitOf(row))) {
                errors.add(new RowError(row.line(), "unit", "UnitFree", "unit " + row.unit()
                        + " of building " + row.building() + " has a household registered already"));
            }
        }
        return errors;
    }

    private static void refuseIf(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<Map<String, Object>> reported = errors.stream()
                                                   .sorted(Comparator.comparingInt(RowError::line))
                                                   .limit(MAX_REPORTED_ERRORS)
                                                   .map(RowError::asDetail)
                                                   .toList();
        long rows = errors.stream().mapToInt(RowError::line).distinct().count();
        throw DomainRefusal.unprocessable(HOUSEHOLD_IMPORT_REJECTED, rows + " rows break the rules; nothing was "
                + "imported", Map.of("errors", reported, "errorCount", errors.size()));
    }

    private static List<UnitAddress> units(List<ImportRow> rows) {
        return rows.stream().filter(row -> row.building() != null).map(HouseholdImport::unitOf).toList();
    }

    private static List<HouseholdId> ids(List<ImportRow> rows) {
        return rows.stream().map(ImportRow::householdId).filter(Objects::nonNull).toList();
    }

    private static UnitAddress unitOf(ImportRow row) {
        return new UnitAddress(row.building(), row.unit());
    }
}
