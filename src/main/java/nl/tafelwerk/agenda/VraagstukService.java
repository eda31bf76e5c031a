package nl.tafelwerk.agenda;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.internal.VraagstukEntity;
import nl.tafelwerk.agenda.internal.VraagstukHistoryEntity;
import nl.tafelwerk.agenda.internal.VraagstukHistoryRepository;
import nl.tafelwerk.agenda.internal.VraagstukQueries;
import nl.tafelwerk.agenda.internal.VraagstukRepository;
import nl.tafelwerk.buildingblocks.BouwsteenLookup;
import nl.tafelwerk.buildingblocks.BouwsteenRef;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldChange;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voorraadagenda. Everyone logged in reads; members submit and edit their own sector's drafts;
 * the programme office screens and schedules; the chair admits, assigns the gremium and closes.
 * Every save is made against the version the user loaded; a stale save is refused with the
 * current values. Every change leaves a line of history.
 */
@Service
public class VraagstukService {

    static final String EDITORS = "hasAnyRole('MEMBER', 'SECRETARIAT', 'CHAIR')";
    private static final Pattern GENERATED_CODE = Pattern.compile("VS-(\\d+)");
    public static final int PAGE_MAX = 500;
    public static final int EXPORT_MAX = 10_000;

    private final VraagstukRepository vraagstukken;
    private final VraagstukHistoryRepository history;
    private final VraagstukQueries queries;
    private final CurrentUser currentUser;
    private final SectorService sectors;
    private final GremiumService gremia;
    private final BouwsteenLookup bouwstenen;
    private final ScreeningGates screeningGates;
    private final Clock clock = Clock.systemUTC();
    @PersistenceContext
    private EntityManager entityManager;

