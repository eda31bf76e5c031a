package nl.tafelwerk.audit;

import java.time.Instant;
import java.util.Set;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator wants to see: a part of the user name, some types (none = all) and a
 * period, {@code from} inclusive and {@code until} exclusive.
 */
public record AuditFilter(@Nullable String actor, Set<AuditType> types, @Nullable Instant from, @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, Set.of(), null, null);

    public AuditFilter {
        types = Set.copyOf(types);
    }
}
