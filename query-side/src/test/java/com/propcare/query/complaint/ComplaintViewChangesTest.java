package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.query.feed.EventInstances;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint view handles its whole family through one handler: every event {@link ComplaintEvent} permits has
 * a change of the view, so that a new event without one fails here rather than in a projection at run time.
 */
class ComplaintViewChangesTest {

    @Test
    void every_complaint_event_changes_the_view_in_its_own_way() {
        ComplaintView registered = ComplaintView.registered(
                (ComplaintRegistered) EventInstances.of(ComplaintRegistered.class)
                                                    .filter(event -> ((ComplaintRegistered) event).complaintId() != null)
                                                    .sample());
        List<String> unknown = new ArrayList<>();
        for (Class<?> type : ComplaintEvent.class.getPermittedSubclasses()) {
            ComplaintEvent event = (ComplaintEvent) EventInstances.of(type).sample();
            try {
                ComplaintViewChanges.of(event, 1).apply(registered);
            } catch (IllegalArgumentException e) {
                if (String.valueOf(e.getMessage()).startsWith("unknown complaint event")) {
                    unknown.add(type.getSimpleName());
                }
            } catch (RuntimeException randomValuesTheViewRefuses) {
                // random field values may be refused by a change; only a missing change counts here
            }
        }
        assertThat(ComplaintEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(15);
        assertThat(unknown).as("complaint events the view has no change for").isEmpty();
    }
}
