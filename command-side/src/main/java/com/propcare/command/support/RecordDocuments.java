package com.propcare.command.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

import java.util.Map;

/**
 * Typed records as store documents and back, for the command side's own memories: the same names and values as
 * the records' published JSON (typed ids as their value, times as ISO-8601), field by field, never a JSON string.
 */
public final class RecordDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordDocuments() {
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object record) {
        return new Document(MAPPER.convertValue(record, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
