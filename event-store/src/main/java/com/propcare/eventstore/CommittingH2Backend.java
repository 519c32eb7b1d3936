package com.propcare.eventstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;

/**
 * The H2 backend commits its store on a timer (once a second), so a killed process would lose the writes of its
 * last second even though they were acknowledged. This backend commits after every write command before answering,
 * so an acknowledged write is in the file (the operating system's cache) when the client hears of it.
 */
final class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
                                                     "dropindexes", "drop", "dropdatabase", "renamecollection",
                                                     "create");

    CommittingH2Backend(String fileName) {
        super(MVStore.open(fileName));
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            commit();
        }
        return result;
    }
}
