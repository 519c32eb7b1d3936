package com.propcare.clientcheck;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.client.ApiClient;
import com.propcare.client.ApiResponse;
import com.propcare.client.api.CallbacksApi;
import com.propcare.client.api.ComplaintsApi;
import com.propcare.client.model.CallbackRecord;
import com.propcare.client.model.ComplaintClassify;
import com.propcare.client.model.ComplaintDecideHandling;
import com.propcare.client.model.ComplaintDispatch;
import com.propcare.client.model.ComplaintRegister;
import com.propcare.client.model.ComplaintReportResult;
import com.propcare.client.model.ComplaintVerify;
import com.propcare.client.model.ComplaintView;
import com.propcare.command.CommandSide;
import com.propcare.query.QuerySide;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integrator's first program, written against a client generated from the API document alone
 * ({@code docs/openapi.json}, which {@code ApiDocumentTest} keeps equal to what the application serves): a complaint
 * registered, verified, classified, decided, dispatched, acknowledged, its result reported, its callback recorded
 * satisfied, and read back closed, each step by the person who does it. The office is set up as an admin would.
 */
@SpringBootTest(classes = ClientFromTheContractTest.Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
class ClientFromTheContractTest {

    /** Both sides in one application, as the standalone one. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({CommandSide.class, QuerySide.class})
    static class Application {
    }

    @LocalServerPort
    int port;

    private ApiClient as(String staff) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header(HttpHeaders.AUTHORIZATION, TestUsers.as(staff)));
        return client;
    }

    private static String logPosition(ApiResponse<?> answer) {
        return answer.getHeaders().get("log-position").get(0);
    }

    @Test
    void a_complaint_goes_from_registration_to_closing_through_its_callback_with_the_generated_client()
            throws Exception {
        WebTestClient admin = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                                           .defaultHeader(HttpHeaders.AUTHORIZATION,
                                                          TestUsers.bearer(TestUsers.TESTER)).build();
        TestOffice office = TestOffice.register(admin, "office-client");
        String household = office.household();
        ComplaintsApi clerk = new ComplaintsApi(as(office.clerk()));
        ComplaintsApi supervisor = new ComplaintsApi(as(office.supervisor()));

        ApiResponse<Object> registered = clerk.complaintRegisterWithHttpInfo(new ComplaintRegister()
                .officeId(office.id()).channel("PHONE").householdId(household).category("CLEANING")
                .summary("The corridor on floor 12 has not been cleaned for a week")
                .receivedAt(OffsetDateTime.now().minusMinutes(30)), "client-1");
        assertThat(registered.getStatusCode()).isEqualTo(201);
        String id = ((Map<?, ?>) registered.getData()).get("id").toString();

        clerk.complaintVerify(id, new ComplaintVerify().findings("Seen on site").proposedHandling("Re-clean"), null, null);
        supervisor.complaintClassify(id, new ComplaintClassify().severity("GENERAL").responsibility("OWN"), null, null);
        new ComplaintsApi(as(office.director())).complaintDecideHandling(
                id, new ComplaintDecideHandling().department(TestOffice.CUSTOMER_SERVICE).handlingMethod("Re-clean"),
                null, null);
        supervisor.complaintDispatch(id, new ComplaintDispatch().department(TestOffice.CUSTOMER_SERVICE), null, null);
        clerk.complaintAcknowledge(id, Map.of(), null, null);
        ApiResponse<Object> reported = clerk.complaintReportResultWithHttpInfo(
                id, new ComplaintReportResult().result("Cleaned; daily checks in place"), null, null);
        String callback = "cb-" + id + "-" + reported.getHeaders().get("etag").get(0).replace("\"", "");

        CallbacksApi callbacks = new CallbacksApi(as(office.supervisor()));
        assertThat(callbacks.callbackOne(callback, Long.valueOf(logPosition(reported)), null).getKind())
                .hasToString("COMPLAINT");
        ApiResponse<Object> recorded = callbacks.callbackRecordWithHttpInfo(
                callback, new CallbackRecord().method("PHONE").content("Asked whether the corridor is clean now")
                                              .result("SATISFIED"), null, null);
        assertThat(recorded.getStatusCode()).isEqualTo(202);

        ComplaintView closed = new ComplaintsApi(as(office.director()))
                .complaintOne(id, Long.valueOf(logPosition(recorded)), null);
        assertThat(closed.getStatus()).hasToString("CLOSED");
        assertThat(closed.getSatisfied()).isTrue();
    }
}
