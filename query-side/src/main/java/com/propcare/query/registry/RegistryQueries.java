package com.propcare.query.registry;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Answers the registry's queries from its views, each by exact key (or, for offices, from a small collection). */
@Component
class RegistryQueries {

    /** Units and buildings are mostly numbers: 9 before 10, and names after numbers. */
    static final Comparator<String> NATURAL = Comparator.nullsFirst((left, right) -> {
        boolean leftNumber = isNumber(left);
        boolean rightNumber = isNumber(right);
        if (leftNumber && rightNumber) {
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        return leftNumber ? -1 : rightNumber ? 1 : left.compareTo(right);
    });
    private static final Comparator<HouseholdSummary> BY_ADDRESS = Comparator
            .comparing(HouseholdSummary::building, NATURAL)
            .thenComparing(HouseholdSummary::unit, NATURAL)
            .thenComparing(HouseholdSummary::id);
    private static final Comparator<StaffView> BY_NAME = Comparator.comparing(StaffView::name)
                                                                   .thenComparing(StaffView::id);

    private final OfficeViews offices;
    private final HouseholdViews households;
    private final StaffViews staff;
    private final ResidentOpener residents;

    RegistryQueries(OfficeViews offices, HouseholdViews households, StaffViews staff, ResidentOpener residents) {
        this.offices = offices;
        this.households = households;
        this.staff = staff;
        this.residents = residents;
    }

    @QueryHandler
    List<OfficeSummary> handle(FindOffices query) {
        return offices.all().stream().map(OfficeView::summary).sorted(Comparator.comparing(OfficeSummary::id))
                      .toList();
    }

    @QueryHandler
    OfficeView handle(FindOffice query) {
        return offices.find(query.officeId()).orElse(null);
    }

    @QueryHandler
    HouseholdPage handle(FindHouseholds query) {
        if (offices.find(query.officeId()).isEmpty()) {
            return null;
        }
        List<HouseholdSummary> matching = households.listed(query.officeId()).stream()
                                                    .filter(household -> matches(query, household))
                                                    .sorted(BY_ADDRESS)
                                                    .toList();
        List<HouseholdSummary> page = matching.stream().skip((long) query.page() * query.size()).limit(query.size())
                                              .toList();
        return new HouseholdPage(query.officeId(), page, matching.size(), query.page(), query.size());
    }

    @QueryHandler
    HouseholdDetails handle(FindHousehold query) {
        return households.find(query.householdId())
                         .map(view -> HouseholdDetails.of(view, residents.open(view.id(), view.residents())))
                         .orElse(null);
    }

    @QueryHandler
    StaffList handle(FindStaff query) {
        if (offices.find(query.officeId()).isEmpty()) {
            return null;
        }
        return new StaffList(query.officeId(), staff.listed(query.officeId()).stream()
                                                    .filter(member -> query.role() == null
                                                            || member.roles().contains(query.role()))
                                                    .filter(member -> query.active() == null
                                                            || member.active() == query.active())
                                                    .sorted(BY_NAME)
                                                    .toList());
    }

    @QueryHandler
    StaffView handle(FindStaffMember query) {
        return staff.find(query.staffId()).orElse(null);
    }

    private static boolean matches(FindHouseholds query, HouseholdSummary household) {
        return (query.occupied() == null || household.occupied() == query.occupied())
                && (query.building() == null || query.building().equals(household.building()))
                && (query.keyResident() == null || household.keyResidentFlags().isEmpty() != query.keyResident())
                && (query.keyResidentFlag() == null || household.keyResidentFlags().contains(query.keyResidentFlag()));
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
