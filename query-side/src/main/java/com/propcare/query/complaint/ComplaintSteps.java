package com.propcare.query.complaint;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import com.propcare.events.complaint.ComplaintAction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a complaint a signed-in user may take now: those its state opens (the aggregate's own table,
 * {@link ComplaintAction}), if the user holds a role the command routes let take steps at all ({@link RouteRules#STAFF}),
 * and a handling decision only for a director, whom the aggregate alone accepts. Viewers, auditors, integrators and
 * administrators are offered none; the command side refuses them anyway.
 */
final class ComplaintSteps {

    private static final String ROLE_PREFIX = "ROLE_";

    private ComplaintSteps() {
    }

    static ComplaintView forReader(ComplaintView view, Principal reader) {
        return view.withAllowedActions(open(view.status(), roles(reader)));
    }

    static List<String> open(ComplaintStatus status, Set<Role> roles) {
        if (status == null || roles.stream().noneMatch(RouteRules.STAFF::contains)) {
            return List.of();
        }
        return ComplaintAction.openIn(status.name()).stream()
                              .filter(action -> !action.forDirectorsOnly() || roles.contains(Role.DIRECTOR))
                              .map(ComplaintAction::path)
                              .toList();
    }

    private static Set<Role> roles(Principal reader) {
        if (!(reader instanceof Authentication authentication)) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                             .map(GrantedAuthority::getAuthority)
                             .filter(authority -> authority.startsWith(ROLE_PREFIX))
                             .map(authority -> authority.substring(ROLE_PREFIX.length()))
                             .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                             .collect(Collectors.toUnmodifiableSet());
    }
}
