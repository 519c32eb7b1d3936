package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard page in a real headless Chromium against the running application with its demo office: sign-in,
 * the pages each role may see, a complaint registered through the API appearing on the open page without reload,
 * a dropped connection shown and reopened by the page, both languages. Screenshots of every page are saved under
 * {@code target/screenshots} (the user guide shows them). Without a Chromium the test is skipped, unless
 * {@code PROPCARE_BROWSER_TESTS=required} (CI sets it after installing one).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=true",
                      "propcare.demo.data=true", "propcare.webhooks.allowed-hosts=127.0.0.1",
                      "propcare.webhooks.allow-private-networks=true"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class DashboardPageBrowserTest {

    private static final Path BROWSER = Path.of(System.getProperty("propcare.browser.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("propcare.browser.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            if ("required".equals(System.getenv("PROPCARE_BROWSER_TESTS"))) {
                fail("No Chromium at " + BROWSER + " with its driver at " + DRIVER);
            }
            Assumptions.abort("No Chromium at " + BROWSER + ": browser test skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--window-size=1360,1150", "--lang=zh-CN",
                             "--user-data-dir=" + Files.createTempDirectory("propcare-browser"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                                                                       .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /** The page's console, in the test's output: what a failure needs to be understood. */
    @AfterEach
    void printBrowserConsole() {
        browser.manage().logs().get(LogType.BROWSER)
               .forEach(entry -> System.out.println("browser: " + entry.getMessage()));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_director_watches_todays_work_change_live_through_a_dropped_connection_and_reads_every_page()
            throws IOException {
        try (DroppingProxy proxy = new DroppingProxy(port)) {
            browser.get("http://localhost:" + proxy.port() + "/");
            signIn("director-chen", "wrong");
            assertThat(visible("login-error").getText()).isEqualTo("用户名或密码错误");
            signIn("director-chen", "demo");
            assertThat(navigation()).containsExactly("今日待办", "指标", "满意度", "投诉履历", "我的工作");
            waitUntilLive();
            ((JavascriptExecutor) browser).executeScript("window.sameDocument = true");

            String late = register("h-2-1003", "Lift out of order since last week", Duration.ofDays(10));
            WebElement row = waitFor(By.cssSelector("[data-testid=overdue] tr[data-ref='" + late + "']"));
            assertThat(row.getText()).contains("首次答复", "绿化", "TS-", "2-1003 室", "Li Na", "逾期 ");
            assertThat(visible("overdue").getText()).as("references people read, not machine keys")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-").doesNotContainPattern("\\S+:\\S+:\\S+");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument")).isEqualTo(true);
            screenshot("today");

            proxy.dropConnections();
            waitUntil(() -> "lost".equals(visible("live").getDomAttribute("data-state")));
            assertThat(visible("live").getText()).isEqualTo("连接中断，正在重连…");
            waitUntilLive();
            String afterDrop = register("h-3-1003", "Water leaking in the garage", Duration.ofDays(10));
            waitFor(By.cssSelector("[data-testid=overdue] tr[data-ref='" + afterDrop + "']"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument")).isEqualTo(true);

            click("nav-rates");
            present(By.cssSelector("[data-testid=complaint-rate] svg line.target"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=callback-rates] svg rect.bar"))).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector("[data-testid=rates-table] tr[data-rate=complaintRate]"))
                              .getText()).contains("< 1%");
            screenshot("rates");

            click("nav-satisfaction");
            present(By.cssSelector("[data-testid=pareto] svg rect.bar.missed"));
            assertThat(visible("main-items").getText()).startsWith("保洁");
            visible("print-report");
            visible("plan-card");
            screenshot("satisfaction");

            click("lang");
            waitUntil(() -> navigation().contains("Satisfaction"));
            assertThat(navigation()).containsExactly("Today", "Rates", "Satisfaction", "Complaint history", "My work");
            click("nav-today");
            waitFor(By.cssSelector("[data-testid=overdue] tr[data-ref='" + late + "']"));
            screenshot("today-en");
            browser.findElement(By.cssSelector("[data-testid=overdue] tr[data-ref='" + late + "'] a")).click();
            assertThat(visible("complaint-state").getText()).contains("Lift out of order since last week");
            click("lang");

            signOut();
            signIn("auditor-qian", "demo");
            assertThat(navigation()).containsExactly("投诉履历");
            browser.get("http://localhost:" + proxy.port() + "/#/complaints/" + late);
            waitFor(By.cssSelector("[data-testid=timeline] tr[data-position]"));
            assertThat(visible("timeline").getText()).contains("ComplaintRegistered", "clerk-li");
            browser.get("http://localhost:" + proxy.port() + "/#/complaints/" + closedComplaint());
            waitFor(By.cssSelector("[data-testid=timeline] tr[data-position]"));
            assertThat(visible("timeline").getText()).contains("ComplaintRegistered", "CallbackPerformed",
                                                               "ComplaintClosed");
            screenshot("history");

            signOut();
            signIn("viewer-zhou", "demo");
            assertThat(navigation()).containsExactly("今日待办", "指标", "满意度");
            waitFor(By.cssSelector("[data-testid=overdue] tr[data-ref='" + late + "']"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=overdue] tr[data-ref] a")))
                    .as("a viewer reads no complaint").isEmpty();
        }
    }

    /**
     * Every page at a phone's width and a laptop's, in both languages: the document is no wider than the window, no
     * cell, heading or label overflows its box, and no chart label is cut or runs into another. Screenshots of each
     * go to {@code target/screenshots}.
     */
    @Test
    void every_page_fits_a_phone_and_a_laptop_in_both_languages() throws IOException {
        String base = "http://localhost:" + port + "/";
        signInAfresh(base, "admin");
        String closed = closedComplaint();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("today", "overdue-card");
        pages.put("rates", "rates-table-card");
        pages.put("satisfaction", "pareto");
        pages.put("complaints/" + closed, "timeline-card");
        pages.put("company", "company-card");
        List<String> problems = new ArrayList<>();
        try {
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
                browser.manage().window().setSize(size);
                for (String language : List.of("zh", "en")) {
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        browser.get(base + "#/" + page.getKey());
                        try {
                            visible(page.getValue());
                        } catch (RuntimeException e) {
                            screenshot("failed-" + page.getKey().replaceAll("/.*", ""));
                            throw new AssertionError(page.getKey() + " at " + size + " shows: "
                                    + browser.findElement(By.tagName("body")).getText(), e);
                        }
                        List<?> found = (List<?>) ((JavascriptExecutor) browser).executeScript(LAYOUT_PROBLEMS);
                        String where = page.getKey().replaceAll("/.*", "") + " " + size.width + " " + language;
                        found.forEach(problem -> problems.add(where + ": " + problem));
                        screenshot(page.getKey().replaceAll("/.*", "") + "-" + size.width + "-" + language);
                    }
                    click("lang");
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1360, 1150));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_complaint_is_found_by_its_number_and_a_rate_without_data_says_so() {
        String base = "http://localhost:" + port + "/";
        signInAfresh(base, "director-chen");
        String id = closedComplaint();
        String number = String.valueOf(web.get().uri("/api/complaints/" + id).exchange().expectBody(Map.class)
                                          .returnResult().getResponseBody().get("number"));
        browser.get(base + "#/complaints");
        visible("complaint-id").sendKeys(number);
        browser.findElement(By.cssSelector("[data-testid=find-complaint] button")).click();
        assertThat(visible("complaint-state").getText()).contains(number);
        assertThat(browser.getCurrentUrl()).endsWith("#/complaints/" + id);

        // a month long before the demo office's data: nothing to count, so neither met nor missed
        browser.get(base + "#/rates/" + YearMonth.now().minusMonths(11));
        WebElement handling = waitFor(By.cssSelector("[data-testid=rates-table] tr[data-rate=handlingRate]"));
        assertThat(handling.getText()).contains("无数据").doesNotContain("未达标").doesNotContain("达标");
    }

    @Test
    void a_count_opens_exactly_its_items_which_filter_and_download_as_shown() {
        String base = "http://localhost:" + port + "/";
        signInAfresh(base, "director-chen");
        Map<?, ?> pending = web.get().uri("/api/offices/office-1/dashboard/pending?limit=500").exchange()
                               .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        int overdue = ((Number) ((Map<?, ?>) pending.get("total")).get("overdue")).intValue();
        assertThat(overdue).isPositive();

        click("tally-overdue");
        visible("drill-card");
        assertThat(drillRows()).hasSize(overdue);
        assertThat(downloadedRows()).isEqualTo(overdue);

        new Select(visible("filter-type")).selectByValue("FIRST_REPLY");
        waitUntil(() -> drillRows().stream().allMatch(row -> row.getText().contains("首次答复")));
        int firstReplies = drillRows().size();
        assertThat(firstReplies).isPositive().isLessThanOrEqualTo(overdue);
        assertThat(downloadedRows()).isEqualTo(firstReplies);

        String month = YearMonth.now(OFFICE_ZONE).minusMonths(1).toString();
        Map<?, ?> rates = web.get().uri("/api/offices/office-1/dashboard/rates?month=" + month).exchange()
                             .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> firstReply = (Map<?, ?>) rates.get("firstReplyOnTime");
        int received = ((Number) ((Map<?, ?>) firstReply.get("denominator")).get("count")).intValue();
        int onTime = ((Number) ((Map<?, ?>) firstReply.get("numerator")).get("count")).intValue();
        assertThat(received).as("the demo office's last month").isPositive();
        browser.get(base + "#/rates/" + month);
        assertThat(exported("export")).as("the server's spreadsheet of the month's rates, headed in Chinese")
                .startsWith("\uFEFF指标,类别,期间,分子,分子数,分母,分母数").contains("firstReplyOnTime");
        click("open-firstReplyOnTime");
        visible("drill-card");
        waitUntil(() -> drillRows().size() == received);
        assertThat(downloadedRows()).isEqualTo(received);
        boolean someOnTime = onTime > 0;
        int expected = someOnTime ? onTime : received;
        new Select(visible("filter-counted")).selectByValue(String.valueOf(someOnTime));
        waitUntil(() -> drillRows().size() == expected);
        assertThat(downloadedRows()).isEqualTo(expected);
    }

    @Test
    void directors_follow_a_complaint_through_time_and_auditors_pick_one_from_the_list() {
        String base = "http://localhost:" + port + "/";
        String closed = closedComplaint();
        signInAfresh(base, "director-chen");
        browser.get(base + "#/complaints/" + closed);
        assertThat(visible("timeline").getText()).as("in words for staff").contains("登记投诉", "完成回访", "结案")
                                                 .doesNotContain("SHA-256").doesNotContain("ComplaintRegistered");

        signInAfresh(base, "auditor-qian");
        browser.get(base + "#/complaints");
        waitFor(By.cssSelector("[data-testid=complaints] tr a"));
        new Select(visible("list-status")).selectByValue("CLOSED");
        waitUntil(() -> browser.findElements(By.cssSelector("[data-testid=complaints] tbody tr")).stream()
                               .allMatch(row -> row.getText().contains("已结案")));
        browser.findElement(By.cssSelector("[data-testid=complaints] tr a")).click();
        assertThat(visible("timeline").getText()).contains("SHA-256", "ComplaintClosed");
        assertThat(browser.findElements(By.cssSelector("[data-testid=actions-card]"))).as("an auditor acts on nothing")
                                                                                     .isEmpty();
    }

    private List<WebElement> drillRows() {
        return browser.findElements(By.cssSelector("[data-testid=drill] tbody tr"));
    }

    /** What a download button of the page saved: the text of the file it made. */
    private String exported(String testId) {
        ((JavascriptExecutor) browser).executeScript("""
                window.exportedFiles = [];
                const make = URL.createObjectURL;
                URL.createObjectURL = blob => { window.exportedFiles.push(blob); return make(blob); };
                """);
        click(testId);
        waitUntil(() -> ((Number) ((JavascriptExecutor) browser).executeScript("return window.exportedFiles.length"))
                .intValue() > 0);
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.exportedFiles[0].arrayBuffer().then(bytes => done(new TextDecoder('utf-8', { ignoreBOM: true })
                  .decode(bytes)));
                """);
    }

    /** The rows of the CSV the download link holds, without its header. */
    private int downloadedRows() {
        Object lines = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('[data-testid=download]').href).then(r => r.text())
                  .then(text => done(text.trim().split('\\r\\n').length - 1));
                """);
        return ((Number) lines).intValue();
    }

    /**
     * The workbench: a clerk registers a complaint for a household picked by its room and sees its number; what is
     * missing is marked beside its field and nothing is stored; the complaint is handled to its result; the
     * supervisor, on a phone, records its callback from "my work" (a refused rule shown in words first), and the
     * complaint closes with the clerk and the supervisor as the people who acted.
     */
    @Test
    void a_clerk_registers_by_room_and_a_supervisor_records_the_callback_on_a_phone() throws IOException {
        String base = "http://localhost:" + port + "/";
        signInAfresh(base, "clerk-li");
        browser.get(base + "#/work/register");
        long before = complaintsOfOffice();
        click("form-submit");
        waitUntil(() -> !browser.findElement(By.cssSelector("[data-error=summary]")).getText().isBlank());
        assertThat(complaintsOfOffice()).as("nothing stored").isEqualTo(before);

        visible("form-room").sendKeys("3-1202");
        new Select(visible("form-category")).selectByValue("CLEANING");
        visible("form-summary").sendKeys("Stairwell not cleaned for a week");
        visible("form-name").sendKeys("Wang");
        click("form-submit");
        WebElement number = visible("registered-number");
        assertThat(number.getText()).startsWith("TS-");
        screenshot("work-register");
        String complaint = number.getDomAttribute("href").replace("#/complaints/", "");
        String callback = handledToItsResult(complaint);

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signInAfresh(base, "supervisor-zhao");
            browser.get(base + "#/work");
            By record = By.cssSelector("[data-testid='record-" + callback + "']");
            waitUntil(() -> {
                browser.navigate().refresh();
                visible("obligations-card");
                return !browser.findElements(record).isEmpty();
            });
            browser.findElement(record).click();
            visible("form-content").sendKeys("Asked whether the stairwell is clean now");
            browser.findElement(By.cssSelector("[data-testid=callback-form] details summary")).click();
            visible("form-question").sendKeys("When will the stairwell be painted?");
            setMoment("form-replyBy", Instant.now().plus(Duration.ofDays(3)));
            new Select(visible("form-workOrderKind")).selectByValue("SMALL_REPAIR");
            visible("form-workOrderDescription").sendKeys("Handrail loose on floor 12");
            new Select(visible("form-result")).selectByValue("SATISFIED");
            new Select(visible("form-signature")).selectByValue("SIGNED");
            click("form-submit");
            waitUntil(() -> browser.findElement(By.cssSelector("[data-error=signature]")).getText()
                                   .equals("电话等非上门回访无法签字。"));
            screenshot("work-callback-phone");
            new Select(visible("form-signature")).selectByValue("");
            click("form-submit");
            visible("recorded");
        } finally {
            browser.manage().window().setSize(new Dimension(1360, 1150));
        }
        await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/api/complaints/" + complaint).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("CLOSED"));
        web.get().uri("/api/audit/complaints/" + complaint + "/history").exchange().expectStatus().isOk()
           .expectBody()
           .jsonPath("$[?(@.type == 'ComplaintRegistered')].user").isEqualTo(List.of("clerk-li"))
           .jsonPath("$[?(@.type == 'CallbackPerformed')].user").isEqualTo(List.of("supervisor-zhao"));
        web.get().uri("/api/callbacks/" + callback).exchange().expectBody()
           .jsonPath("$.record.newWorkOrder").exists()
           .jsonPath("$.followUps[?(@.type == 'PROMISED_REPLY')].description")
           .isEqualTo(List.of("When will the stairwell be painted?"));
    }

    /**
     * The steps a complaint's page offers are the ones open in its state; one taken by someone else meanwhile turns
     * the next into "changed by someone else", and after a reload the step is taken.
     */
    @Test
    void a_step_on_a_complaint_changed_by_someone_else_asks_for_a_reload_and_then_goes_through() {
        String base = "http://localhost:" + port + "/";
        String complaint = register("h-2-1005", "Door of building 2 does not close", Duration.ofHours(2));
        signInAfresh(base, "clerk-li");
        browser.get(base + "#/complaints/" + complaint);
        visible("step-verify");
        assertThat(browser.findElements(By.cssSelector("[data-testid=step-dispatch]"))).as("not open yet").isEmpty();

        act("clerk-li", "/api/complaints/" + complaint + "/verify",
            "{\"findings\":\"Seen\",\"proposedHandling\":\"Repair\"}");
        click("step-first-reply");
        visible("form-content").sendKeys("We are on it");
        click("form-submit");
        visible("stale");
        web.get().uri("/api/complaints/" + complaint).exchange().expectBody()
           .jsonPath("$.firstRepliedAt").doesNotExist();

        click("reload");
        waitUntil(() -> browser.findElements(By.cssSelector("[data-testid=step-verify]")).isEmpty());
        click("step-first-reply");
        visible("form-content").sendKeys("We are on it");
        click("form-submit");
        await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/api/complaints/" + complaint).exchange()
                .expectBody().jsonPath("$.firstRepliedAt").exists());
    }

    /**
     * A clerk registering a second complaint of the same household and category is warned first and can still save;
     * from the complaint's page a work order is opened, assigned and completed; a supervisor records a visit from "my
     * work"; an auditor and a viewer are offered no step, and the API refuses a step the viewer would send anyway.
     */
    @Test
    void staff_are_warned_of_a_repeat_carry_a_work_order_and_record_a_visit_while_readers_get_no_forms()
            throws IOException {
        String base = "http://localhost:" + port + "/";
        String first = register("h-2-1004", "Hedge in front of building 2 overgrown", Duration.ofHours(3));
        signInAfresh(base, "clerk-li");
        browser.get(base + "#/work/register");
        visible("form-room").sendKeys("2-1004");
        new Select(visible("form-category")).selectByValue("GREENING");
        visible("form-summary").sendKeys("Hedge still overgrown");
        long before = complaintsOfOffice();
        click("form-submit");
        WebElement warning = visible("repeat-warning");
        assertThat(warning.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#/complaints/" + first);
        assertThat(complaintsOfOffice()).as("nothing stored before the clerk confirms").isEqualTo(before);
        click("form-submit");
        assertThat(visible("registered-number").getText()).startsWith("TS-");

        browser.get(base + "#/complaints/" + first);
        click("wo-open");
        new Select(visible("form-kind")).selectByValue("SMALL_REPAIR");
        visible("form-description").sendKeys("Trim the hedge");
        click("form-submit");
        click("wo-assign");
        visible("form-department").sendKeys("greening");
        click("form-submit");
        waitUntil(() -> browser.findElements(By.cssSelector("[data-testid=work-orders] td")).stream()
                               .anyMatch(cell -> cell.getText().equals("Assigned") || cell.getText().equals("已派工")));
        click("wo-complete");
        visible("form-notes").sendKeys("Trimmed");
        click("form-submit");
        await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/api/work-orders?office=office-1&household=h-2-1004")
                .exchange().expectBody().jsonPath("$.items[0].status").isEqualTo("COMPLETED")
                .jsonPath("$.items[0].performedBy").isEqualTo("clerk-li"));
        screenshot("work-orders");

        String visit = String.valueOf(web.post().uri("/api/visits").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("officeId", "office-1", "kind", "ROUTINE", "householdId", "h-2-1004",
                                  "due", Instant.now().plus(Duration.ofDays(3)).toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
        signInAfresh(base, "supervisor-zhao");
        By record = By.cssSelector("[data-testid='visit-" + visit + "']");
        waitUntil(() -> {
            browser.get(base + "#/work");
            browser.navigate().refresh();
            visible("visits-card");
            return !browser.findElements(record).isEmpty();
        });
        browser.findElement(record).click();
        visible("form-summary").sendKeys("Hedge trimmed; household content");
        new Select(visible("form-signature")).selectByValue("SIGNED");
        click("form-submit");
        waitUntil(() -> browser.findElement(By.cssSelector("[data-testid=visit-form] [data-error=method]")).getText()
                               .equals("此拜访须先预约。"));
        // yesterday morning in the office, so that the rule against visits at night never depends on when this runs
        Instant morning = LocalDate.now(OFFICE_ZONE).minusDays(1).atTime(10, 0).atZone(OFFICE_ZONE).toInstant();
        setMoment("form-appointedFor", morning);
        click("appoint-submit");
        visible("appointed");
        setMoment("form-visitedAt", morning.plus(Duration.ofMinutes(30)));
        visible("form-summary").sendKeys("Hedge trimmed; household content");
        new Select(visible("form-signature")).selectByValue("SIGNED");
        visible("form-opinionText").sendKeys("Please trim twice a year");
        new Select(visible("form-opinionType")).selectByValue("SUGGESTION");
        click("form-submit");
        visible("recorded");
        screenshot("work-visit");
        await().atMost(PATIENCE).untilAsserted(() -> web.get().uri("/api/visits/" + visit).exchange().expectBody()
                .jsonPath("$.visit.visitedBy").isEqualTo("supervisor-zhao")
                .jsonPath("$.opinions.length()").isEqualTo(1));

        for (String reader : List.of("auditor-qian", "director-chen")) {
            signInAfresh(base, reader);
            browser.get(base + "#/complaints/" + first);
            visible(reader.startsWith("auditor") ? "timeline-card" : "actions-card");
            assertThat(browser.findElements(By.cssSelector("[data-testid=actions-card]")).isEmpty())
                    .as(reader + " offered steps").isEqualTo(reader.startsWith("auditor"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=work-orders-card]")).isEmpty())
                    .isEqualTo(reader.startsWith("auditor"));
        }
        signInAfresh(base, "viewer-zhou");
        assertThat(browser.findElements(By.cssSelector("nav a[href='#/work'], nav a[href='#/complaints']"))).isEmpty();
        web.mutate().defaultHeaders(headers -> headers.setBasicAuth("viewer-zhou", "demo")).build()
           .post().uri("/api/complaints/" + first + "/verify").contentType(MediaType.APPLICATION_JSON)
           .bodyValue("{\"findings\":\"x\",\"proposedHandling\":\"y\"}").exchange().expectStatus().isForbidden();
    }

    /** Sets a datetime-local field to a moment as the browser's clock shows it, as a person choosing it would. */
    private void setMoment(String testId, Instant moment) {
        ((JavascriptExecutor) browser).executeScript(
                "const field = arguments[0]; const at = new Date(arguments[1]);"
                + "field.value = new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().substring(0, 16);"
                + "field.dispatchEvent(new Event('input', { bubbles: true }));", visible(testId), moment.toString());
    }

    /** An administrator adds a webhook on the page, sees its secret once, and pauses and resumes it there. */
    @Test
    void an_administrator_adds_a_webhook_and_pauses_and_resumes_it() throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String base = "http://localhost:" + port + "/";
            signInAfresh(base, "admin");
            browser.get(base + "#/webhooks");
            visible("form-url").sendKeys("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            click("form-submit");
            assertThat(visible("hook-secret").getText()).contains("whsec_");
            waitUntil(() -> visible("hook-status").getText().equals("推送中"));
            click("hook-pause");
            waitUntil(() -> visible("hook-reason").getText().equals("已人工暂停"));
            screenshot("webhooks");
            web.get().uri("/api/webhooks").exchange().expectBody().jsonPath("$.items[0].status").isEqualTo("PAUSED");
            click("hook-resume");
            waitUntil(() -> visible("hook-status").getText().equals("推送中"));
            web.get().uri("/api/webhooks").exchange().expectBody().jsonPath("$.items[0].status").isEqualTo("ACTIVE");
        } finally {
            receiver.stop(0);
        }
    }

    private long complaintsOfOffice() {
        return ((Number) web.get().uri("/api/complaints?office=office-1&size=1").exchange().expectBody(Map.class)
                            .returnResult().getResponseBody().get("total")).longValue();
    }

    /** The steps between registration and the callback, by the people who take them, as the demo office does. */
    private String handledToItsResult(String complaint) {
        String path = "/api/complaints/" + complaint;
        act("clerk-li", path + "/verify", "{\"findings\":\"Seen\",\"proposedHandling\":\"Clean it\"}");
        act("supervisor-zhao", path + "/classify", "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}");
        act("director-chen", path + "/decide-handling", "{\"department\":\"cleaning\",\"handlingMethod\":\"Clean\"}");
        act("supervisor-zhao", path + "/dispatch", "{\"department\":\"cleaning\"}");
        act("plumber-wu", path + "/acknowledge-dispatch", "{}");
        String version = act("plumber-wu", path + "/report-result", "{\"result\":\"Cleaned\"}")
                .getResponseHeaders().getETag().replace("\"", "");
        return "cb-" + complaint + "-" + version;
    }

    private org.springframework.test.web.reactive.server.EntityExchangeResult<byte[]> act(String user, String path,
                                                                                           String body) {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build()
                  .post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                  .expectStatus().is2xxSuccessful().expectBody().returnResult();
    }

    @Test
    void a_user_of_every_office_compares_them_live_and_opens_one() {
        TestOffice second = TestOffice.register(web, "office-2");
        String base = "http://localhost:" + port + "/";
        signInAfresh(base, "admin");
        browser.get(base + "#/company");
        WebElement row = waitFor(By.cssSelector("[data-testid=company] tr[data-office=office-2]"));
        // other tests of this application may have added offices of their own
        assertThat(browser.findElements(By.cssSelector("[data-testid=company] tr[data-office]")).stream()
                          .map(office -> office.getDomAttribute("data-office")))
                .contains("office-1", "office-2");
        String before = row.findElements(By.tagName("td")).get(2).getText();

        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("officeId", "office-2", "channel", "PHONE", "householdId", second.household(),
                             "category", "CLEANING", "summary", "Stairs", "receivedBy", second.clerk(),
                             "receivedAt", Instant.now().minus(Duration.ofDays(10)).toString()))
           .exchange().expectStatus().isCreated();
        waitUntil(() -> !before.equals(browser.findElement(By.cssSelector(
                "[data-testid=company] tr[data-office=office-2]")).findElements(By.tagName("td")).get(2).getText()));

        browser.findElement(By.cssSelector("[data-testid=company] a[data-open=office-2]")).click();
        visible("overdue-card");
        assertThat(new Select(browser.findElement(By.id("office"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("office-2");
    }

    /** Texts that overflow their box, a document wider than the window, chart labels cut or on top of another. */
    private static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth > width + 1) {
              problems.push('document ' + document.documentElement.scrollWidth + ' wider than the window ' + width);
            }
            document.querySelectorAll('th, td, h1, h2, label, button, dt, dd, .tally, .legend span, p').forEach(el => {
              if (el.offsetParent !== null && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
                  && getComputedStyle(el).overflowX === 'visible') {
                problems.push('overflows: ' + el.tagName + ' "' + el.textContent.trim().substring(0, 40) + '"');
              }
            });
            document.querySelectorAll('svg.chart').forEach(svg => {
              const box = svg.viewBox.baseVal;
              const texts = [...svg.querySelectorAll('text')].map(t => ({ t, b: t.getBBox() }));
              texts.forEach(({ t, b }) => {
                if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5
                    || b.y < box.y - 0.5 || b.y + b.height > box.y + box.height + 0.5) {
                  problems.push('chart label cut: "' + t.textContent + '"');
                }
              });
              for (let i = 0; i < texts.length; i++) {
                for (let j = i + 1; j < texts.length; j++) {
                  const [a, b] = [texts[i].b, texts[j].b];
                  if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5
                      && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) {
                    problems.push('chart labels overlap: "' + texts[i].t.textContent + '" and "'
                                  + texts[j].t.textContent + '"');
                  }
                }
              }
            });
            return problems;
            """;

    private void signInAfresh(String base, String user) {
        browser.get(base);
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.navigate().refresh();
        visible("login");
        signIn(user, "demo");
    }

    private String register(String household, String summary, Duration ago) {
        Map<?, ?> created = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                               .bodyValue(Map.of("officeId", "office-1", "channel", "PHONE", "householdId", household,
                                                 "category", "GREENING", "summary", summary,
                                                 "receivedAt", Instant.now().minus(ago).toString(),
                                                 "receivedBy", "clerk-li"))
                               .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                               .getResponseBody();
        return String.valueOf(created.get("id"));
    }

    /** One of the demo office's complaints that went all the way through its callback. */
    private String closedComplaint() {
        Map<?, ?> page = web.get().uri("/api/complaints?office=office-1&status=CLOSED&size=1").exchange()
                            .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return String.valueOf(((Map<?, ?>) ((List<?>) page.get("items")).get(0)).get("id"));
    }

    private void signIn(String user, String password) {
        WebElement name = visible("login-user");
        name.clear();
        name.sendKeys(user);
        WebElement secret = visible("login-password");
        secret.clear();
        secret.sendKeys(password);
        click("login-submit");
        if (!"wrong".equals(password)) {
            // on a phone the pages sit behind the menu: there, not visible
            present(By.cssSelector("[data-testid=nav] a"));
        } else {
            waitFor(By.cssSelector("[data-testid=login-error]"));
        }
    }

    private void signOut() {
        browser.findElement(By.id("signout")).click();
        visible("login");
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("[data-testid=nav] a")).stream().map(WebElement::getText).toList();
    }

    private void waitUntilLive() {
        waitUntil(() -> "live".equals(visible("live").getDomAttribute("data-state")));
    }

    private WebElement visible(String testId) {
        return waitFor(By.cssSelector("[data-testid=" + testId + "]"));
    }

    private void click(String testId) {
        visible(testId).click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** SVG lines have no area, so they are never "visible" to WebDriver: only their presence is waited for. */
    private void present(By locator) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                                           .until(driver -> condition.getAsBoolean());
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
