package com.propcare.query.registry;

import com.propcare.access.OfficeAccess;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The registry as staff look it up: offices with their structure, an office's households and staff, and one
 * household with its residents decrypted. Queries run off the event loop (the views are read with the blocking
 * driver, and residents are decrypted with keys read from the store).
 */
@RestController
@Tag(name = "Registry queries", description = "Offices, households and staff")
class RegistryQueryController {

    private final QueryGateway queries;
    private final OfficeAccess access;

    RegistryQueryController(QueryGateway queries, OfficeAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/offices")
    @Operation(summary = "The offices the caller belongs to (every office for a company-level user), by id")
    Mono<List<OfficeSummary>> offices() {
        return access.currentUser().flatMap(user -> ask(() -> queries.query(
                new FindOffices(), ResponseTypes.multipleInstancesOf(OfficeSummary.class)))
                .map(offices -> offices.stream().filter(office -> user.sees(office.id())).toList()));
    }

    @GetMapping("/api/offices/{id}")
    @Operation(summary = "One office with its departments, buildings and units; its version as ETag")
    Mono<ResponseEntity<OfficeView>> office(@PathVariable String id) {
        return ask(() -> queries.query(new FindOffice(id), ResponseTypes.instanceOf(OfficeView.class)))
                .switchIfEmpty(Mono.error(() -> officeNotFound(id)))
                .map(view -> ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view));
    }

    @GetMapping("/api/offices/{id}/households")
    @Operation(summary = "The office's households by building and unit, without personal data; filters occupied, "
            + "building, keyResident (true, false or a flag); page from 0, size up to 500")
    Mono<HouseholdPage> households(@PathVariable String id, @ParameterObject RegistryListRequests.Households request) {
        FindHouseholds query = request.toQuery(id);
        return ask(() -> queries.query(query, ResponseTypes.instanceOf(HouseholdPage.class)))
                .switchIfEmpty(Mono.error(() -> officeNotFound(id)));
    }

    @GetMapping("/api/offices/{id}/staff")
    @Operation(summary = "The office's staff by name; filters role and active")
    Mono<StaffList> staff(@PathVariable String id, @ParameterObject RegistryListRequests.Staff request) {
        FindStaff query = request.toQuery(id);
        return ask(() -> queries.query(query, ResponseTypes.instanceOf(StaffList.class)))
                .switchIfEmpty(Mono.error(() -> officeNotFound(id)));
    }

    /**
     * The ETag is the household's version, marked when residents show as erased: erasing changes what is sent
     * without changing the version.
     */
    @GetMapping("/api/households/{id}")
    @Operation(summary = "One household with its residents' names and phones decrypted (masked for auditors "
            + "without the personal-data grant); its version as ETag")
    Mono<ResponseEntity<HouseholdDetails>> household(@PathVariable String id) {
        // an imported household has no stream of its own yet, so the security layer cannot see its office
        return ask(() -> queries.query(new FindHousehold(id), ResponseTypes.instanceOf(HouseholdDetails.class)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("HOUSEHOLD_NOT_FOUND", "No household " + id)))
                .flatMap(household -> access.requireOffice(household.officeId(), "HOUSEHOLD", id)
                                            .map(user -> user.mayReadPersonalData() ? household : household.masked()))
                .map(household -> ResponseEntity.ok()
                                                .eTag(household.version() + (household.anyErased() ? "-erased" : ""))
                                                .body(household));
    }

    @GetMapping("/api/staff/{id}")
    @Operation(summary = "One member of staff; its version as ETag")
    Mono<ResponseEntity<StaffView>> staffMember(@PathVariable String id) {
        return ask(() -> queries.query(new FindStaffMember(id), ResponseTypes.instanceOf(StaffView.class)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("STAFF_NOT_FOUND", "No staff member " + id)))
                .map(member -> ResponseEntity.ok().eTag(String.valueOf(member.version())).body(member));
    }

    private static <T> Mono<T> ask(Supplier<CompletableFuture<T>> query) {
        return Mono.fromFuture(query).subscribeOn(Schedulers.boundedElastic());
    }

    private static ResourceNotFound officeNotFound(String id) {
        return new ResourceNotFound("OFFICE_NOT_FOUND", "No office " + id);
    }
}
