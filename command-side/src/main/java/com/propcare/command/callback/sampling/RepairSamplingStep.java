package com.propcare.command.callback.sampling;

import com.propcare.command.policy.OfficeCalendars;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Samples every office day that has ended (in office time) and has queued completions, earliest day first, then
 * drops them from the queue. The sampling aggregate ignores completions it has seen, so a crash between the two,
 * or two instances doing the same day, changes nothing.
 */
@Component
public class RepairSamplingStep {

    private static final Logger LOG = LoggerFactory.getLogger(RepairSamplingStep.class);

    private final RepairQueue queue;
    private final OfficeCalendars calendars;
    private final CommandGateway gateway;
    private final Clock clock;

    public RepairSamplingStep(RepairQueue queue, OfficeCalendars calendars, CommandGateway gateway, Clock clock) {
        this.queue = queue;
        this.calendars = calendars;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Returns how many office days were sampled. */
    @Scheduled(fixedDelayString = "${propcare.callbacks.sampling-interval:PT5M}",
               initialDelayString = "${propcare.callbacks.sampling-interval:PT5M}")
    public int sampleEndedDays() {
        Instant now = clock.instant();
        Map<OfficeId, Map<LocalDate, List<RepairCompletion>>> byOfficeAndDay =
                queue.all().stream().collect(Collectors.groupingBy(
                        RepairQueue.Queued::office,
                        Collectors.groupingBy(RepairQueue.Queued::day, TreeMap::new,
                                              Collectors.mapping(RepairQueue.Queued::repair, Collectors.toList()))));
        int sampled = 0;
        for (Map.Entry<OfficeId, Map<LocalDate, List<RepairCompletion>>> office : byOfficeAndDay.entrySet()) {
            ZoneId zone = calendars.zoneOf(office.getKey());
            LocalDate today = LocalDate.ofInstant(now, zone);
            for (Map.Entry<LocalDate, List<RepairCompletion>> day : office.getValue().entrySet()) {
                if (!day.getKey().isBefore(today)) {
                    continue;
                }
                if (sample(office.getKey(), day.getKey(), day.getValue(), zone, now)) {
                    sampled++;
                } else {
                    // later days wait, so that each month's days are sampled in order
                    break;
                }
            }
        }
        return sampled;
    }

    private boolean sample(OfficeId office, LocalDate day, List<RepairCompletion> repairs, ZoneId zone,
                           Instant now) {
        YearMonth month = YearMonth.from(day);
        try {
            gateway.sendAndWait(new SampleRepairCallbacks(RepairSamplingId.of(office, month), office, month, day,
                                                          repairs, day.plusDays(1).atStartOfDay(zone).toInstant(),
                                                          now));
        } catch (RuntimeException e) {
            LOG.warn("Sampling the repairs of {} on {} failed; retried at the next run", office, day, e);
            return false;
        }
        queue.remove(repairs.stream().map(RepairCompletion::workOrderId).toList());
        return true;
    }
}
