package nl.tafelwerk.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What Tafelwerk takes from a verified OpenID Connect login: who it is (issuer and subject), names to
 * start an account with, and the role and sector claims as given (checked later against the sectors).
 */
record SingleSignOnIdentity(String issuer, String subject, List<String> usernameCandidates, String displayName,
                            Set<String> roleValues, Set<String> sectorValues) {

    static SingleSignOnIdentity from(OidcUser user, @Nullable String roleClaim, @Nullable String sectorClaim) {
        Map<String, Object> claims = user.getClaims();
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        String subject = user.getSubject();
        List<String> usernames = new ArrayList<>();
        addIfText(usernames, user.getPreferredUsername());
        addIfText(usernames, user.getEmail());
        String displayName = firstText(user.getFullName(),
                join(user.getGivenName(), user.getFamilyName()), user.getPreferredUsername(), user.getEmail(),
                "SSO " + subject);
        return new SingleSignOnIdentity(issuer, subject, usernames, truncate(displayName, UserRules.DISPLAY_NAME_MAX),
                values(claims, roleClaim), values(claims, sectorClaim));
    }

    /**
     * The one Tafelwerk role the role claim names. Values may carry a "tafelwerk" prefix (as in an
     * Entra app role "Tafelwerk.Member" or a Keycloak realm role "tafelwerk-member") and are compared
     * without case; values that are no Tafelwerk role (Keycloak's offline_access, ...) are skipped. Two
     * different roles is ambiguous and counts as none.
     */
    Optional<Role> role() {
        Set<Role> roles = new LinkedHashSet<>();
        for (String value : roleValues) {
            String name = value.trim().toUpperCase(Locale.ROOT).replaceFirst("^TAFELWERK[-_.:]", "");
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
    }

    /** A user name that fits {@link UserRules}, made from the preferred user name or e-mail address. */
    List<String> usernames() {
        List<String> names = new ArrayList<>();
        for (String candidate : usernameCandidates) {
            String cleaned = candidate.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
            // Room for a "-2" style suffix when the name is taken.
            cleaned = truncate(cleaned, UserRules.USERNAME_MAX - 4);
            if (cleaned.length() >= UserRules.USERNAME_MIN) {
                names.add(cleaned);
            }
        }
        names.add("sso-" + Integer.toHexString(subject.hashCode() & 0x7fffffff));
        return names;
    }

    private static Set<String> values(Map<String, Object> claims, @Nullable String path) {
        Set<String> values = new LinkedHashSet<>();
        if (path == null || path.isBlank()) {
            return values;
        }
        Object node = claims;
        for (String part : path.trim().split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return values;
            }
            node = map.get(part);
        }
        if (node instanceof Collection<?> collection) {
            collection.stream().filter(v -> v instanceof String).map(v -> (String) v).filter(v -> !v.isBlank())
                    .forEach(values::add);
        } else if (node instanceof String text && !text.isBlank()) {
            values.add(text);
        }
        return values;
    }

    private static void addIfText(List<String> list, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    private static @Nullable String join(@Nullable String given, @Nullable String family) {
        String joined = ((given == null ? "" : given.trim()) + " " + (family == null ? "" : family.trim())).trim();
        return joined.isEmpty() ? null : joined;
    }

    private static String firstText(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
