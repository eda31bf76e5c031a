package nl.tafelwerk.agenda.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.VraagstukFilter;
import org.springframework.stereotype.Component;

/** Paged, filtered and sorted reads of the agenda: only one page is ever loaded. */
@Component
public class VraagstukQueries {

    @PersistenceContext
    private EntityManager em;

    public List<VraagstukEntity> page(VraagstukFilter filter, List<AgendaSort> sort, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<VraagstukEntity> query = cb.createQuery(VraagstukEntity.class);
        Root<VraagstukEntity> root = query.from(VraagstukEntity.class);
        query.select(root).where(where(filter, cb, query, root));
        List<Order> orders = new ArrayList<>();
        for (AgendaSort s : sort) {
            Expression<?> path = switch (s.column()) {
                case POSITION -> root.get("position");
                case CODE -> root.get("code");
                case TITLE -> root.get("title");
                case TYPE -> root.get("type");
                case STATUS -> root.get("status");
                case SECTOR -> root.get("submittedBySector");
                case GREMIUM -> root.get("gremiumCode");
                case NEXT_MEETING -> root.get("nextMeeting");
                case UPDATED_AT -> root.get("updatedAt");
            };
            orders.add(s.ascending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.asc(root.get("position")));
        orders.add(cb.asc(root.get("id")));
        query.orderBy(orders);
        return em.createQuery(query).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit)).getResultList();
    }

    public long count(VraagstukFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<VraagstukEntity> root = query.from(VraagstukEntity.class);
        query.select(cb.count(root)).where(where(filter, cb, query, root));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate where(VraagstukFilter filter, CriteriaBuilder cb, CriteriaQuery<?> query, Root<VraagstukEntity> root) {
        List<Predicate> all = new ArrayList<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            String like = "%" + filter.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
                    cb.like(cb.lower(root.get("title")), like, '\\'),
                    cb.like(cb.lower(root.get("description")), like, '\\')));
        }
        if (!filter.statuses().isEmpty()) {
            all.add(root.get("status").in(filter.statuses()));
        }
        if (!filter.types().isEmpty()) {
            all.add(root.get("type").in(filter.types()));
        }
        if (filter.sector() != null) {
            Subquery<Long> affected = query.subquery(Long.class);
            Root<VraagstukEntity> sub = affected.from(VraagstukEntity.class);
            // an item affecting "alle sectoren" affects the filtered sector too
            affected.select(sub.get("id")).where(sub.join("affectedSectors").in(filter.sector(), AllSectors.CODE));
            all.add(cb.or(cb.equal(root.get("submittedBySector"), filter.sector()), root.get("id").in(affected)));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }
}
