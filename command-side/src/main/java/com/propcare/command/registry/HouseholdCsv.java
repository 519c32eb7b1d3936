package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.ResidentRole;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a household import file: UTF-8 CSV (RFC 4180: fields containing commas, quotes or line breaks are quoted,
 * a quote inside is doubled), a header row naming the columns in any order, then one household per row. Blank lines
 * are skipped. Columns:
 * <table>
 * <caption>Columns of the household import file</caption>
 * <tr><th>column</th><th>required</th><th>content</th></tr>
 * <tr><td>householdId</td><td>yes</td><td>the household's id, unique in the system, at most 100 characters</td></tr>
 * <tr><td>building</td><td>yes</td><td>id of one of the office's buildings</td></tr>
 * <tr><td>unit</td><td>yes</td><td>unit number in the building, at most 50 characters; one household per unit</td></tr>
 * <tr><td>floor</td><td>no</td><td>integer from -10 to 300</td></tr>
 * <tr><td>occupied</td><td>yes</td><td>{@code true} or {@code false}</td></tr>
 * <tr><td>moveInDate</td><td>if occupied</td><td>ISO date ({@code 2024-05-01}), not after today; empty if vacant</td>
 * </tr>
 * <tr><td>keyResident</td><td>no</td><td>{@code AGED_LIVING_WITHOUT_CHILDREN}, {@code DISABLED}, several separated
 * by {@code |}</td></tr>
 * <tr><td>preferredChannel</td><td>no</td><td>one of {@code PHONE VISIT SMS EMAIL LETTER ONLINE}</td></tr>
 * <tr><td>declinedChannels</td><td>no</td><td>channels separated by {@code |}; not the preferred one</td></tr>
 * <tr><td>residentName</td><td>with a phone or role</td><td>the owner's or resident's name, at most 100
 * characters</td></tr>
 * <tr><td>residentPhone</td><td>no</td><td>digits, spaces and {@code + - ( )}, 3 to 40 characters</td></tr>
 * <tr><td>residentRole</td><td>no</td><td>{@code OWNER} (default) or {@code RESIDENT}</td></tr>
 * </table>
 * A file holds at most {@value ImportHouseholds#MAX_ROWS} households and {@value #MAX_BYTES} bytes. What can be
 * checked from the file alone is checked here, every row, and reported with the line it is on (the header is line
 * 1; a quoted line break moves the following rows down); the rules that need the office and the register are the
 * import's.
 */
final class HouseholdCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_REPORTED_PROBLEMS = 500;
    static final String SEPARATOR = "|";

    private static final int ID_MAX = 100;
    private static final int UNIT_MAX = 50;
    private static final int NAME_MAX = 100;
    private static final int MIN_FLOOR = -10;
    private static final int MAX_FLOOR = 300;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,40}");
    private static final List<String> COLUMNS = List.of("householdId", "building", "unit", "floor", "occupied",
                                                        "moveInDate", "keyResident", "preferredChannel",
                                                        "declinedChannels", "residentName", "residentPhone",
                                                        "residentRole");
    private static final List<String> REQUIRED_COLUMNS = List.of("householdId", "building", "unit", "occupied");

    /** One thing wrong with the file; {@code field} is the column, or {@code file} for the file as a whole. */
    record Problem(int line, String field, String rule, String message) {
    }

    /** The file cannot be imported as it is; every problem found is listed, up to a limit. */
    static final class Rejected extends RuntimeException {

        private final List<Problem> problems;
        private final int problemCount;

        Rejected(List<Problem> problems) {
            super(problems.size() + " problems in the import file");
            this.problems = problems.stream().limit(MAX_REPORTED_PROBLEMS).toList();
            this.problemCount = problems.size();
        }

        List<Problem> problems() {
            return problems;
        }

        int problemCount() {
            return problemCount;
        }
    }

    private record CsvRecord(int line, List<String> fields) {
    }

    private HouseholdCsv() {
    }

    /** The file's households, or {@link Rejected} listing what is wrong with it. */
    static List<ImportRow> read(byte[] file) {
        String text = decode(file);
        List<Problem> problems = new ArrayList<>();
        List<CsvRecord> records = records(text, problems);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        if (records.size() < 2) {
            throw new Rejected(List.of(new Problem(1, "file", "NotEmpty",
                                                   "the file needs a header row and at least one household")));
        }
        if (records.size() - 1 > ImportHouseholds.MAX_ROWS) {
            throw new Rejected(List.of(new Problem(records.get(ImportHouseholds.MAX_ROWS + 1).line(), "file",
                                                   "MaxRows", "a file holds at most " + ImportHouseholds.MAX_ROWS
                                                           + " households; split it")));
        }
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                problems.add(new Problem(record.line(), "file", "ColumnCount", "expected " + columns.size()
                        + " fields like the header, found " + record.fields().size()));
                continue;
            }
            rows.add(new RowReader(record, columns, problems).row());
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        return rows;
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                                                .onMalformedInput(CodingErrorAction.REPORT)
                                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                                .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Rejected(List.of(new Problem(1, "file", "Utf8", "the file is not UTF-8 text")));
        }
    }

    /** Splits RFC 4180 text into records, each with the line it starts on; blank lines are skipped. */
    private static List<CsvRecord> records(String text, List<Problem> problems) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    problems.add(new Problem(line, "file", "CsvSyntax",
                                             "a quote inside an unquoted field; quote the field and double the quote"));
                    return records;
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, wasQuoted, recordLine);
                fields = new ArrayList<>();
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                if (wasQuoted) {
                    problems.add(new Problem(line, "file", "CsvSyntax", "text after a closing quote"));
                    return records;
                }
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(new Problem(recordLine, "file", "CsvSyntax", "a quoted field is not closed"));
            return records;
        }
        endRecord(records, fields, field, wasQuoted, recordLine);
        return records;
    }

    private static void endRecord(List<CsvRecord> records, List<String> fields, StringBuilder field,
                                  boolean wasQuoted, int line) {
        if (fields.isEmpty() && field.length() == 0 && !wasQuoted) {
            return;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(new CsvRecord(line, List.copyOf(fields)));
    }

    private static Map<String, Integer> header(CsvRecord header, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(1, name, "KnownColumn", "unknown column; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(1, name, "UniqueColumn", "the column appears twice"));
            }
        }
        REQUIRED_COLUMNS.stream().filter(name -> !columns.containsKey(name))
                        .forEach(name -> problems.add(new Problem(1, name, "Required", "the column is required")));
        if (problems.isEmpty() && columns.size() != header.fields().size()) {
            problems.add(new Problem(1, "file", "ColumnCount", "the header has empty column names"));
        }
        return columns;
    }

    /** Reads one row's fields, adding a problem for each one that cannot be read. */
    private static final class RowReader {

        private final CsvRecord record;
        private final Map<String, Integer> columns;
        private final List<Problem> problems;

        RowReader(CsvRecord record, Map<String, Integer> columns, List<Problem> problems) {
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        ImportRow row() {
            String householdId = required("householdId", ID_MAX);
            String building = required("building", ID_MAX);
            String unit = required("unit", UNIT_MAX);
            Integer floor = floor();
            Boolean occupied = occupied();
            LocalDate moveInDate = date("moveInDate");
            Set<KeyResidentFlag> flags = enums("keyResident", KeyResidentFlag.class);
            ContactChannel preferred = one("preferredChannel", ContactChannel.class);
            Set<ContactChannel> declined = enums("declinedChannels", ContactChannel.class);
            List<ResidentDetails> residents = residents();
            return new ImportRow(record.line(), householdId == null ? null : new HouseholdId(householdId),
                                 building == null ? null : new BuildingId(building), unit, floor,
                                 Boolean.TRUE.equals(occupied), moveInDate, flags, preferred, declined, residents);
        }

        private String raw(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.fields().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        private String required(String column, int max) {
            String value = raw(column);
            if (value == null) {
                problem(column, "Required", "must not be empty");
                return null;
            }
            if (value.codePointCount(0, value.length()) > max) {
                problem(column, "Size", "at most " + max + " characters");
                return null;
            }
            return value;
        }

        private Integer floor() {
            String value = raw("floor");
            if (value == null) {
                return null;
            }
            try {
                int floor = Integer.parseInt(value);
                if (floor >= MIN_FLOOR && floor <= MAX_FLOOR) {
                    return floor;
                }
            } catch (NumberFormatException e) {
                // reported below, like a floor out of range
            }
            problem("floor", "Integer", "must be a whole number from " + MIN_FLOOR + " to " + MAX_FLOOR);
            return null;
        }

        private Boolean occupied() {
            String value = raw("occupied");
            if (value == null) {
                problem("occupied", "Required", "must be true or false");
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    problem("occupied", "Boolean", "must be true or false");
                    yield null;
                }
            };
        }

        private LocalDate date(String column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                problem(column, "Date", "must be an ISO date such as 2024-05-01");
                return null;
            }
        }

        private <E extends Enum<E>> E one(String column, Class<E> type) {
            String value = raw(column);
            return value == null ? null : constant(column, type, value);
        }

        private <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
            String value = raw(column);
            Set<E> values = EnumSet.noneOf(type);
            if (value != null) {
                for (String part : value.split(Pattern.quote(SEPARATOR))) {
                    if (!part.isBlank()) {
                        E constant = constant(column, type, part.trim());
                        if (constant != null) {
                            values.add(constant);
                        }
                    }
                }
            }
            return values;
        }

        private <E extends Enum<E>> E constant(String column, Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                problem(column, "OneOf", "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                                                                   .collect(Collectors.joining(", ")));
                return null;
            }
        }

        private List<ResidentDetails> residents() {
            String name = raw("residentName");
            String phone = raw("residentPhone");
            ResidentRole role = one("residentRole", ResidentRole.class);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problem("residentPhone", "Pattern", "digits, spaces and + - ( ), 3 to 40 characters");
            }
            if (name == null) {
                if (phone != null || role != null) {
                    problem("residentName", "Required", "a resident's phone or role needs the resident's name");
                }
                return List.of();
            }
            if (name.codePointCount(0, name.length()) > NAME_MAX) {
                problem("residentName", "Size", "at most " + NAME_MAX + " characters");
                return List.of();
            }
            return List.of(new ResidentDetails(role == null ? ResidentRole.OWNER : role, name, phone));
        }

        private void problem(String column, String rule, String message) {
            problems.add(new Problem(record.line(), column, rule, message));
        }
    }
}
