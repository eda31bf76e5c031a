package nl.tafelwerk.buildingblocks;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.tafelwerk.buildingblocks.internal.BouwsteenEntity;
import nl.tafelwerk.buildingblocks.internal.BouwsteenRepository;
import nl.tafelwerk.buildingblocks.internal.DependencyEntity;
import nl.tafelwerk.buildingblocks.internal.DependencyKey;
import nl.tafelwerk.buildingblocks.internal.DependencyRepository;
import nl.tafelwerk.buildingblocks.internal.HistoryEntity;
import nl.tafelwerk.buildingblocks.internal.HistoryRepository;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bouwstenen catalogue: list, read, propose, confirm and save bouwstenen, their traffic lights
 * per perspective, acceptance maturity and "A needs B" links. Members propose; the chair and the
 * programme office confirm and edit; observers read. Every saved change is kept in the history.
 */
@Service
@Transactional(readOnly = true)
public class BouwsteenService {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,29}");

    private final BouwsteenRepository bouwstenen;
    private final DependencyRepository dependencies;
    private final HistoryRepository history;
    private final DependencyAnalysis analysis;
    private final SectorService sectors;
    private final CurrentUser currentUser;
    private final ObjectProvider<VraagstukLinks> vraagstukLinks;
    private final Clock clock = Clock.systemUTC();

    BouwsteenService(BouwsteenRepository bouwstenen, DependencyRepository dependencies, HistoryRepository history,
                     DependencyAnalysis analysis, SectorService sectors, CurrentUser currentUser,
                     ObjectProvider<VraagstukLinks> vraagstukLinks) {
        this.bouwstenen = bouwstenen;
        this.dependencies = dependencies;
        this.history = history;
        this.analysis = analysis;
        this.sectors = sectors;
        this.currentUser = currentUser;
        this.vraagstukLinks = vraagstukLinks;
    }

    // ---- counts for the start page (no personal data; readable by the start page before login checks) ----

    public long count() {
        return bouwstenen.count();
    }

    public long countDependencies() {
        return bouwstenen.countDependencies();
    }

    // ---- reading ----

    @PreAuthorize("isAuthenticated()")
    public List<BouwsteenListItem> list(BouwsteenFilter filter, int offset, int limit, List<BouwsteenSort> sort) {
        if (limit <= 0) {
            return List.of();
        }
        Page<BouwsteenEntity> page = bouwstenen.findAll(specification(filter), new OffsetPage(offset, limit, toSort(sort)));
        return page.getContent().stream().map(BouwsteenEntity::toListItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public int count(BouwsteenFilter filter) {
        return (int) bouwstenen.count(specification(filter));
    }

    /** Every bouwsteen, by code: for pickers, the graph and exports. */
    @PreAuthorize("isAuthenticated()")
    public List<BouwsteenListItem> all() {
        return bouwstenen.findAllByOrderByCodeAsc().stream().map(BouwsteenEntity::toListItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Bouwsteen> allDetails(BouwsteenFilter filter) {
        return bouwstenen.findAll(specification(filter), Sort.by("code")).stream().map(BouwsteenEntity::toBouwsteen).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Bouwsteen> find(String code) {
        return bouwstenen.findByCode(code.strip().toUpperCase(Locale.ROOT)).map(BouwsteenEntity::toBouwsteen);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(String code) {
        return history.findTop200ByBouwsteenIdOrderByChangedAtDescIdDesc(load(code).id()).stream()
                .map(HistoryEntity::toEntry).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<LinkedVraagstuk> vraagstukken(String code) {
        VraagstukLinks links = vraagstukLinks.getIfAvailable();
        return links == null ? List.of() : links.concerning(code);
    }

    @PreAuthorize("isAuthenticated()")
    public List<DependencyLink> allDependencies() {
        return dependencies.allLinks().stream().map(r -> new DependencyLink((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (ProposalState) r[5], (String) r[6])).toList();
    }

    /** What {@code code} directly needs. */
    @PreAuthorize("isAuthenticated()")
    public List<DependencyLink> needs(String code) {
        return allDependencies().stream().filter(d -> d.fromCode().equals(code)).toList();
    }

    /** What directly needs {@code code}. */
    @PreAuthorize("isAuthenticated()")
    public List<DependencyLink> neededBy(String code) {
        return allDependencies().stream().filter(d -> d.toCode().equals(code)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Set<String> neededTransitively(String code) {
        return analysis.neededTransitively(needsMap(), code);
    }

    @PreAuthorize("isAuthenticated()")
    public Set<String> needingTransitively(String code) {
        return analysis.needingTransitively(needsMap(), code);
    }

    @PreAuthorize("isAuthenticated()")
    public CriticalPath criticalPath(String code) {
        Map<String, Integer> leadTimes = new HashMap<>();
        for (BouwsteenEntity e : bouwstenen.findAll()) {
            if (e.getLeadTimeWeeks() != null) {
                leadTimes.put(e.getCode(), e.getLeadTimeWeeks());
            }
        }
        return analysis.criticalPath(needsMap(), leadTimes, code);
    }

    @PreAuthorize("isAuthenticated()")
    public List<MaturityRow> maturityMatrix(BouwsteenFilter filter) {
        return allDetails(filter).stream().map(this::maturityOf).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public MaturityRow maturity(String code) {
        return maturityOf(load(code).toBouwsteen());
    }

    private MaturityRow maturityOf(Bouwsteen b) {
        ImplementationPhase next = ImplementationPhase.nextHigherRequirement(b.phase());
        // Past the last step up (broad roll-out, management) the bouwsteen must hold its own phase's level.
        ImplementationPhase target = next != null ? next : b.phase();
        Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
        Map<AcceptanceCriterion, Integer> required = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            levels.put(c, b.level(c));
            required.put(c, target == null ? 0 : c.requiredFor(target).value());
        }
        return new MaturityRow(b.code(), b.name(), b.phase(), next, levels, required, analysis.readyFor(levels, target));
    }

    /** Code → codes it needs directly: the input of every graph analysis. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Set<String>> needsMap() {
        Map<String, Set<String>> needs = new TreeMap<>();
        for (Object[] r : dependencies.allLinks()) {
            needs.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[2]);
        }
        return needs;
    }

    // ---- what the current user may do (the UI hides; the methods below enforce) ----

    public boolean mayEdit() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    public boolean mayPropose() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT, Role.MEMBER)).orElse(false);
    }

    public boolean maySetSectorStatus(String sector) {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)
                || (u.role() == Role.MEMBER && sector.equals(u.sectorCode()))).orElse(false);
    }

    // ---- changing ----

    /** A member proposes (VOORGESTELD); the chair or programme office adds it confirmed. */
    @Transactional
    @PreAuthorize("hasAnyRole('MEMBER', 'SECRETARIAT', 'CHAIR')")
    public Bouwsteen propose(NewBouwsteen proposal) {
        AuthenticatedUser user = currentUser.require();
        String code = proposal.code() == null ? "" : proposal.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new DomainException("code", "validation.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("code", "bouwsteen.code.pattern");
        }
        if (bouwstenen.findByCode(code).isPresent()) {
            throw new DomainException("code", "bouwsteen.code.taken", code);
        }
        String name = required("name", proposal.name(), Bouwsteen.NAME_MAX);
        String description = optional("description", proposal.description(), Bouwsteen.DESCRIPTION_MAX);
        String type = checkType(proposal.type());
        List<String> sectorCodes = checkSectors(proposal.sectors());
        BouwsteenEntity entity = new BouwsteenEntity(code, name, description, type);
        entity.setSectors(sectorCodes);
        if (user.role() == Role.MEMBER) {
            entity.propose(user.displayName());
        }
        entity.touch(user.displayName(), clock.instant());
        BouwsteenEntity saved = bouwstenen.saveAndFlush(entity);
        record(saved, user, "created", null, code + " · " + name);
        return saved.toBouwsteen();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public Bouwsteen confirm(String code) {
        AuthenticatedUser user = currentUser.require();
        BouwsteenEntity entity = load(code);
        if (entity.getProposalState() != ProposalState.BEVESTIGD) {
            entity.confirm();
            entity.touch(user.displayName(), clock.instant());
            record(entity, user, "proposalState", ProposalState.VOORGESTELD.name(), ProposalState.BEVESTIGD.name());
        }
        return bouwstenen.saveAndFlush(entity).toBouwsteen();
    }

    /** Withdraws a proposal that was not confirmed; a confirmed bouwsteen is never deleted this way. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public void reject(String code) {
        BouwsteenEntity entity = load(code);
        if (entity.getProposalState() != ProposalState.VOORGESTELD) {
            throw new DomainException(null, "bouwsteen.reject.confirmed", entity.getCode());
        }
        dependencies.deleteTouching(entity.id());
        history.deleteByBouwsteenId(entity.id());
        bouwstenen.delete(entity);
        bouwstenen.flush();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public Bouwsteen save(String code, BouwsteenChange change) {
        AuthenticatedUser user = currentUser.require();
        String name = required("name", change.name(), Bouwsteen.NAME_MAX);
        String description = optional("description", change.description(), Bouwsteen.DESCRIPTION_MAX);
        String type = checkType(change.type());
        String owner = optional("owner", change.owner(), Bouwsteen.OWNER_MAX);
        String source = optional("source", change.source(), Bouwsteen.SOURCE_MAX);
        String legal = optional("legalAnchor", change.legalAnchor(), Bouwsteen.LEGAL_MAX);
        List<String> sectorCodes = checkSectors(change.sectors());
        Integer leadTime = change.leadTimeWeeks();
        if (leadTime != null && (leadTime < 0 || leadTime > Bouwsteen.LEAD_TIME_MAX)) {
            throw new DomainException("leadTimeWeeks", "bouwsteen.leadTime.range", 0, Bouwsteen.LEAD_TIME_MAX);
        }
        for (Map.Entry<AcceptanceCriterion, Integer> level : change.maturity().entrySet()) {
            checkLevel(BouwsteenFields.levelField(level.getKey()), level.getValue());
        }

        BouwsteenEntity entity = load(code);
        if (entity.getVersion() != change.baseVersion()) {
            throw new BouwsteenConflictException(entity.toBouwsteen());
        }
        Bouwsteen before = entity.toBouwsteen();
        entity.setName(name);
        entity.setDescription(description);
        entity.setType(type);
        entity.setOwner(owner);
        entity.setPhase(change.phase());
        entity.setImpact(change.impact());
        entity.setTableStatus(change.tableStatus());
        entity.setSource(source);
        entity.setLegalAnchor(legal);
        entity.setSectors(sectorCodes);
        entity.setLeadTimeWeeks(leadTime);
        change.maturity().forEach(entity::setLevel);

        Instant now = clock.instant();
        recordChanges(entity, user, now, before);
        entity.touch(user.displayName(), now);
        try {
            return bouwstenen.saveAndFlush(entity).toBouwsteen();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BouwsteenConflictException(load(code).toBouwsteen());
        }
    }

    /** A sector's own traffic light; a member sets only their own sector's. Null clears it. */
    @Transactional
    @PreAuthorize("hasAnyRole('MEMBER', 'SECRETARIAT', 'CHAIR')")
    public Bouwsteen setSectorStatus(String code, String sector, @Nullable BouwsteenStatus status) {
        AuthenticatedUser user = currentUser.require();
        if (!maySetSectorStatus(sector)) {
            throw new AccessDeniedException("only members of " + sector + " set its status");
        }
        if (sectors.find(sector).isEmpty()) {
            throw new DomainException("sector", "bouwsteen.sector.unknown", sector);
        }
        BouwsteenEntity entity = load(code);
        BouwsteenStatus before = entity.getSectorStatuses().get(sector);
        if (!Objects.equals(before, status)) {
            entity.setSectorStatus(sector, status);
            entity.touch(user.displayName(), clock.instant());
            record(entity, user, "sectorStatus." + sector, name(before), name(status));
        }
        return bouwstenen.saveAndFlush(entity).toBouwsteen();
    }

    /**
     * "{@code from} needs {@code to}": proposed when a member adds it, confirmed when the chair or the
     * programme office does. Refuses self-links, duplicates and links that would close a cycle.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MEMBER', 'SECRETARIAT', 'CHAIR')")
    public DependencyLink addDependency(String fromCode, String toCode, String reason) {
        AuthenticatedUser user = currentUser.require();
        String why = required("reason", reason, Bouwsteen.REASON_MAX);
        BouwsteenEntity from = load(fromCode);
        BouwsteenEntity to = bouwstenen.findByCode(toCode.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException("to", "bouwsteen.unknown", toCode));
        checkNewLink(needsMap(), from.getCode(), to.getCode());
        ProposalState state = user.role() == Role.MEMBER ? ProposalState.VOORGESTELD : ProposalState.BEVESTIGD;
        dependencies.saveAndFlush(new DependencyEntity(from.id(), to.id(), why, state, user.displayName(), clock.instant()));
        record(from, user, "dependency", null, from.getCode() + " → " + to.getCode() + " (" + why + ")");
        return new DependencyLink(from.getCode(), from.getName(), to.getCode(), to.getName(), why, state, user.displayName());
    }

    /** Throws the Dutch refusal for a self-link, a duplicate or a cycle. */
    void checkNewLink(Map<String, Set<String>> needs, String from, String to) {
        if (from.equals(to)) {
            throw new DomainException("to", "bouwsteen.dependency.self", from);
        }
        if (needs.getOrDefault(from, Set.of()).contains(to)) {
            throw new DomainException("to", "bouwsteen.dependency.duplicate", from, to);
        }
        List<String> cycle = analysis.cycleClosedBy(needs, from, to);
        if (!cycle.isEmpty()) {
            throw new DomainException("to", "bouwsteen.dependency.cycle", String.join(" → ", cycle));
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public void confirmDependency(String fromCode, String toCode) {
        AuthenticatedUser user = currentUser.require();
        BouwsteenEntity from = load(fromCode);
        BouwsteenEntity to = load(toCode);
        DependencyEntity link = dependencies.findById(new DependencyKey(from.id(), to.id()))
                .orElseThrow(() -> new DomainException(null, "bouwsteen.dependency.unknown", fromCode, toCode));
        if (link.getProposalState() != ProposalState.BEVESTIGD) {
            link.confirm();
            dependencies.saveAndFlush(link);
            record(from, user, "dependencyConfirmed", null, from.getCode() + " → " + to.getCode());
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public void removeDependency(String fromCode, String toCode) {
        AuthenticatedUser user = currentUser.require();
        BouwsteenEntity from = load(fromCode);
        BouwsteenEntity to = load(toCode);
        DependencyKey key = new DependencyKey(from.id(), to.id());
        if (!dependencies.existsById(key)) {
            throw new DomainException(null, "bouwsteen.dependency.unknown", fromCode, toCode);
        }
        dependencies.deleteById(key);
        dependencies.flush();
        record(from, user, "dependency", from.getCode() + " → " + to.getCode(), null);
    }

    // ---- helpers shared with the import ----

    BouwsteenEntity load(String code) {
        return bouwstenen.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException("code", "bouwsteen.unknown", code));
    }

    String checkType(@Nullable String type) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new DomainException("type", "validation.required");
        }
        if (!BouwsteenTypes.isKnown(t)) {
            throw new DomainException("type", "bouwsteen.type.unknown", type);
        }
        return t;
    }

    List<String> checkSectors(@Nullable List<String> codes) {
        List<String> result = new ArrayList<>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty() || result.contains(code)) {
                continue;
            }
            if (!AllSectors.is(code) && sectors.find(code).isEmpty()) {
                throw new DomainException("sectors", "bouwsteen.sector.unknown", raw);
            }
            result.add(code);
        }
        if (AllSectors.mixedWithSectors(result)) {
            throw new DomainException("sectors", "sector.all.mixed");
        }
        return result;
    }

    static void checkLevel(String field, @Nullable Integer level) {
        if (level == null || level < AcceptanceCriterion.MIN_LEVEL || level > AcceptanceCriterion.MAX_LEVEL) {
            throw new DomainException(field, "bouwsteen.maturity.range", String.valueOf(level),
                    AcceptanceCriterion.MIN_LEVEL, AcceptanceCriterion.MAX_LEVEL);
        }
    }

    void record(BouwsteenEntity entity, AuthenticatedUser user, String field, @Nullable String oldValue,
                @Nullable String newValue) {
        history.save(new HistoryEntity(entity.id(), clock.instant(), user.displayName(), field, oldValue, newValue));
    }

    /**
     * One history entry per changed field and marks phase, impact and status as stated when they
     * changed: what a save does, and what an import does for every row it updates.
     */
    boolean recordChanges(BouwsteenEntity entity, AuthenticatedUser user, Instant now, Bouwsteen before) {
        Bouwsteen after = entity.toBouwsteen();
        List<FieldChange> changes = BouwsteenFields.CATALOGUE.changes(BouwsteenChange.of(before), BouwsteenChange.of(after));
        changes.forEach(change -> history.save(new HistoryEntity(entity.id(), now, user.displayName(), change.field(),
                change.oldValue(), change.newValue())));
        if (!Objects.equals(before.phase(), after.phase())) {
            entity.markStated("phase");
        }
        if (!Objects.equals(before.impact(), after.impact())) {
            entity.markStated("impact");
        }
        if (!Objects.equals(before.tableStatus(), after.tableStatus())) {
            entity.markStated("status");
        }
        return !changes.isEmpty();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String required(String field, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        ControlCharacters.require(field, trimmed);
        if (trimmed.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        return trimmed;
    }

    static @Nullable String optional(String field, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        ControlCharacters.require(field, trimmed);
        if (trimmed.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static Specification<BouwsteenEntity> specification(BouwsteenFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.search() != null && !filter.search().isBlank()) {
                String like = "%" + filter.search().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("code")), like), cb.like(cb.lower(root.get("name")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("owner"), "")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("description"), "")), like)));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.phase() != null) {
                where.add(cb.equal(root.get("phase"), filter.phase()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.sector() != null) {
                var sub = query.subquery(Long.class);
                var inner = sub.from(BouwsteenEntity.class);
                Join<BouwsteenEntity, String> sector = inner.join("sectors");
                sub.select(inner.get("id")).where(sector.in(filter.sector(), AllSectors.CODE));
                where.add(root.get("id").in(sub));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Sort toSort(List<BouwsteenSort> sort) {
        List<Sort.Order> orders = new ArrayList<>();
        for (BouwsteenSort s : sort) {
            if (!BouwsteenSort.SORTABLE.contains(s.property())) {
                continue;
            }
            String property = s.property().equals("tableStatus") ? "status" : s.property();
            orders.add(s.ascending() ? Sort.Order.asc(property) : Sort.Order.desc(property));
        }
        orders.add(Sort.Order.asc("code"));
        return Sort.by(orders);
    }

    /** limit/offset paging as the grid asks for it, which need not fall on page boundaries. */
    private static final class OffsetPage extends PageRequest {
        private final long offset;

        OffsetPage(int offset, int limit, Sort sort) {
            super(offset / Math.max(limit, 1), Math.max(limit, 1), sort);
            this.offset = offset;
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public PageRequest next() {
            return new OffsetPage((int) offset + getPageSize(), getPageSize(), getSort());
        }
    }

    static Set<String> sortedSet(Set<String> s) {
        return new LinkedHashSet<>(new TreeSet<>(s));
    }
}
