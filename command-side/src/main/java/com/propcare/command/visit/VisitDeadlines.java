package com.propcare.command.visit;

import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
import com.propcare.command.deadline.OverdueCommands;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionEvent;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.VisitAppointed;
import com.propcare.events.visit.VisitEvent;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitOverdue;
import com.propcare.events.visit.VisitRecorded;
import com.propcare.events.visit.VisitScheduled;
import com.propcare.events.visit.VisitSkipped;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the deadline book's items for visits and opinions: opened when the obligation is created, closed when it is
 * fulfilled or marked overdue. Both are idempotent in the book, so a replay changes nothing.
 */
@ReadsEvents(value = {OpinionEvent.class, VisitEvent.class},
             ignores = {OpinionFiledAsComplaint.class, VisitAppointed.class, VisitSkipped.class})
@Component
@ProcessingGroup(VisitDeadlines.PROCESSING_GROUP)
class VisitDeadlines {

    static final String PROCESSING_GROUP = "visit-deadlines";
    static final String VISIT = "visit";
    static final String OPINION = "opinion";

    private final Deadlines deadlines;

    VisitDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    static String keyOf(VisitId visit) {
        return VISIT + ":" + visit.value();
    }

    static String keyOf(OpinionId opinion) {
        return OPINION + ":" + opinion.value();
    }

    @EventHandler
    void on(VisitScheduled event) {
        deadlines.open(new DueItem(keyOf(event.visitId()), VISIT, event.visitId().value(), null, event.officeId(),
                                   event.due()));
    }

    @EventHandler
    void on(VisitRecorded event) {
        deadlines.close(keyOf(event.visitId()));
    }

    @EventHandler
    void on(VisitOverdue event) {
        deadlines.close(keyOf(event.visitId()));
    }

    @EventHandler
    void on(OpinionRaised event) {
        deadlines.open(new DueItem(keyOf(event.opinionId()), OPINION, event.opinionId().value(), null,
                                   event.officeId(), event.answerDue()));
    }

    @EventHandler
    void on(OpinionAnswered event) {
        deadlines.close(keyOf(event.opinionId()));
    }

    @EventHandler
    void on(OpinionOverdue event) {
        deadlines.close(keyOf(event.opinionId()));
    }

    /** A visit item that falls due becomes {@link MarkVisitOverdue}. */
    @Component
    static class VisitOverdueCommands implements OverdueCommands {
        @Override
        public String type() {
            return VISIT;
        }

        @Override
        public Object markOverdue(DueItem item, Instant detectedAt) {
            return new MarkVisitOverdue(new VisitId(item.targetId()), detectedAt);
        }
    }

    /** An opinion item that falls due becomes {@link MarkOpinionOverdue}. */
    @Component
    static class OpinionOverdueCommands implements OverdueCommands {
        @Override
        public String type() {
            return OPINION;
        }

        @Override
        public Object markOverdue(DueItem item, Instant detectedAt) {
            return new MarkOpinionOverdue(new OpinionId(item.targetId()), detectedAt);
        }
    }
}
