package com.propcare.command.complaint;

import com.propcare.command.support.DomainRefusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Map;

/** Matchers for the fixture's {@code expectException}: a refusal is identified by its code and details. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<DomainRefusal> refusedWith(String code) {
        return refusedWith(code, Map.of());
    }

    static Matcher<DomainRefusal> refusedWith(String code, Map<String, Object> expectedDetails) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRefusal refusal, Description mismatch) {
                boolean detailsMatch = expectedDetails.entrySet().stream()
                                                      .allMatch(e -> e.getValue().equals(refusal.details()
                                                                                                .get(e.getKey())));
                if (!refusal.code().equals(code) || !detailsMatch) {
                    mismatch.appendText("was refused with ").appendValue(refusal.code())
                            .appendText(" and details ").appendValue(refusal.details());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code);
                if (!expectedDetails.isEmpty()) {
                    description.appendText(" and details including ").appendValue(expectedDetails);
                }
            }
        };
    }

    static Matcher<DomainRefusal> illegalTransition(ComplaintStatus currentState,
                                                    Class<? extends Record> attempted) {
        return refusedWith(ComplaintRefusalCodes.ILLEGAL_TRANSITION,
                           Map.of("currentState", currentState.name(), "attempted", attempted.getSimpleName()));
    }
}
