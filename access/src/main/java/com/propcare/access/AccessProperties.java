package com.propcare.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Users from configuration, e.g.
 * <pre>
 * propcare.security.users.clerk-li.password={bcrypt}$2a$10$…
 * propcare.security.users.clerk-li.roles=CLERK
 * propcare.security.users.clerk-li.offices=office-1
 * propcare.security.users.erp-sync.token-sha256=5e88…   # Authorization: Bearer &lt;token&gt;
 * </pre>
 *
 * These are bootstrap and system accounts (admin, auditor, integrator); members of staff are accounts through the
 * staff registry ({@link StaffAccounts}), where a configured entry of the same name only adds its password, token
 * and grants.
 *
 * @param demoUsers      add the documented demo users (the standalone demo does)
 * @param allowDemoUsers start with demo users even against a real MongoDB (refused otherwise)
 * @param oidc           the company's identity provider; absent: local passwords and API tokens only
 * @param signIn         how failed password sign-ins are throttled
 */
@ConfigurationProperties("propcare.security")
public record AccessProperties(Map<String, UserEntry> users, boolean demoUsers, boolean allowDemoUsers, Oidc oidc,
                               SignIn signIn) {

    public AccessProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        signIn = signIn == null ? new SignIn(null, null, null) : signIn;
    }

    /**
     * The company's OpenID Connect provider, e.g.
     * <pre>
     * propcare.security.oidc.issuer=https://sso.example.com/realms/property
     * propcare.security.oidc.audience=propcare
     * propcare.security.oidc.account-claim=staff_id
     * </pre>
     * Keys come from {@code jwk-set} (the JWK set itself, for a provider this host may not reach), else from
     * {@code jwk-set-uri}, else from the issuer's discovery document.
     *
     * @param accountClaim the claim naming the staff id or system account ({@code sub} by default)
     * @param clockSkew    tolerated difference between the provider's clock and ours (60 s by default)
     */
    public record Oidc(String issuer, String jwkSetUri, String jwkSet, String audience, String accountClaim,
                       Duration clockSkew) {

        public Oidc {
            accountClaim = accountClaim == null || accountClaim.isBlank() ? "sub" : accountClaim;
            clockSkew = clockSkew == null ? IdentityProvider.defaultClockSkew() : clockSkew;
        }

        boolean configured() {
            return present(issuer) || present(jwkSetUri) || present(jwkSet);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }

    /**
     * @param maxFailuresPerAccount wrong passwords for one account within {@code lockDuration} before it is locked
     * @param maxFailuresPerAddress wrong passwords from one client address within {@code lockDuration} before it is
     *                              locked
     * @param lockDuration          how long a lock lasts (and the window failures are counted in)
     */
    public record SignIn(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration lockDuration) {

        public SignIn {
            maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            lockDuration = lockDuration == null ? Duration.ofMinutes(5) : lockDuration;
        }
    }

    /**
     * @param password    a password hash with its encoder prefix ({@code {bcrypt}…}); absent for token-only users
     * @param tokenSha256 hex SHA-256 of the user's API token; absent for password-only users
     * @param offices     office ids, or {@code *} for all offices
     * @param grants      extra rights, e.g. {@value StaffUser#PERSONAL_DATA}
     */
    public record UserEntry(String password, String tokenSha256, Set<Role> roles, Set<String> offices,
                            Set<String> grants) {

        public UserEntry {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            offices = offices == null ? Set.of() : Set.copyOf(offices);
            grants = grants == null ? Set.of() : Set.copyOf(grants);
        }
    }
}
