package com.propcare.query.feed;

import org.axonframework.serialization.Revision;

/** A test event no read model handles: only the ledger and the feed see it. */
@Revision("1")
public record FeedPing(String run, long n) {
}