    VraagstukService(VraagstukRepository vraagstukken, VraagstukHistoryRepository history, VraagstukQueries queries,
                     CurrentUser currentUser, SectorService sectors, GremiumService gremia, BouwsteenLookup bouwstenen,
                     ScreeningGates screeningGates) {
        this.vraagstukken = vraagstukken;
        this.history = history;
        this.queries = queries;
        this.currentUser = currentUser;
        this.sectors = sectors;
        this.gremia = gremia;
        this.bouwstenen = bouwstenen;
        this.screeningGates = screeningGates;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public long count() {
        return vraagstukken.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Vraagstuk> find(String code) {
        return vraagstukken.findByCode(code).map(VraagstukEntity::toVraagstuk);
    }

    /** One page of the filtered agenda, sorted; at most {@link #PAGE_MAX} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VraagstukListItem> list(VraagstukFilter filter, List<AgendaSort> sort, int offset, int limit) {
        return queries.page(filter, sort, offset, Math.min(limit, PAGE_MAX)).stream().map(VraagstukEntity::toListItem).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(VraagstukFilter filter) {
        return queries.count(filter);
    }

    /** The whole filtered agenda for an export, at most {@link #EXPORT_MAX} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VraagstukListItem> export(VraagstukFilter filter, List<AgendaSort> sort) {
        return queries.page(filter, sort, 0, EXPORT_MAX).stream().map(VraagstukEntity::toListItem).toList();
    }

    /** Like {@link #export}, with every field (the texts an import reads back). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Vraagstuk> exportDetails(VraagstukFilter filter, List<AgendaSort> sort) {
        return queries.page(filter, sort, 0, EXPORT_MAX).stream().map(VraagstukEntity::toVraagstuk).toList();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(String code) {
        VraagstukEntity entity = load(code);
        return history.findByVraagstukIdOrderByAtDescIdDesc(Objects.requireNonNull(entity.getId())).stream()
                .map(VraagstukHistoryEntity::toEntry).toList();
    }

    public List<BouwsteenRef> bouwsteenCatalogue() {
        return bouwstenen.all();
    }

    public List<GremiumView> gremia() {
        return gremia.all();
    }

    /** The gates screening checks now: those of the current published afwegingskader, in its order. */
    @PreAuthorize("isAuthenticated()")
    public List<ScreeningGates.Gate> screeningGates() {
        return screeningGates.current();
    }

    // ---------------------------------------------------------------- what the caller may do (for the UI; the mutations check again)

    public boolean maySubmit() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.MEMBER, Role.SECRETARIAT, Role.CHAIR)).orElse(false);
    }

    public boolean mayEdit(Vraagstuk v) {
        return currentUser.get().map(u -> mayEdit(u, v.status(), v.submittedBySector())).orElse(false);
    }

    public boolean mayAssignGremium() {
        return currentUser.get().map(u -> u.role() == Role.CHAIR).orElse(false);
    }

    public boolean maySchedule() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    public boolean mayScreen(Vraagstuk v) {
        return maySchedule() && v.status() == VraagstukStatus.IN_TOETSING;
    }

    public boolean mayReorder() {
        return maySchedule();
    }

    public List<LifecycleAction> availableActions(Vraagstuk v) {
        return currentUser.get()
                .map(u -> Lifecycle.available(v.status(), u.role(), ownSector(u, v.submittedBySector())).stream()
                        .filter(action -> !action.takenByTheAdvice()).toList())
                .orElse(List.of());
    }

    private static boolean ownSector(AuthenticatedUser user, @Nullable String submittedBySector) {
        return user.sectorCode() != null && user.sectorCode().equals(submittedBySector);
    }

    private static boolean mayEdit(AuthenticatedUser user, VraagstukStatus status, @Nullable String submittedBySector) {
        return switch (user.role()) {
            case CHAIR, SECRETARIAT -> !status.isFinal();
            case MEMBER -> status.isDraft() && ownSector(user, submittedBySector);
            default -> false;
        };
    }

    // ---------------------------------------------------------------- changing

    /** Submits a new vraagstuk (status INGEDIEND). A member submits for their own sector only. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Vraagstuk submit(VraagstukDraft draft) {
        AuthenticatedUser user = currentUser.require();
        VraagstukDraft clean = validate(draft);
        if (user.role() == Role.MEMBER) {
            if (clean.submittedBySector() != null && !clean.submittedBySector().equals(user.sectorCode())) {
                throw new DomainException("submittedBySector", "agenda.sector.ownOnly", user.sectorCode());
            }
            clean = withSector(clean, user.sectorCode());
            if (clean.gremiumCode() != null || clean.nextMeeting() != null) {
                throw new AccessDeniedException("members do not assign gremium or meeting");
            }
        } else if (clean.gremiumCode() != null && user.role() != Role.CHAIR) {
            throw new AccessDeniedException("only the chair assigns the gremium");
        }
        Instant now = now();
        VraagstukEntity entity = new VraagstukEntity(nextCode(), clean.title(), Objects.requireNonNull(clean.type()),
                null, clean.submittedBySector(), clean.source(), null, VraagstukStatus.INGEDIEND, now,
                clean.affectedSectors(), clean.bouwstenen());
        apply(entity, clean);
        entity.setSubmittedByUser(user.username());
        entity.setPosition(nextPosition());
        entity.touch(now, user.displayName());
        VraagstukEntity saved = vraagstukken.saveAndFlush(entity);
        record(saved, user, now, HistoryEntry.Kind.CREATED, null, null, saved.getCode() + " · " + saved.getTitle(), null);
        return saved.toVraagstuk();
    }

    /** One vraagstuk of an import file: its own code (or {@code null} for the next free one) and its fields. */
    public record Imported(@Nullable String code, VraagstukDraft draft) {
    }

    /**
     * Saves every vraagstuk of an import under the rules of {@link #submit}: each is checked, gets status
     * INGEDIEND, a place at the end of the agreed order and a history line "geïmporteerd". Runs in one
     * transaction: the first refusal rolls back the whole file. A code that already exists is refused.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public List<String> importAll(List<Imported> items, String fileName) {
        AuthenticatedUser user = currentUser.require();
        Lookups known = lookups();
        Set<String> taken = new java.util.HashSet<>(vraagstukken.findAllCodes());
        int number = 0;
        for (String code : taken) {
            number = Math.max(number, generatedNumber(code));
        }
        for (Imported item : items) {
            if (item.code() != null) {
                number = Math.max(number, generatedNumber(item.code()));
            }
        }
        int position = nextPosition() - 1;
        Instant now = now();
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(100);
        List<String> codes = new ArrayList<>(items.size());
        for (Imported item : items) {
            VraagstukDraft clean = validate(item.draft(), known);
            String code = item.code() == null ? String.format("VS-%02d", ++number) : item.code();
            if (!taken.add(code)) {
                throw new DomainException("code", "agenda.import.codeExists", code);
            }
            VraagstukEntity entity = new VraagstukEntity(code, clean.title(), Objects.requireNonNull(clean.type()),
                    null, clean.submittedBySector(), clean.source(), null, VraagstukStatus.INGEDIEND, now,
                    clean.affectedSectors(), clean.bouwstenen());
            apply(entity, clean);
            entity.setSubmittedByUser(user.username());
            entity.setPosition(++position);
            entity.touch(now, user.displayName());
            VraagstukEntity saved = vraagstukken.save(entity);
            record(saved, user, now, HistoryEntry.Kind.IMPORTED, null, null, code + " · " + clean.title(), fileName);
            codes.add(code);
            if (codes.size() % 500 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        return codes;
    }

    private static int generatedNumber(String code) {
        Matcher m = GENERATED_CODE.matcher(code);
        return m.matches() && m.group(1).length() < 9 ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Saves the editable fields, if nobody saved since {@code draft.baseVersion()}. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Vraagstuk update(String code, VraagstukDraft draft) {
        AuthenticatedUser user = currentUser.require();
        VraagstukEntity entity = load(code);
        if (!mayEdit(user, entity.getStatus(), entity.getSubmittedBySector())) {
            throw new AccessDeniedException(user.username() + " may not edit " + code + " in " + entity.getStatus());
        }
        VraagstukDraft clean = validate(draft);
        if (entity.getVersion() != draft.baseVersion()) {
            throw new VraagstukConflictException(entity.toVraagstuk());
        }
        if (!Objects.equals(clean.gremiumCode(), entity.getGremiumCode()) && user.role() != Role.CHAIR) {
            throw new AccessDeniedException("only the chair assigns the gremium");
        }
        if (!Objects.equals(clean.nextMeeting(), entity.getNextMeeting()) && !user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)) {
            throw new AccessDeniedException("only the chair and the programme office schedule");
        }
        if (user.role() == Role.MEMBER && !Objects.equals(clean.submittedBySector(), entity.getSubmittedBySector())) {
            throw new DomainException("submittedBySector", "agenda.sector.ownOnly", user.sectorCode());
        }
        Vraagstuk before = entity.toVraagstuk();
        apply(entity, clean);
        Instant now = now();
        List<FieldChange> changes = VraagstukFields.CATALOGUE.changes(before.toDraft(), clean);
        if (changes.isEmpty()) {
            return before;
        }
        entity.touch(now, user.displayName());
        VraagstukEntity saved = flush(entity, code);
        for (FieldChange change : changes) {
            record(saved, user, now, HistoryEntry.Kind.FIELD, change.field(), change.oldValue(), change.newValue(), null);
        }
        return saved.toVraagstuk();
    }

    /**
     * Sets the target gremium as a table meeting decided it ("gremium kiezen", issue 13): the chair, or the
     * programme office recording the meeting's decision; the reason names the meeting and goes into the history.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public Vraagstuk assignGremium(String code, @Nullable String gremiumCode, @Nullable String reason) {
        AuthenticatedUser user = currentUser.require();
        VraagstukEntity entity = load(code);
        String gremium = blankToNull(gremiumCode);
        if (gremium == null) {
            throw new DomainException("gremiumCode", "validation.required");
        }
        if (gremia.all().stream().noneMatch(g -> g.code().equals(gremium))) {
            throw new DomainException("gremiumCode", "agenda.gremium.unknown", gremium);
        }
        String cleaned = blankToNull(reason);
        if (cleaned == null) {
            throw new DomainException("reason", "validation.required");
        }
        String before = entity.getGremiumCode();
        if (gremium.equals(before)) {
            return entity.toVraagstuk();
        }
        entity.setGremiumCode(gremium);
        Instant now = now();
        entity.touch(now, user.displayName());
        VraagstukEntity saved = flush(entity, code);
        record(saved, user, now, HistoryEntry.Kind.FIELD, "gremiumCode", before, gremium, cleaned);
        return saved.toVraagstuk();
    }

    /** Takes a lifecycle step; refused when it is not possible now, not this person's, stale, or lacks a reason. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Vraagstuk transition(String code, LifecycleAction action, @Nullable String reason, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        VraagstukEntity entity = load(code);
        VraagstukStatus from = entity.getStatus();
        VraagstukStatus to = Lifecycle.apply(from, action, user.role(), ownSector(user, entity.getSubmittedBySector()), reason);
        if (entity.getVersion() != baseVersion) {
            throw new VraagstukConflictException(entity.toVraagstuk());
        }
        if (action == LifecycleAction.TOELATEN && !entity.getScreening().containsAll(gateCodes())) {
            throw new DomainException("screening", "agenda.transition.screeningIncomplete");
        }
        if (action == LifecycleAction.AANBIEDEN && entity.getGremiumCode() == null) {
            throw new DomainException("gremiumCode", "agenda.transition.gremiumRequired");
        }
        String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
        entity.setStatus(to, cleaned);
        Instant now = now();
        entity.touch(now, user.displayName());
        VraagstukEntity saved = flush(entity, code);
        record(saved, user, now, HistoryEntry.Kind.STATUS, "status", from.name(), to.name(), cleaned);
        return saved.toVraagstuk();
    }

    /**
     * Records which gates of the current afwegingskader the vraagstuk passes; only while it is being screened.
     * Codes are those of {@link #screeningGates()}; a gate an older version had and the current one dropped is
     * no longer offered, and ticking it is refused.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public Vraagstuk screen(String code, Set<String> passed, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        VraagstukEntity entity = load(code);
        if (entity.getStatus() != VraagstukStatus.IN_TOETSING) {
            throw new DomainException("screening", "agenda.screening.notInScreening");
        }
        Set<String> known = gateCodes();
        for (String gate : new TreeSet<>(passed)) {
            if (!known.contains(gate)) {
                throw new DomainException("screening", "agenda.screening.unknownGate", gate);
            }
        }
        if (entity.getVersion() != baseVersion) {
            throw new VraagstukConflictException(entity.toVraagstuk());
        }
        String before = gates(entity.getScreening());
        entity.setScreening(passed);
        String after = gates(passed);
        if (before.equals(after)) {
            return entity.toVraagstuk();
        }
        Instant now = now();
        entity.touch(now, user.displayName());
        VraagstukEntity saved = flush(entity, code);
        record(saved, user, now, HistoryEntry.Kind.SCREENING, "screening", before, after, null);
        return saved.toVraagstuk();
    }

    /**
     * Moves a vraagstuk to just before another one in the table's agreed order. Both are named by
     * code, so a move made from a view that is no longer current still does what the user saw.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public void moveBefore(String code, String neighbourCode) {
        moveNextTo(code, neighbourCode, false);
    }

    /** Moves a vraagstuk to just after another one in the table's agreed order; see {@link #moveBefore}. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public void moveAfter(String code, String neighbourCode) {
        moveNextTo(code, neighbourCode, true);
    }

    /**
     * Runs with the whole order locked, so moves by two people at once are applied one after the
     * other, each to the order the previous one left. Positions are renumbered 1..n without touching
     * versions, so reordering never makes someone's open edit stale.
     */
    private void moveNextTo(String code, String neighbourCode, boolean after) {
        AuthenticatedUser user = currentUser.require();
        List<VraagstukRepository.OrderSlot> ordered = new ArrayList<>(vraagstukken.lockAgreedOrder());
        int oldIndex = indexOf(ordered, code);
        if (indexOf(ordered, neighbourCode) == oldIndex) {
            return;
        }
        VraagstukRepository.OrderSlot moving = ordered.remove(oldIndex);
        int target = indexOf(ordered, neighbourCode) + (after ? 1 : 0);
        ordered.add(target, moving);
        for (int i = 0; i < ordered.size(); i++) {
            VraagstukRepository.OrderSlot slot = ordered.get(i);
            if (slot.getPosition() != i + 1) {
                vraagstukken.updatePosition(slot.getId(), i + 1);
            }
        }
        if (target != oldIndex) {
            record(load(code), user, now(), HistoryEntry.Kind.POSITION, "position", String.valueOf(oldIndex + 1),
                    String.valueOf(target + 1), null);
        }
    }

    /**
     * Carries a ranked order (e.g. a scoring round's WSJF ranking) to the agreed order: the named vraagstukken
     * take the places they hold together, in the ranked order; every other vraagstuk keeps its place. Each
     * vraagstuk that moves gets a history line with the chair's reason. Runs with the whole order locked, like
     * {@link #moveBefore}, so a move made at the same time is applied before or after it, never in between.
     *
     * @return the codes that moved
     */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public List<String> carryOrder(List<String> rankedCodes, @Nullable String reason) {
        AuthenticatedUser user = currentUser.require();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("reason", "agenda.carry.reasonRequired");
        }
        if (why.length() > Lifecycle.REASON_MAX) {
            throw new DomainException("reason", "validation.tooLong", Lifecycle.REASON_MAX);
        }
        ControlCharacters.require("reason", why);
        if (rankedCodes.isEmpty()) {
            throw new DomainException("codes", "agenda.carry.empty");
        }
        if (new java.util.HashSet<>(rankedCodes).size() != rankedCodes.size()) {
            throw new DomainException("codes", "agenda.carry.duplicate");
        }
        List<VraagstukRepository.OrderSlot> ordered = vraagstukken.lockAgreedOrder();
        List<Integer> slots = new ArrayList<>();
        for (String code : rankedCodes) {
            slots.add(indexOf(ordered, code));
        }
        List<Integer> places = slots.stream().sorted().toList();
        List<VraagstukRepository.OrderSlot> result = new ArrayList<>(ordered);
        int[] cameFrom = new int[ordered.size()];
        for (int i = 0; i < cameFrom.length; i++) {
            cameFrom[i] = i;
        }
        for (int i = 0; i < rankedCodes.size(); i++) {
            result.set(places.get(i), ordered.get(slots.get(i)));
            cameFrom[places.get(i)] = slots.get(i);
        }
        Instant now = now();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            VraagstukRepository.OrderSlot slot = result.get(i);
            if (slot.getPosition() != i + 1) {
                vraagstukken.updatePosition(slot.getId(), i + 1);
            }
            if (cameFrom[i] != i) {
                moved.add(slot.getCode());
                record(load(slot.getCode()), user, now, HistoryEntry.Kind.POSITION, "position", String.valueOf(cameFrom[i] + 1),
                        String.valueOf(i + 1), why);
            }
        }
        return moved;
    }

    private static int indexOf(List<VraagstukRepository.OrderSlot> ordered, String code) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getCode().equals(code)) {
                return i;
            }
        }
        throw new DomainException("code", "agenda.unknown", code);
    }

    /** The next place at the end of the agreed order, with the order locked so no one else takes it. */
    private int nextPosition() {
        return vraagstukken.lockAgreedOrder().stream().mapToInt(VraagstukRepository.OrderSlot::getPosition)
                .max().orElse(0) + 1;
    }

    // ---------------------------------------------------------------- helpers

    VraagstukEntity load(String code) {
        return vraagstukken.findByCode(code).orElseThrow(() -> new DomainException("code", "agenda.unknown", code));
    }

    private VraagstukEntity flush(VraagstukEntity entity, String code) {
        try {
            return vraagstukken.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new VraagstukConflictException(vraagstukken.findByCode(code).orElseThrow().toVraagstuk());
        }
    }

    private void record(VraagstukEntity entity, AuthenticatedUser user, Instant at, HistoryEntry.Kind kind,
                        @Nullable String field, @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {
        history.save(new VraagstukHistoryEntity(Objects.requireNonNull(entity.getId()), at, user.username(),
                user.displayName(), kind, field, oldValue, newValue, reason));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String nextCode() {
        int max = 0;
        for (String code : vraagstukken.findGeneratedCodes()) {
            max = Math.max(max, generatedNumber(code));
        }
        return String.format("VS-%02d", max + 1);
    }

    private static String gates(Set<String> gates) {
        return gates.stream().sorted().collect(Collectors.joining(", "));
    }

    private Set<String> gateCodes() {
        return screeningGates.current().stream().map(ScreeningGates.Gate::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void apply(VraagstukEntity entity, VraagstukDraft d) {
        entity.setTitle(d.title());
        entity.setType(Objects.requireNonNull(d.type()));
        entity.setInputSource(d.source());
        entity.setDescription(d.description());
        entity.setRationale(d.rationale());
        entity.setUrgency(d.urgency());
        entity.setSubmittedBySector(d.submittedBySector());
        if (!new TreeSet<>(entity.getAffectedSectors()).equals(new TreeSet<>(d.affectedSectors()))) {
            entity.setAffectedSectors(d.affectedSectors());
        }
        if (!new TreeSet<>(entity.getBouwstenen()).equals(new TreeSet<>(d.bouwstenen()))) {
            entity.setBouwstenen(d.bouwstenen());
        }
        entity.setGremiumCode(d.gremiumCode());
        entity.setWorkingGroup(d.workingGroup());
        entity.setOwner(d.owner());
        entity.setNextMeeting(d.nextMeeting());
    }

    private static VraagstukDraft withSector(VraagstukDraft d, @Nullable String sector) {
        return new VraagstukDraft(d.title(), d.type(), d.source(), d.description(), d.rationale(), d.urgency(), sector,
                d.affectedSectors(), d.bouwstenen(), d.gremiumCode(), d.workingGroup(), d.owner(), d.nextMeeting(),
                d.baseVersion());
    }

    /** Checks every field and returns the draft with trimmed texts; refuses with the field's name and a message key. */
    VraagstukDraft validate(VraagstukDraft d) {
        return validate(d, lookups());
    }

    private static VraagstukDraft validate(VraagstukDraft d, Lookups known) {
        List<DomainException> problems = problems(d, known);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        return clean(d);
    }

    /** The codes a draft may refer to, read once per submission or import. */
    Lookups lookups() {
        return new Lookups(sectors.all().stream().map(s -> s.code()).collect(Collectors.toUnmodifiableSet()),
                bouwstenen.all().stream().map(BouwsteenRef::code).collect(Collectors.toUnmodifiableSet()),
                gremia.all().stream().map(GremiumView::code).collect(Collectors.toUnmodifiableSet()));
    }

    record Lookups(Set<String> sectors, Set<String> bouwstenen, Set<String> gremia) {
    }

    /**
     * Every problem of a draft, in field order, each with the field's name and a message key; empty
     * when the draft can be saved. The one rule set for submitting, editing and importing.
     */
    static List<DomainException> problems(VraagstukDraft d, Lookups known) {
        List<DomainException> problems = new ArrayList<>();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            problems.add(new DomainException("title", "validation.required"));
        } else if (title.length() > Vraagstuk.TITLE_MAX) {
            problems.add(new DomainException("title", "validation.tooLong", Vraagstuk.TITLE_MAX));
        }
        if (d.type() == null) {
            problems.add(new DomainException("type", "validation.required"));
        }
        controlCharacter(problems, "title", d.title());
        tooLong(problems, "description", d.description(), Vraagstuk.TEXT_MAX);
        tooLong(problems, "rationale", d.rationale(), Vraagstuk.TEXT_MAX);
        tooLong(problems, "workingGroup", d.workingGroup(), Vraagstuk.WORKING_GROUP_MAX);
        tooLong(problems, "owner", d.owner(), Vraagstuk.OWNER_MAX);
        controlCharacter(problems, "description", d.description());
        controlCharacter(problems, "rationale", d.rationale());
        controlCharacter(problems, "workingGroup", d.workingGroup());
        controlCharacter(problems, "owner", d.owner());
        String submitting = blankToNull(d.submittedBySector());
        if (submitting != null && !known.sectors().contains(submitting)) {
            problems.add(new DomainException("submittedBySector", "agenda.sector.unknown", submitting));
        }
        if (AllSectors.mixedWithSectors(d.affectedSectors())) {
            problems.add(new DomainException("affectedSectors", "sector.all.mixed"));
        }
        for (String sector : new TreeSet<>(d.affectedSectors())) {
            if (!known.sectors().contains(sector) && !AllSectors.CODE.equals(sector)) {
                problems.add(new DomainException("affectedSectors", "agenda.sector.unknown", sector));
            }
        }
        for (String code : new TreeSet<>(d.bouwstenen())) {
            if (!known.bouwstenen().contains(code)) {
                problems.add(new DomainException("bouwstenen", "agenda.bouwsteen.unknown", code));
            }
        }
        String gremium = blankToNull(d.gremiumCode());
        if (gremium != null && !known.gremia().contains(gremium)) {
            problems.add(new DomainException("gremiumCode", "agenda.gremium.unknown", gremium));
        }
        return problems;
    }

    private static void controlCharacter(List<DomainException> problems, String field, @Nullable String value) {
        ControlCharacters.check(field, value).ifPresent(problems::add);
    }

    private static void tooLong(List<DomainException> problems, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new DomainException(field, "validation.tooLong", max));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static VraagstukDraft clean(VraagstukDraft d) {
        return new VraagstukDraft(d.title().strip(), d.type(), d.source(), blankToNull(d.description()),
                blankToNull(d.rationale()), d.urgency(), blankToNull(d.submittedBySector()), d.affectedSectors(),
                d.bouwstenen(), blankToNull(d.gremiumCode()), blankToNull(d.workingGroup()), blankToNull(d.owner()),
                d.nextMeeting(), d.baseVersion());
    }
}
