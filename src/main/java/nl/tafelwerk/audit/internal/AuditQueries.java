package nl.tafelwerk.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.audit.AuditEntry;
import nl.tafelwerk.audit.AuditFilter;
import nl.tafelwerk.audit.AuditSort;
import org.springframework.stereotype.Component;

/** Paged, filtered and sorted reads of the audit log; only one page is ever loaded. */
@Component
public class AuditQueries {

    @PersistenceContext
    private EntityManager em;

    public List<AuditEntry> page(AuditFilter filter, List<AuditSort> sort, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> query = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = query.from(AuditEntryEntity.class);
        query.select(root).where(where(filter, cb, root));
        List<Order> orders = new ArrayList<>();
        for (AuditSort s : sort) {
            Expression<?> path = switch (s.column()) {
                case OCCURRED_AT -> root.get("occurredAt");
                case ACTOR -> root.get("actor");
                case TYPE -> root.get("type");
                case OUTCOME -> root.get("outcome");
                case SUBJECT -> root.get("subject");
                case CLIENT_ADDRESS -> root.get("clientAddress");
            };
            orders.add(s.ascending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.desc(root.get("id")));
        query.orderBy(orders);
        return em.createQuery(query).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit)).getResultList()
                .stream().map(AuditEntryEntity::toEntry).toList();
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntryEntity> root = query.from(AuditEntryEntity.class);
        query.select(cb.count(root)).where(where(filter, cb, root));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate where(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntryEntity> root) {
        List<Predicate> all = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String like = "%" + filter.actor().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(cb.like(cb.lower(root.get("actor")), like, '\\'));
        }
        if (!filter.types().isEmpty()) {
            all.add(root.get("type").in(filter.types()));
        }
        if (filter.from() != null) {
            all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            all.add(cb.lessThan(root.get("occurredAt"), filter.until()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }
}
