package nl.tafelwerk.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.audit.internal.AuditQueries;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.Texts;
import nl.tafelwerk.shared.audit.AuditType;
import nl.tafelwerk.shared.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: administrators only, checked here and not just by the view. The log
 * holds who, what, when and from where, and never a password.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditService {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    /** An export is one file in memory; beyond this the administrator narrows the period. */
    public static final int EXPORT_MAX_ROWS = 100_000;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> HEADER_KEYS = List.of("audit.column.occurredAt", "audit.column.actor",
            "audit.column.type", "audit.column.outcome", "audit.column.subject", "audit.column.detail",
            "audit.column.clientAddress");

    private final AuditQueries queries;

    AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditFilter filter, List<AuditSort> sort, int offset, int limit) {
        return queries.page(filter, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return queries.count(filter);
    }

    /** The filtered log as CSV (Dutch headers, Amsterdam time); the export itself is logged too. */
    @Transactional(readOnly = true)
    @Audited(value = AuditType.EXPORT, subject = "auditlog (CSV)")
    public byte[] exportCsv(AuditFilter filter, List<AuditSort> sort) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER_KEYS.stream().map(key -> Texts.get(Texts.DUTCH, key)).toList());
        for (AuditEntry entry : queries.page(filter, sort, 0, EXPORT_MAX_ROWS)) {
            rows.add(List.of(STAMP.format(entry.occurredAt().atZone(AMSTERDAM)), entry.actor(),
                    dutch("audit.type." + entry.type().name()), dutch("audit.outcome." + entry.outcome().name()), entry.subject(),
                    entry.detail() == null ? "" : entry.detail(), entry.clientAddress()));
        }
        return Csv.write(rows).getBytes(StandardCharsets.UTF_8);
    }

    private static String dutch(String key) {
        return Texts.get(Texts.DUTCH, key);
    }

}
