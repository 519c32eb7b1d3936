package com.propcare.standalone;

import com.propcare.access.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small demo office for people trying the system ({@code propcare.demo.data=true}, the README's quick start
 * documents it): office-1 with its 300 households and staff, complaints over the last months (some closed through
 * their callback, some overdue), an accident, and two satisfaction surveys. Everything goes through the public API
 * signed in as whoever does each step (the admin sets up the office, the clerk takes complaints, the director
 * decides), so the demo data obeys every rule a user's request does and the log names the right people. Runs
 * once: an existing office-1 is left alone.
 */
class DemoData implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String OFFICE = "office-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> CATEGORIES = List.of("POWER_SUPPLY", "WATER_SUPPLY", "FIRE_SAFETY_AND_SECURITY",
            "PUBLIC_ORDER", "CLEANING", "GREENING", "PUBLIC_FACILITIES", "REPAIR_SERVICE", "SERVICE_ATTITUDE");
    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(20);
    private static final int SURVEY_RETURNS = 170;

    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> signedIn = new HashMap<>();
    private String base;
    private String authorization;

    DemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        base = "http://localhost:" + port;
        as("admin");
        if (send("GET", "/api/offices/" + OFFICE, null, null).statusCode() == 200) {
            log.info("Demo data: {} exists already, nothing added", OFFICE);
            return;
        }
        long started = System.nanoTime();
        String households = households();
        office(households);
        complaints();
        accident();
        surveys(occupied(households));
        log.info("Demo data: {} with households, staff, complaints, callbacks and surveys added in {} ms", OFFICE,
                 Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void office(String households) {
        as("admin");
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland",
                 "timeZone":"%s"}""".formatted(OFFICE, ZONE));
        for (String department : List.of("customer-service", "repairs", "cleaning", "greening")) {
            post("/api/offices/" + OFFICE + "/departments",
                 "{\"departmentId\":\"%s\",\"name\":\"%s\"}".formatted(department, department));
        }
        for (int building = 1; building <= 3; building++) {
            post("/api/offices/" + OFFICE + "/buildings",
                 "{\"buildingId\":\"%d\",\"name\":\"Building %d\"}".formatted(building, building));
        }
        as("clerk-li");
        expect(send("POST", "/api/offices/" + OFFICE + "/households/import", "text/csv", households),
               "/households/import");
        String[][] staff = {{"clerk-li", "Li Na", "customer-service", "CLERK"},
                            {"supervisor-zhao", "Zhao Lei", "customer-service", "CUSTOMER_SERVICE_SUPERVISOR"},
                            {"director-chen", "Chen Jing", "customer-service", "DIRECTOR"},
                            {"quality-sun", "Sun Mei", "customer-service", "QUALITY_CHECKER"},
                            {"plumber-wu", "Wu Gang", "repairs", "REPAIR_LEAD"}};
        as("admin");
        for (String[] member : staff) {
            post("/api/offices/" + OFFICE + "/staff", """
                    {"staffId":"%s","name":"%s","department":"%s","roles":["%s"]}"""
                    .formatted(member[0], member[1], member[2], member[3]));
        }
    }

    /** Complaints received over the last five months, most closed after a satisfied callback, a few still open. */
    private void complaints() {
        Object[][] closed = {{150, "h-1-1001", "CLEANING", "Rubbish left in the stairwell"},
                             {120, "h-2-1203", "REPAIR_SERVICE", "The repair of the door lock took a week"},
                             {95, "h-3-1203", "CLEANING", "Corridor on floor 12 not cleaned"},
                             {60, "h-2-1001", "PUBLIC_ORDER", "Parking in the fire lane"},
                             {35, "h-1-1203", "GREENING", "Hedges not trimmed"},
                             {8, "h-3-1001", "WATER_SUPPLY", "Low water pressure in the mornings"}};
        for (Object[] complaint : closed) {
            String id = register((Integer) complaint[0], (String) complaint[1], (String) complaint[2],
                                 (String) complaint[3]);
            handleToCallback(id, (String) complaint[2]);
        }
        register(10, "h-2-1002", "GREENING", "Lawn by building 2 not mowed");
        register(3, "h-1-1002", "CLEANING", "Lift smells");
        register(0, "h-3-1002", "POWER_SUPPLY", "Corridor lights off on floor 10");
    }

    private String register(int daysAgo, String household, String category, String summary) {
        as("clerk-li");
        Instant received = clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(2));
        return idOf(post("/api/complaints", """
                {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"%s","summary":"%s",
                 "receivedAt":"%s","receivedBy":"clerk-li"}""".formatted(OFFICE, household, category, summary,
                                                                        received)));
    }

    private void handleToCallback(String id, String category) {
        String department = category.equals("CLEANING") ? "cleaning" : category.equals("GREENING") ? "greening"
                                                                                               : "repairs";
        String complaint = "/api/complaints/" + id;
        as("clerk-li");
        post(complaint + "/verify", """
                {"findings":"Confirmed on site","proposedHandling":"Handle within the week"}""");
        as("supervisor-zhao");
        post(complaint + "/classify", "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}");
        as("clerk-li");
        post(complaint + "/first-reply", "{\"content\":\"We are on it\"}");
        as("director-chen");
        post(complaint + "/decide-handling", """
                {"department":"%s","handlingMethod":"Fix and check"}""".formatted(department));
        as("supervisor-zhao");
        post(complaint + "/dispatch", "{\"department\":\"%s\"}".formatted(department));
        as("plumber-wu");
        post(complaint + "/acknowledge-dispatch", "{}");
        post(complaint + "/remedial-actions", "{\"description\":\"Done the same day\"}");
        HttpResponse<String> reported = post(complaint + "/report-result",
                                             "{\"result\":\"Fixed and checked\"}");
        String version = reported.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        as("supervisor-zhao");
        recordCallback("/api/callbacks/cb-" + id + "-" + version);
    }

    /**
     * The callback is created from the reported result through the log, a moment later: recorded once its read
     * model shows it (asking the command side earlier would only log refusals).
     */
    private void recordCallback(String callback) {
        Instant giveUp = Instant.now().plus(CALLBACK_WAIT);
        while (send("GET", callback, null, null).statusCode() == 404 && Instant.now().isBefore(giveUp)) {
            pause();
        }
        expect(send("POST", callback + "/record", "application/json", """
                {"method":"PHONE","content":"Asked whether it is fixed","result":"SATISFIED"}"""),
               callback + "/record");
    }

    private void accident() {
        as("director-chen");
        post("/api/matters", """
                {"officeId":"%s","matterType":"ACCIDENT","householdIds":["h-3-1203"],"description":"Water pipe burst",
                 "handledBy":"plumber-wu","handlingDepartment":"repairs","occurredAt":"%s"}"""
                .formatted(OFFICE, clock.instant().minus(Duration.ofDays(6))));
    }

    /** Last half year's survey and this one's, answered by most households; cleaning is what they mind most. */
    private void surveys(List<String> households) {
        YearMonth now = YearMonth.now(clock.withZone(ZONE));
        int half = now.getMonthValue() <= 6 ? 1 : 2;
        String previous = half == 1 ? (now.getYear() - 1) + "-H2" : now.getYear() + "-H1";
        survey(previous, households, new Random(11), 0.22);
        survey(now.getYear() + "-H" + half, households, new Random(7), 0.12);
    }

    private void survey(String period, List<String> households, Random random, double dissatisfaction) {
        as("director-chen");
        post("/api/surveys", "{\"officeId\":\"%s\",\"period\":\"%s\"}".formatted(OFFICE, period));
        String survey = "/api/surveys/" + OFFICE + ":" + period;
        for (int i = 0; i < SURVEY_RETURNS && i < households.size(); i++) {
            StringJoiner answers = new StringJoiner(",", "{", "}");
            for (int c = 0; c < CATEGORIES.size(); c++) {
                // categories further down the list are minded less, so the Pareto chart has a clear head
                double notSatisfied = dissatisfaction * (CATEGORIES.get(c).equals("CLEANING") ? 2.5 : 1.0 / (1 + c % 4));
                double draw = random.nextDouble();
                String answer = draw < notSatisfied ? "NOT_SATISFIED" : draw < notSatisfied + 0.3 ? "BASICALLY_SATISFIED"
                                                                                                 : "SATISFIED";
                answers.add("\"%s\":[\"%s\"]".formatted(CATEGORIES.get(c), answer));
            }
            as("clerk-li");
            post(survey + "/returns", "{\"returnId\":\"q-%03d\",\"householdId\":\"%s\",\"answers\":%s}"
                    .formatted(i + 1, households.get(i), answers));
        }
        as("director-chen");
        post(survey + "/close", "{\"reason\":\"all collected\"}");
    }

    private static String households() {
        try {
            return new ClassPathResource("demo/households-office-1.csv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> occupied(String households) {
        List<String> occupied = new ArrayList<>();
        households.lines().skip(1).map(line -> line.split(",", -1)).filter(row -> row[4].equals("true"))
                    .forEach(row -> occupied.add(row[0]));
        return occupied;
    }

    /** Acts as {@code user} from now on: whoever does a step in an office signs in for it, as a person would. */
    private void as(String user) {
        authorization = signedIn.computeIfAbsent(user, this::signIn);
    }

    /** One password check, then the sign-in token: a good password hash is slow on purpose. */
    private String signIn(String user) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD)
                                                                              .getBytes(StandardCharsets.UTF_8));
        Matcher token = TOKEN.matcher(expect(send("POST", "/api/session", null, null), "/api/session").body());
        if (!token.find()) {
            throw new IllegalStateException("Demo data: no sign-in token for " + user);
        }
        return "Bearer " + token.group(1);
    }

    private HttpResponse<String> post(String path, String json) {
        return expect(send("POST", path, "application/json", json), path);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Demo data: " + what + " answered " + response.statusCode() + " "
                                                    + response.body());
        }
        return response;
    }

    private static String idOf(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("Demo data: no id in " + response.body());
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                                                 .header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding demo data", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding demo data", e);
        }
    }
}
