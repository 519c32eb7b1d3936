package com.propcare.access;

import com.propcare.access.OfficeScope.Company;
import com.propcare.access.OfficeScope.InHandler;
import com.propcare.access.OfficeScope.NotOfficeData;
import com.propcare.access.OfficeScope.PathAggregate;
import com.propcare.access.OfficeScope.PathOffice;
import com.propcare.access.OfficeScope.QueryOffice;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One side's table of route rules. Every route the side serves must have a rule here: a route without one is
 * refused to everyone (and the route-coverage test fails).
 */
public final class RouteRules {

    /** Roles that handle complaints, callbacks and visits day to day. */
    public static final Set<Role> STAFF = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR, Role.QUALITY);
    /** Roles that read an office's reference data (calendars, policies): its staff, administrators, auditors. */
    public static final Set<Role> REFERENCE_READERS = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR,
                                                                 Role.QUALITY, Role.ADMIN, Role.AUDITOR);
    /** Roles that read dashboards and statistics. */
    public static final Set<Role> DASHBOARDS = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR, Role.QUALITY,
                                                         Role.VIEWER);

    private final List<RouteRule> rules;

    private RouteRules(List<RouteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RouteRule> rules() {
        return rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Declares rules route by route: {@code get("/api/complaints/{id}", aggregate("id"), STAFF)}. */
    public static final class Builder {
        private final List<RouteRule> rules = new ArrayList<>();

        public Builder get(String pattern, OfficeScope scope, Set<Role> roles) {
            return add(HttpMethod.GET, pattern, scope, roles);
        }

        public Builder post(String pattern, OfficeScope scope, Set<Role> roles) {
            return add(HttpMethod.POST, pattern, scope, roles);
        }

        public Builder put(String pattern, OfficeScope scope, Set<Role> roles) {
            return add(HttpMethod.PUT, pattern, scope, roles);
        }

        public Builder add(HttpMethod method, String pattern, OfficeScope scope, Set<Role> roles) {
            rules.add(new RouteRule(method, pattern, roles, scope, true));
            return this;
        }

        /** A POST that only a password or an API token may make, never a sign-in token. */
        public Builder postWithoutSignInToken(String pattern, OfficeScope scope, Set<Role> roles) {
            rules.add(new RouteRule(HttpMethod.POST, pattern, roles, scope, false));
            return this;
        }

        public RouteRules build() {
            return new RouteRules(rules);
        }
    }

    public static Set<Role> only(Role first, Role... more) {
        return EnumSet.of(first, more);
    }

    public static OfficeScope office(String variable) {
        return new PathOffice(variable);
    }

    public static OfficeScope aggregate(String variable) {
        return new PathAggregate(variable);
    }

    public static OfficeScope officeParameter(String parameter) {
        return new QueryOffice(parameter);
    }

    public static OfficeScope inHandler() {
        return new InHandler();
    }

    public static OfficeScope company() {
        return new Company();
    }

    public static OfficeScope notOfficeData() {
        return new NotOfficeData();
    }
}
