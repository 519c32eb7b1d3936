package com.propcare.query.registry;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * How the registry's views map to documents, explicitly, so that renaming a Java field never silently changes the
 * stored shape: instants are BSON dates, dates ISO strings, enums their names.
 */
final class RegistryDocuments {

    private RegistryDocuments() {
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate localDate(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }

    static Integer integer(Document document, String field) {
        Number number = document.get(field, Number.class);
        return number == null ? null : number.intValue();
    }

    static long versionOf(Document document) {
        return document.get("version", Number.class).longValue();
    }

    static List<String> strings(Document document, String field) {
        List<String> values = document.getList(field, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }

    static List<Document> documents(Document document, String field) {
        List<Document> values = document.getList(field, Document.class);
        return values == null ? List.of() : values;
    }

    /** Enum constants by name, in declaration order, as views show them. */
    static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().sorted().map(Enum::name).toList();
    }
}
