package com.propcare.command.deadline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Polls the deadline book and sends the overdue command of every item fallen due, closing the item once the
 * command succeeded. Nothing here needs to be exclusive: with several instances polling one book the same item
 * may be commanded twice, and the aggregate records the overdue fact once (a concurrent append just fails and is
 * retried). A failed command leaves the item open, so the next poll retries it, also after a restart.
 */
@Component
public class OverdueScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueScheduler.class);
    /** Items handled per read of the book; a backlog is worked off in batches within one poll. */
    private static final int BATCH = 200;

    private final MongoDeadlines book;
    private final Map<String, OverdueCommands> commandsByType;
    private final CommandGateway gateway;
    private final Clock clock;

    public OverdueScheduler(MongoDeadlines book, List<OverdueCommands> commands, CommandGateway gateway,
                            Clock clock) {
        this.book = book;
        this.commandsByType = commands.stream().collect(Collectors.toMap(OverdueCommands::type,
                                                                         Function.identity()));
        this.gateway = gateway;
        this.clock = clock;
    }

    /** One poll: every item due by now is commanded; returns how many were commanded and closed. */
    @Scheduled(fixedDelayString = "${propcare.deadlines.poll-interval:PT30S}",
               initialDelayString = "${propcare.deadlines.poll-interval:PT30S}")
    public int poll() {
        Instant now = clock.instant();
        int closed = 0;
        List<DueItem> batch = book.fallenDue(now, BATCH);
        // items that fail stay in the book; stop when a batch closed nothing, so they wait for the next poll
        while (!batch.isEmpty()) {
            int closedInBatch = 0;
            for (DueItem item : batch) {
                if (markOverdue(item, now)) {
                    closedInBatch++;
                }
            }
            closed += closedInBatch;
            if (batch.size() < BATCH || closedInBatch == 0) {
                break;
            }
            batch = book.fallenDue(now, BATCH);
        }
        return closed;
    }

    private boolean markOverdue(DueItem item, Instant now) {
        OverdueCommands commands = commandsByType.get(item.type());
        if (commands == null) {
            LOG.error("Due item {} has type {} that no OverdueCommands handles; it stays open", item.key(),
                      item.type());
            return false;
        }
        try {
            gateway.sendAndWait(commands.markOverdue(item, now));
        } catch (ConcurrencyException e) {
            // another instance appended to the same aggregate first; the next poll finds the item done or retries
            LOG.info("Marking {} overdue met a concurrent change; retried at the next poll", item.key());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Marking {} overdue failed; retried at the next poll", item.key(), e);
            return false;
        }
        book.close(item.key());
        return true;
    }
}
