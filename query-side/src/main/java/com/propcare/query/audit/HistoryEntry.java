package com.propcare.query.audit;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of an audited history, with who, when and why.
 *
 * @param actor         the staff member the event names as acting ({@code receivedBy}, {@code dispatchedBy}, …)
 * @param user          the signed-in user who sent the command, where known
 * @param command       the command that produced the event
 * @param policyVersion the office policy version the decision was made under, where the event records one
 * @param correlationId the first message of the chain the event belongs to
 * @param causationId   the message being handled when the event was produced
 * @param hash          the audit chain's hash at this event (null until the ledger has chained it)
 * @param data          the payload, personal data masked
 */
public record HistoryEntry(long position, Instant recordedAt, String officeId, String aggregateType,
                           String aggregateId, long sequence, String type, String revision, String actor,
                           String user, String command, String policyVersion, String correlationId,
                           String causationId, String hash, JsonNode data) {
}
