package com.propcare.command.callback;

import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.Signature;
import com.propcare.events.policy.CallbackKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.propcare.command.callback.CallbackTestData.CALLBACK;
import static com.propcare.command.callback.CallbackTestData.CLERK;
import static com.propcare.command.callback.CallbackTestData.DUE;
import static com.propcare.command.callback.CallbackTestData.OFFICE;
import static com.propcare.command.callback.CallbackTestData.PERFORMED;
import static com.propcare.command.callback.CallbackTestData.RECORDED;
import static com.propcare.command.callback.CallbackTestData.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

/** Every obligation and follow-up has an open due item exactly while it can still fall due. */
class CallbackDeadlinesTest {

    private static final Instant REPLY_DUE = PERFORMED.plus(Duration.ofDays(2));

    /** The deadline book in memory: open items by key, idempotent like the real one. */
    private static final class DueBook implements Deadlines {
        final Map<String, DueItem> open = new HashMap<>();

        @Override
        public void open(DueItem item) {
            open.put(item.key(), item);
        }

        @Override
        public void close(String key) {
            open.remove(key);
        }
    }

    private final DueBook book = new DueBook();
    private final CallbackDeadlines deadlines = new CallbackDeadlines(book);

    private void replyScheduled() {
        deadlines.on(new FollowUpScheduled(CALLBACK, OFFICE, "reply-1", FollowUpType.PROMISED_REPLY, "Who pays?",
                                           CLERK.value(), REPLY_DUE, null, RECORDED));
    }

    @Test
    void a_scheduled_callback_is_due_until_it_is_performed() {
        deadlines.on(scheduled(CallbackKind.SMALL_REPAIR));

        assertThat(book.open).containsOnlyKeys("callback:cb-1");
        assertThat(book.open.get("callback:cb-1"))
                .isEqualTo(new DueItem("callback:cb-1", "callback", "cb-1", null, OFFICE, DUE));

        deadlines.on(new CallbackPerformed(CALLBACK, OFFICE, CallbackMethod.PHONE, PERFORMED, CLERK, "Asked", null,
                                           CallbackResult.SATISFIED, Signature.NOT_REQUIRED, null, null, true, false,
                                           RECORDED, CLERK, null, null));
        assertThat(book.open).isEmpty();
    }

    @Test
    void an_overdue_or_cancelled_callback_is_no_longer_watched() {
        deadlines.on(scheduled(CallbackKind.SMALL_REPAIR));
        deadlines.on(new CallbackOverdue(CALLBACK, OFFICE, DUE, DUE));
        assertThat(book.open).isEmpty();

        deadlines.on(scheduled(CallbackKind.SMALL_REPAIR));
        deadlines.on(new CallbackCancelled(CALLBACK, OFFICE, "moved out", PERFORMED, CLERK));
        assertThat(book.open).isEmpty();
    }

    @Test
    void a_follow_up_is_watched_under_its_own_key_until_done_or_overdue() {
        replyScheduled();
        assertThat(book.open.get("callback:cb-1:reply-1"))
                .isEqualTo(new DueItem("callback:cb-1:reply-1", "callback-follow-up", "cb-1", "reply-1", OFFICE,
                                       REPLY_DUE));

        deadlines.on(new FollowUpDone(CALLBACK, OFFICE, "reply-1", "Phoned", REPLY_DUE, CLERK, true));
        assertThat(book.open).isEmpty();

        replyScheduled();
        deadlines.on(new FollowUpOverdue(CALLBACK, OFFICE, "reply-1", REPLY_DUE, REPLY_DUE));
        assertThat(book.open).isEmpty();
    }

    @Test
    void due_items_turn_into_the_idempotent_overdue_commands() {
        Instant detected = DUE.plusSeconds(5);
        OverdueCallbacks callbacks = new OverdueCallbacks();
        OverdueFollowUps followUps = new OverdueFollowUps();

        assertThat(callbacks.type()).isEqualTo("callback");
        assertThat(callbacks.markOverdue(new DueItem("callback:cb-1", "callback", "cb-1", null, OFFICE, DUE),
                                         detected))
                .isEqualTo(new MarkCallbackOverdue(CALLBACK, detected));
        assertThat(followUps.type()).isEqualTo("callback-follow-up");
        assertThat(followUps.markOverdue(new DueItem("callback:cb-1:reply-1", "callback-follow-up", "cb-1",
                                                     "reply-1", OFFICE, REPLY_DUE), detected))
                .isEqualTo(new MarkFollowUpOverdue(CALLBACK, "reply-1", detected));
    }
}
