package com.propcare.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The dashboard page in a real headless Chromium against the running application with its demo office: sign-in,
 * the pages each role may see, a complaint registered through the API appearing on the open page without reload,
 * a dropped connection shown and reopened by the page, both languages. Screenshots of every page are saved under
 * {@code target/screenshots} (the user guide shows them). Without a Chromium the test is skipped, unless
 * {@code PROPCARE_BROWSER_TESTS=required} (CI sets it after installing one).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=true",
                      "propcare.demo.data=true"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class DashboardPageBrowserTest {

    private static final Path BROWSER = Path.of(System.getProperty("propcare.browser.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("propcare.browser.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
            assertThat(navigation()).containsExactly("今日待办", "指标", "满意度", "投诉履历");
            waitUntilLive();
            ((JavascriptExecutor) browser).executeScript("window.sameDocument = true");

            String late = register("h-2-1003", "Lift out of order since last week", Duration.ofDays(10));
            WebElement row = waitFor(By.cssSelector("[data-testid=overdue] tr[data-ref='" + late + "']"));
            assertThat(row.getText()).contains("首次答复", "绿化", "clerk-li");
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
            present(By.cssSelector("[data-testid=pareto] svg polyline.cumulative"));
            assertThat(visible("main-items").getText()).startsWith("保洁");
            screenshot("satisfaction");

            click("lang");
            waitUntil(() -> navigation().contains("Satisfaction"));
            assertThat(navigation()).containsExactly("Today", "Rates", "Satisfaction", "Complaint history");
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
            waitFor(By.cssSelector("[data-testid=nav] a"));
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
