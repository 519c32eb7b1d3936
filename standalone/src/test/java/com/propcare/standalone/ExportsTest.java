package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list and dashboard table of the demo office as a spreadsheet: CSV with a byte order mark and a heading row
 * in the reader's language, the same rows as the JSON answer under the same filters, by {@code Accept: text/csv} or
 * {@code format=csv}; another office's data is never in it, and a reader of one office cannot export another's.
 * The application is configured as the browser test's, so that one start serves both.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=true",
                      "propcare.demo.data=true", "propcare.webhooks.allowed-hosts=127.0.0.1",
                      "propcare.webhooks.allow-private-networks=true"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest {

    private static final String OTHER_OFFICE = "office-export";
    private static final String OTHER_SUMMARY = "Exported nowhere but in its own office";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * A route and how many rows its table has, read from its JSON answer, as a user of every office reads it;
     * {@code companyWide}: the route shows every office such a user sees, the other office too.
     */
    private record Export(String path, ToIntFunction<JsonNode> rows, boolean companyWide) {
        Export(String path, ToIntFunction<JsonNode> rows) {
            this(path, rows, false);
        }
    }

    private static int items(JsonNode answer) {
        return answer.get("items").size();
    }

    @BeforeAll
    void anotherOfficeWithAComplaint() {
        TestOffice other = TestOffice.register(web, OTHER_OFFICE);
        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("officeId", OTHER_OFFICE, "channel", "PHONE", "householdId", other.household(),
                             "category", "CLEANING", "summary", OTHER_SUMMARY, "receivedBy", other.clerk(),
                             "receivedAt", Instant.now().minus(Duration.ofHours(2)).toString()))
           .exchange().expectStatus().isCreated();
    }

    private List<Export> exports() {
        String month = YearMonth.now(OFFICE_ZONE).minusMonths(1).toString();
        return List.of(
                new Export("/api/complaints?office=office-1&status=CLOSED&size=100", ExportsTest::items),
                new Export("/api/complaints?office=office-1&category=REPAIR_SERVICE", ExportsTest::items),
                new Export("/api/work-orders?office=office-1", ExportsTest::items),
                new Export("/api/callbacks?office=office-1&size=100", ExportsTest::items),
                new Export("/api/staff/supervisor-zhao/obligations", ExportsTest::items),
                new Export("/api/visits?office=office-1", ExportsTest::items),
                new Export("/api/opinions?office=office-1", ExportsTest::items),
                new Export("/api/offices/office-1/households?building=3&size=100", ExportsTest::items),
                new Export("/api/offices/office-1/staff", ExportsTest::items),
                new Export("/api/offices/office-1/dashboard/pending?limit=500", answer -> answer.get("overdue").size()
                        + answer.get("dueToday").size() + answer.get("promisedRepliesComingDue").size()),
                new Export("/api/offices/office-1/dashboard/rates?month=" + month, answer -> {
                    int named = 0;
                    for (String rate : List.of("callbackRate", "callbacksOnTime", "handlingRate", "firstReplyOnTime",
                                               "remedyOnTime", "complaintRate", "repeatComplaints",
                                               "monthlyVisitQuota", "annualVisitCoverage")) {
                        named += answer.get(rate).isNull() ? 0 : 1;
                    }
                    return named + 2 * answer.get("callbackRates").size();
                }),
                new Export("/api/offices/office-1/dashboard/rates/firstReplyOnTime/items?month=" + month,
                           ExportsTest::items),
                new Export("/api/offices/office-1/dashboard/satisfaction", answer -> {
                    int rows = 0;
                    for (JsonNode campaign : answer.get("campaigns")) {
                        rows += campaign.get("statistics").get("categories").size();
                    }
                    return rows;
                }),
                new Export("/api/offices/office-1/bulletins/" + month, answer -> answer.get("byCategory").size() + 1),
                new Export("/api/offices/office-1/recurring-problems", answer -> answer.get("categories").size()),
                new Export("/api/dashboard?month=" + month, answer -> answer.get("offices").size() + 1, true));
    }

    @Test
    void every_list_and_table_is_a_spreadsheet_with_the_rows_of_its_json() throws IOException {
        for (Export export : exports()) {
            JsonNode answer = web.get().uri(export.path()).accept(MediaType.APPLICATION_JSON).exchange()
                                 .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            byte[] body = web.get().uri(export.path()).accept(MediaType.valueOf("text/csv"))
                             .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                             .expectStatus().isOk()
                             .expectHeader().contentType("text/csv;charset=UTF-8")
                             .expectBody().returnResult().getResponseBody();
            assertThat(body).as(export.path() + " starts with a byte order mark")
                            .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            List<CSVRecord> records = records(body);
            assertThat(records.size() - 1).as(export.path() + " rows").isEqualTo(export.rows().applyAsInt(answer));
            String text = new String(body, StandardCharsets.UTF_8);
            if (export.companyWide()) {
                assertThat(text).as(export.path()).contains(OTHER_OFFICE);
            } else {
                assertThat(text).as(export.path()).doesNotContain(OTHER_OFFICE).doesNotContain(OTHER_SUMMARY);
            }
            if (answer.has("items") && answer.get("items").size() > 0 && answer.get("items").get(0).has("id")) {
                int id = records.get(0).toList().indexOf("Id");
                List<String> ids = new ArrayList<>();
                answer.get("items").forEach(item -> ids.add(item.get("id").asString()));
                assertThat(records.subList(1, records.size()).stream().map(row -> row.get(id)).toList())
                        .as(export.path() + " the same items in the same order").isEqualTo(ids);
            }
            byte[] linked = web.get().uri(export.path() + (export.path().contains("?") ? "&" : "?") + "format=csv")
                               .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange().expectStatus().isOk()
                               .expectBody().returnResult().getResponseBody();
            assertThat(records(linked).size()).as(export.path() + " as a link").isEqualTo(records.size());
        }
    }

    @Test
    void the_heading_is_in_the_readers_language_and_json_stays_the_default() throws IOException {
        String path = "/api/complaints?office=office-1&status=CLOSED";
        assertThat(records(web.get().uri(path + "&format=csv&lang=zh").exchange().expectBody().returnResult()
                              .getResponseBody()).get(0).toList()).contains("投诉编号", "状态", "类别");
        assertThat(records(web.get().uri(path).accept(MediaType.valueOf("text/csv"))
                              .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9").exchange().expectBody()
                              .returnResult().getResponseBody()).get(0).toList()).contains("投诉编号");
        assertThat(records(web.get().uri(path + "&format=csv").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                              .expectBody().returnResult().getResponseBody()).get(0).toList())
                .contains("Number", "Status", "Category");
        web.get().uri(path).exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON);
        web.get().uri(path).header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8").exchange()
           .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON);
        web.get().uri(path + "&format=pdf").exchange().expectStatus().isEqualTo(406);
    }

    @Test
    void a_reader_of_one_office_cannot_export_another() {
        web.get().uri("/api/complaints?office=" + OTHER_OFFICE + "&format=csv")
           .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer("clerk-office-1")).exchange()
           .expectStatus().isNotFound();
        web.get().uri("/api/offices/" + OTHER_OFFICE + "/dashboard/rates").accept(MediaType.valueOf("text/csv"))
           .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer("clerk-office-1")).exchange()
           .expectStatus().isNotFound();
    }

    private static List<CSVRecord> records(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
                                .getRecords();
    }
}
