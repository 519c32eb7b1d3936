package com.propcare.access;

import org.springframework.http.HttpMethod;

import java.util.Set;

/** Who may call one route: the roles allowed, and where the office it touches is found. */
public record RouteRule(HttpMethod method, String pattern, Set<Role> roles, OfficeScope scope) {

    public RouteRule {
        roles = Set.copyOf(roles);
    }
}
