package com.propcare.access;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** Office checks a handler makes itself: for an office named in a request body, or a list it filters. */
public class OfficeAccess {

    public Mono<StaffUser> currentUser() {
        return ReactiveSecurityContextHolder.getContext()
                                            .map(SecurityContext::getAuthentication)
                                            .map(Authentication::getPrincipal)
                                            .ofType(StaffUser.class)
                                            .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException(
                                                    "No authenticated user")));
    }

    /** The caller, when it belongs to the office; otherwise "no such {@code resource}" as for a missing id. */
    public Mono<StaffUser> requireOffice(String officeId, String resource, String id) {
        return currentUser().flatMap(user -> user.sees(officeId) ? Mono.just(user)
                                                                 : Mono.error(new OfficeHidden(resource, id)));
    }
}
