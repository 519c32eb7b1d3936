package com.propcare.query.complaint;

import com.propcare.query.complaint.ComplaintOfficeIndex.Entry;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Answers the complaint queries from the views and the per-office index. */
@Component
class ComplaintQueries {

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::receivedAt)
            .thenComparing(entry -> entry.complaint().value())
            .reversed();

    private final ComplaintViews views;
    private final ComplaintOfficeIndex officeIndex;
    private final Clock clock;

    ComplaintQueries(ComplaintViews views, ComplaintOfficeIndex officeIndex, Clock clock) {
        this.views = views;
        this.officeIndex = officeIndex;
        this.clock = clock;
    }

    @QueryHandler
    ComplaintView handle(FindComplaint query) {
        return views.find(query.complaintId()).map(view -> view.asOf(clock.instant())).orElse(null);
    }

    @QueryHandler
    ComplaintPage handle(FindComplaints query) {
        List<Entry> candidates = query.office() == null ? officeIndex.allEntries() : officeIndex.entriesOf(query.office());
        List<Entry> matching = candidates.stream()
                .filter(entry -> matches(query, entry))
                .sorted(NEWEST_FIRST)
                .toList();
        List<Entry> onPage = matching.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .toList();
        Instant now = clock.instant();
        List<ComplaintView> items = views.findAll(onPage.stream().map(Entry::complaint).toList()).stream()
                .map(view -> view.asOf(now))
                .toList();
        return new ComplaintPage(items, matching.size(), query.page(), query.size());
    }

    private static boolean matches(FindComplaints query, Entry entry) {
        return (query.number() == null || query.number().equals(entry.number()))
                && (query.status() == null || query.status() == entry.status())
                && (query.category() == null || query.category() == entry.category())
                && (query.department() == null || query.department().equals(entry.department()))
                && (query.household() == null || query.household().equals(entry.household()))
                && (query.receivedFrom() == null || !entry.receivedAt().isBefore(query.receivedFrom()))
                && (query.receivedTo() == null || entry.receivedAt().isBefore(query.receivedTo()));
    }
}
