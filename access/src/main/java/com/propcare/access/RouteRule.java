package com.propcare.access;

import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * Who may call one route: the roles allowed, where the office it touches is found, and whether a browser's sign-in
 * token counts as credentials for it (not where a sign-in token would be exchanged for a new one).
 */
public record RouteRule(HttpMethod method, String pattern, Set<Role> roles, OfficeScope scope,
                        boolean signInTokenAccepted) {

    public RouteRule {
        roles = Set.copyOf(roles);
    }
}
