package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdCsv.Problem;
import com.propcare.events.HouseholdId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.ResidentRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HouseholdCsvTest {

    private static final String HEADER = "householdId,building,unit,floor,occupied,moveInDate,keyResident,"
            + "preferredChannel,declinedChannels,residentName,residentPhone\n";

    private static List<ImportRow> read(String csv) {
        return HouseholdCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(String csv) {
        return catchThrowableOfType(HouseholdCsv.Rejected.class, () -> read(csv)).problems();
    }

    @Test
    void every_column_is_read_into_the_row_of_its_line() {
        List<ImportRow> rows = read(HEADER
                + "h-3-1203,3,1203,12,true,2024-05-01,AGED_LIVING_WITHOUT_CHILDREN|DISABLED,SMS,PHONE|VISIT,"
                + "王建国,13800000000\r\n"
                + "h-3-1204,3,1204,,false,,,,,,\n");

        assertThat(rows).containsExactly(
                new ImportRow(2, new HouseholdId("h-3-1203"), new BuildingId("3"), "1203", 12, true,
                              LocalDate.of(2024, 5, 1),
                              Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN, KeyResidentFlag.DISABLED),
                              ContactChannel.SMS, Set.of(ContactChannel.PHONE, ContactChannel.VISIT),
                              List.of(new ResidentDetails(ResidentRole.OWNER, "王建国", "13800000000"))),
                new ImportRow(3, new HouseholdId("h-3-1204"), new BuildingId("3"), "1204", null, false, null,
                              Set.of(), null, Set.of(), List.of()));
    }

    @Test
    void columns_come_in_any_order_optional_ones_may_be_left_out_and_quoted_fields_keep_commas_and_line_breaks() {
        List<ImportRow> rows = read("\uFEFFunit,occupied,householdId,building,residentName,residentRole\n"
                + "101,false,h-1,\"A, east\",\"Li \"\"Xiao\"\"\nLong\",RESIDENT\n"
                + "\n"
                + "102,false,h-2,B,,\n");

        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 5);
        assertThat(rows.get(0).building()).isEqualTo(new BuildingId("A, east"));
        assertThat(rows.get(0).residents()).containsExactly(
                new ResidentDetails(ResidentRole.RESIDENT, "Li \"Xiao\"\nLong", null));
    }

    @Test
    void every_unreadable_field_is_reported_with_its_line_column_and_rule() {
        List<Problem> problems = problems(HEADER
                + "h-1,3,101,twelve,yes,2024-13-01,TALL,PIGEON,SMS|FAX,,13800000000\n"
                + ",3,,1,true,2024-05-01,,,,Wang,call me\n");

        assertThat(problems).containsExactly(
                new Problem(2, "floor", "Integer", "must be a whole number from -10 to 300"),
                new Problem(2, "occupied", "Boolean", "must be true or false"),
                new Problem(2, "moveInDate", "Date", "must be an ISO date such as 2024-05-01"),
                new Problem(2, "keyResident", "OneOf", "must be one of AGED_LIVING_WITHOUT_CHILDREN, DISABLED"),
                new Problem(2, "preferredChannel", "OneOf", "must be one of PHONE, VISIT, SMS, EMAIL, LETTER, ONLINE"),
                new Problem(2, "declinedChannels", "OneOf", "must be one of PHONE, VISIT, SMS, EMAIL, LETTER, ONLINE"),
                new Problem(2, "residentName", "Required", "a resident's phone or role needs the resident's name"),
                new Problem(3, "householdId", "Required", "must not be empty"),
                new Problem(3, "unit", "Required", "must not be empty"),
                new Problem(3, "residentPhone", "Pattern", "digits, spaces and + - ( ), 3 to 40 characters"));
    }

    @Test
    void a_header_must_name_the_required_columns_and_only_known_ones() {
        assertThat(problems("householdId,building,colour\nh-1,3,red\n")).containsExactly(
                new Problem(1, "colour", "KnownColumn", "unknown column; the columns are householdId, building, "
                        + "unit, floor, occupied, moveInDate, keyResident, preferredChannel, declinedChannels, "
                        + "residentName, residentPhone, residentRole"),
                new Problem(1, "unit", "Required", "the column is required"),
                new Problem(1, "occupied", "Required", "the column is required"));
    }

    @Test
    void broken_csv_is_reported_where_it_breaks() {
        assertThat(problems(HEADER + "h-1,3,101,1,true,2024-05-01,,,,\n"))
                .containsExactly(new Problem(2, "file", "ColumnCount", "expected 11 fields like the header, found 10"));
        assertThat(problems(HEADER + "h-1,3,\"101,1,true,2024-05-01,,,,,\n"))
                .containsExactly(new Problem(2, "file", "CsvSyntax", "a quoted field is not closed"));
        assertThat(problems(HEADER + "h-1,3,10\"1,1,true,2024-05-01,,,,,\n")).extracting(Problem::rule)
                                                                          .containsExactly("CsvSyntax");
    }

    @Test
    void an_empty_file_a_file_of_other_bytes_and_one_over_the_row_limit_are_refused() {
        assertThat(problems(HEADER)).extracting(Problem::rule).containsExactly("NotEmpty");
        assertThat(catchThrowableOfType(HouseholdCsv.Rejected.class,
                                        () -> HouseholdCsv.read(new byte[]{(byte) 0xC3, (byte) 0x28}))
                           .problems()).extracting(Problem::rule).containsExactly("Utf8");
        StringBuilder tooMany = new StringBuilder("householdId,building,unit,occupied\n");
        for (int i = 0; i <= ImportHouseholds.MAX_ROWS; i++) {
            tooMany.append("h-").append(i).append(",3,").append(i).append(",false\n");
        }
        assertThat(problems(tooMany.toString())).containsExactly(
                new Problem(10_002, "file", "MaxRows", "a file holds at most 10000 households; split it"));
    }
}
