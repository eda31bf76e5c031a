package nl.tafelwerk.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelwerk.assessment.internal.FrameworkDraftCriterionEntity;
import nl.tafelwerk.assessment.internal.FrameworkDraftEntity;
import nl.tafelwerk.assessment.internal.FrameworkDraftGateEntity;
import nl.tafelwerk.assessment.internal.FrameworkDraftRepository;
import nl.tafelwerk.assessment.internal.FrameworkHistoryEntity;
import nl.tafelwerk.assessment.internal.FrameworkHistoryRepository;
import nl.tafelwerk.assessment.internal.FrameworkScale;
import nl.tafelwerk.assessment.internal.FrameworkVersionEntity;
import nl.tafelwerk.assessment.internal.FrameworkVersionRepository;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The afwegingskader: its published versions (read by every signed-in role) and the one draft of the next
 * version, which the chair and the programme office co-edit and publish. Every change to the draft is made
 * with the draft locked, raises its version and leaves a line of history; a save against an older version is
 * refused with what is saved now. Publishing writes an immutable version with the next number.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FrameworkService implements PublishedFrameworks {

    static final String EDITORS = "hasAnyRole('CHAIR', 'SECRETARIAT')";
    private static final ZoneId TABLE_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern SCALE_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final int SCALE_VALUE_MAX = 1000;
    private static final int SCALE_SIZE_MAX = 20;
    public static final int HISTORY_MAX = 200;

    private final FrameworkVersionRepository versions;
    private final FrameworkDraftRepository drafts;
    private final FrameworkHistoryRepository history;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    FrameworkService(FrameworkVersionRepository versions, FrameworkDraftRepository drafts, FrameworkHistoryRepository history,
                     CurrentUser currentUser) {
        this.versions = versions;
        this.drafts = drafts;
        this.history = history;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- published versions

    @Override
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> current() {
        return versions.findFirstByOrderByNumberDesc().map(FrameworkVersionEntity::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> version(long id) {
        return versions.findById(id).map(FrameworkVersionEntity::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FrameworkVersion> all() {
        return versions.findAllByOrderByNumberDesc().stream().map(FrameworkVersionEntity::toVersion).toList();
    }

    /** The published version with this number. */
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> byNumber(int number) {
        return versions.findByNumber(number).map(FrameworkVersionEntity::toVersion);
    }

    /** What changed from version {@code fromNumber} to version {@code toNumber} (either way round). */
    @Transactional(readOnly = true)
    public FrameworkDiff diff(int fromNumber, int toNumber) {
        FrameworkVersion from = byNumber(fromNumber)
                .orElseThrow(() -> new DomainException("from", "framework.version.unknown", fromNumber));
        FrameworkVersion to = byNumber(toNumber)
                .orElseThrow(() -> new DomainException("to", "framework.version.unknown", toNumber));
        return FrameworkDiff.between(from, to);
    }

    // ---------------------------------------------------------------- the draft

    @Transactional(readOnly = true)
    public FrameworkDraft draft() {
        return toDraft(drafts.findById(FrameworkDraftEntity.THE_DRAFT).orElseThrow());
    }

    /** Newest first, at most {@link #HISTORY_MAX} lines. */
    @Transactional(readOnly = true)
    public List<FrameworkHistoryEntry> history() {
        return history.findAllByOrderByAtDescIdDesc(Limit.of(HISTORY_MAX)).stream().map(FrameworkHistoryEntity::toEntry).toList();
    }

    /** Whether the caller may change and publish the draft (for the UI; every change checks again). */
    public boolean mayEdit() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    /** Saves the typed values of the draft's fields, if nobody changed the draft since {@code change.baseVersion()}. */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft save(FrameworkDraftChange change) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        FrameworkDraft before = toDraft(entity);
        Map<Long, FrameworkDraft.Gate> typedGates = new HashMap<>();
        change.gates().forEach(g -> typedGates.put(g.key(), g));
        Map<Long, FrameworkDraft.Criterion> typedCriteria = new HashMap<>();
        change.criteria().forEach(c -> typedCriteria.put(c.key(), c));
        // The draft as it would be: the saved rows in their order with the typed values of the rows still there.
        FrameworkDraft wanted = new FrameworkDraft(before.version(), before.basedOnNumber(), change.legalObligationBoost(),
                change.perDependentBoost(),
                before.gates().stream().map(g -> typedGates.getOrDefault(g.key(), g)).toList(),
                before.criteria().stream().map(c -> typedCriteria.getOrDefault(c.key(), c)).toList(),
                before.updatedBy(), before.updatedAt());
        FrameworkDraft clean = validate(wanted);
        if (entity.getVersion() != change.baseVersion()) {
            throw new FrameworkDraftConflictException(before);
        }
        List<FieldChange> changes = changes(before, clean);
        if (changes.isEmpty()) {
            return before;
        }
        entity.setBoosts(required(clean.legalObligationBoost()), required(clean.perDependentBoost()));
        for (FrameworkDraft.Gate gate : clean.gates()) {
            entity.getGates().stream().filter(g -> g.getId() == gate.key()).findFirst()
                    .ifPresent(g -> g.update(gate.code(), gate.name(), gate.description()));
        }
        for (FrameworkDraft.Criterion criterion : clean.criteria()) {
            entity.getCriteria().stream().filter(c -> c.getId() == criterion.key()).findFirst()
                    .ifPresent(c -> c.update(criterion.code(), criterion.name(), criterion.description(),
                            FrameworkScale.store(scaleValues(criterion)), required(criterion.weight()),
                            java.util.Objects.requireNonNull(criterion.part())));
        }
        Instant now = now();
        entity.touch(now, user.displayName());
        FrameworkDraftEntity saved = drafts.saveAndFlush(entity);
        for (FieldChange fieldChange : changes) {
            record(user, now, FrameworkHistoryEntry.Kind.FIELD, fieldChange.field(), fieldChange.oldValue(), fieldChange.newValue());
        }
        return toDraft(saved);
    }

    /** Adds a gate at the end, with a free code and a name to replace. */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft addGate() {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        if (entity.getGates().size() >= FrameworkDraft.ROWS_MAX) {
            throw new DomainException("gates", "framework.rows.tooMany", FrameworkDraft.ROWS_MAX);
        }
        String code = freeCode(entity, "G-NIEUW");
        entity.addGate(code, "Nieuwe poort", null);
        return changed(entity, user, FrameworkHistoryEntry.Kind.ADDED, "gates." + code, null, code);
    }

    /** Adds a scored criterion at the end: Fibonacci scale, weight 1, business value; with a free code and a name to replace. */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft addCriterion() {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        if (entity.getCriteria().size() >= FrameworkDraft.ROWS_MAX) {
            throw new DomainException("criteria", "framework.rows.tooMany", FrameworkDraft.ROWS_MAX);
        }
        String code = freeCode(entity, "S-NIEUW");
        entity.addCriterion(code, "Nieuw criterium", null, FrameworkScale.store(ScoreScale.FIBONACCI.values()), BigDecimal.ONE,
                WsjfPart.BUSINESS_VALUE);
        return changed(entity, user, FrameworkHistoryEntry.Kind.ADDED, "criteria." + code, null, code);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft removeGate(long key) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        String code = entity.getGates().stream().filter(g -> g.getId() == key).map(FrameworkDraftGateEntity::getCode)
                .findFirst().orElseThrow(() -> new DomainException("gates", "framework.row.gone"));
        entity.removeGate(key);
        return changed(entity, user, FrameworkHistoryEntry.Kind.REMOVED, "gates." + code, code, null);
    }

    /** Removes a scored criterion; the last one stays (a framework without scored criteria cannot rank). */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft removeCriterion(long key) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        String code = entity.getCriteria().stream().filter(c -> c.getId() == key).map(FrameworkDraftCriterionEntity::getCode)
                .findFirst().orElseThrow(() -> new DomainException("criteria", "framework.row.gone"));
        if (entity.getCriteria().size() == 1) {
            throw new DomainException("criteria", "framework.criteria.none");
        }
        entity.removeCriterion(key);
        return changed(entity, user, FrameworkHistoryEntry.Kind.REMOVED, "criteria." + code, code, null);
    }

    /** Moves a gate one place up ({@code step} −1) or down (+1). */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft moveGate(long key, int step) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        FrameworkDraftGateEntity gate = entity.getGates().stream().filter(g -> g.getId() == key).findFirst()
                .orElseThrow(() -> new DomainException("gates", "framework.row.gone"));
        int from = gate.getPosition();
        if (!entity.moveGate(key, Integer.signum(step))) {
            return toDraft(entity);
        }
        return changed(entity, user, FrameworkHistoryEntry.Kind.MOVED, "gates." + gate.getCode(), String.valueOf(from),
                String.valueOf(gate.getPosition()));
    }

    /** Moves a scored criterion one place up ({@code step} −1) or down (+1). */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkDraft moveCriterion(long key, int step) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        FrameworkDraftCriterionEntity criterion = entity.getCriteria().stream().filter(c -> c.getId() == key).findFirst()
                .orElseThrow(() -> new DomainException("criteria", "framework.row.gone"));
        int from = criterion.getPosition();
        if (!entity.moveCriterion(key, Integer.signum(step))) {
            return toDraft(entity);
        }
        return changed(entity, user, FrameworkHistoryEntry.Kind.MOVED, "criteria." + criterion.getCode(), String.valueOf(from),
                String.valueOf(criterion.getPosition()));
    }

    /**
     * Publishes the draft as saved at {@code baseVersion}: an immutable version with the next number, today's
     * date and the publisher's name. The draft continues from it. Refused when someone changed the draft since,
     * when it breaks a rule, or when it holds exactly what the newest version holds.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public FrameworkVersion publish(long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        FrameworkDraftEntity entity = lockDraft();
        FrameworkDraft draft = toDraft(entity);
        if (entity.getVersion() != baseVersion) {
            throw new FrameworkDraftConflictException(draft);
        }
        FrameworkDraft clean = validate(draft);
        List<GateCriterion> gates = clean.gates().stream().map(g -> new GateCriterion(g.code(), g.name(), g.description())).toList();
        List<ScoredCriterion> criteria = clean.criteria().stream().map(c -> new ScoredCriterion(c.code(), c.name(),
                c.description(), new ScoreScale(scaleValues(c)), required(c.weight()), java.util.Objects.requireNonNull(c.part())))
                .toList();
        WsjfBoosts boosts = new WsjfBoosts(required(clean.legalObligationBoost()), required(clean.perDependentBoost()));
        Optional<FrameworkVersion> newest = current();
        if (newest.isPresent() && newest.get().gates().equals(gates) && sameCriteria(newest.get().criteria(), criteria)
                && same(newest.get().boosts(), boosts)) {
            throw new DomainException("framework.publish.unchanged", newest.get().number());
        }
        int number = versions.maxNumber() + 1;
        Instant now = now();
        FrameworkVersionEntity published = versions.saveAndFlush(new FrameworkVersionEntity(number,
                LocalDate.ofInstant(now, TABLE_ZONE), now, user.displayName(), gates, criteria, boosts));
        entity.setBasedOnNumber(number);
        entity.touch(now, user.displayName());
        drafts.saveAndFlush(entity);
        record(user, now, FrameworkHistoryEntry.Kind.PUBLISHED, null, null, String.valueOf(number));
        return published.toVersion();
    }

    // ---------------------------------------------------------------- rules

    /**
     * Every rule of the draft, checked in the order users see the fields; the first problem is thrown with the
     * field it concerns. Returns the draft with trimmed texts and the scales written as "1, 2, 3".
     */
    static FrameworkDraft validate(FrameworkDraft draft) {
        List<DomainException> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        return new FrameworkDraft(draft.version(), draft.basedOnNumber(), plain(draft.legalObligationBoost()),
                plain(draft.perDependentBoost()),
                draft.gates().stream().map(g -> new FrameworkDraft.Gate(g.key(), g.code().strip(), g.name().strip(),
                        g.description().strip())).toList(),
                draft.criteria().stream().map(c -> new FrameworkDraft.Criterion(c.key(), c.code().strip(), c.name().strip(),
                        c.description().strip(), scaleText(scaleValues(c)), plain(c.weight()), c.part())).toList(),
                draft.updatedBy(), draft.updatedAt());
    }

    static List<DomainException> problems(FrameworkDraft draft) {
        List<DomainException> problems = new ArrayList<>();
        boost(problems, "legalObligationBoost", draft.legalObligationBoost());
        boost(problems, "perDependentBoost", draft.perDependentBoost());
        Set<String> codes = new HashSet<>();
        for (FrameworkDraft.Gate gate : draft.gates()) {
            String prefix = "gates." + gate.key() + ".";
            code(problems, prefix + "code", gate.code(), codes);
            text(problems, prefix + "name", gate.name(), FrameworkDraft.NAME_MAX, true);
            text(problems, prefix + "description", gate.description(), FrameworkDraft.DESCRIPTION_MAX, false);
        }
        if (draft.criteria().isEmpty()) {
            problems.add(new DomainException("criteria", "framework.criteria.none"));
        }
        for (FrameworkDraft.Criterion criterion : draft.criteria()) {
            String prefix = "criteria." + criterion.key() + ".";
            code(problems, prefix + "code", criterion.code(), codes);
            text(problems, prefix + "name", criterion.name(), FrameworkDraft.NAME_MAX, true);
            text(problems, prefix + "description", criterion.description(), FrameworkDraft.DESCRIPTION_MAX, false);
            scale(problems, prefix + "scale", criterion.scale());
            weight(problems, prefix + "weight", criterion.weight());
            if (criterion.part() == null) {
                problems.add(new DomainException(prefix + "part", "validation.required"));
            }
        }
        if (problems.isEmpty()) {
            weighting(problems, draft.criteria());
        }
        return problems;
    }

    /** The weights must leave something to rank by: not all zero, and both a cost of delay and a job size to divide by. */
    private static void weighting(List<DomainException> problems, List<FrameworkDraft.Criterion> criteria) {
        String firstWeight = "criteria." + criteria.getFirst().key() + ".weight";
        if (criteria.stream().allMatch(c -> required(c.weight()).signum() == 0)) {
            problems.add(new DomainException(firstWeight, "framework.weight.allZero"));
            return;
        }
        if (criteria.stream().noneMatch(c -> c.part() != null && c.part().costOfDelay() && required(c.weight()).signum() > 0)) {
            problems.add(new DomainException(firstWeight, "framework.weight.noCostOfDelay"));
        }
        if (criteria.stream().noneMatch(c -> c.part() == WsjfPart.JOB_SIZE && required(c.weight()).signum() > 0)) {
            problems.add(new DomainException(firstWeight, "framework.weight.noJobSize"));
        }
    }

    private static void code(List<DomainException> problems, String field, String code, Set<String> seen) {
        String clean = code.strip();
        if (clean.isEmpty()) {
            problems.add(new DomainException(field, "validation.required"));
        } else if (clean.length() > FrameworkDraft.CODE_MAX) {
            problems.add(new DomainException(field, "validation.tooLong", FrameworkDraft.CODE_MAX));
        } else if (!CODE.matcher(clean).matches()) {
            problems.add(new DomainException(field, "framework.code.format"));
        } else if (!seen.add(clean.toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new DomainException(field, "framework.code.duplicate", clean));
        }
    }

    private static void text(List<DomainException> problems, String field, String text, int max, boolean required) {
        String clean = text.strip();
        if (required && clean.isEmpty()) {
            problems.add(new DomainException(field, "validation.required"));
        } else if (clean.length() > max) {
            problems.add(new DomainException(field, "validation.tooLong", max));
        } else {
            ControlCharacters.check(field, text).ifPresent(problems::add);
        }
    }

    private static void scale(List<DomainException> problems, String field, String scale) {
        String clean = scale.strip();
        if (clean.isEmpty()) {
            problems.add(new DomainException(field, "framework.scale.empty"));
            return;
        }
        List<Integer> values = new ArrayList<>();
        for (String part : SCALE_SEPARATORS.split(clean)) {
            if (!part.matches("\\d{1,4}") || Integer.parseInt(part) > SCALE_VALUE_MAX) {
                problems.add(new DomainException(field, "framework.scale.format", SCALE_VALUE_MAX));
                return;
            }
            values.add(Integer.parseInt(part));
        }
        if (values.size() < 2) {
            problems.add(new DomainException(field, "framework.scale.tooFew"));
        } else if (values.size() > SCALE_SIZE_MAX) {
            problems.add(new DomainException(field, "framework.scale.tooMany", SCALE_SIZE_MAX));
        } else {
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i) <= values.get(i - 1)) {
                    problems.add(new DomainException(field, "framework.scale.ascending", values.get(i - 1), values.get(i)));
                    return;
                }
            }
        }
    }

    private static void weight(List<DomainException> problems, String field, @Nullable BigDecimal weight) {
        if (weight == null) {
            problems.add(new DomainException(field, "validation.required"));
        } else if (weight.signum() < 0) {
            problems.add(new DomainException(field, "framework.weight.negative"));
        } else if (weight.compareTo(FrameworkDraft.WEIGHT_MAX) > 0) {
            problems.add(new DomainException(field, "framework.weight.tooHigh", FrameworkDraft.WEIGHT_MAX));
        } else if (weight.stripTrailingZeros().scale() > 2) {
            problems.add(new DomainException(field, "framework.decimals"));
        }
    }

    private static void boost(List<DomainException> problems, String field, @Nullable BigDecimal boost) {
        if (boost == null) {
            problems.add(new DomainException(field, "validation.required"));
        } else if (boost.signum() < 0) {
            problems.add(new DomainException(field, "framework.boost.negative"));
        } else if (boost.compareTo(FrameworkDraft.BOOST_MAX) > 0) {
            problems.add(new DomainException(field, "framework.boost.tooHigh", FrameworkDraft.BOOST_MAX));
        } else if (boost.stripTrailingZeros().scale() > 2) {
            problems.add(new DomainException(field, "framework.decimals"));
        }
    }

    /** The values of a scale that passed {@link #scale}. */
    static List<Integer> scaleValues(FrameworkDraft.Criterion criterion) {
        return SCALE_SEPARATORS.splitAsStream(criterion.scale().strip()).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    static String scaleText(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- helpers

    private FrameworkDraftEntity lockDraft() {
        return drafts.lockTheDraft().orElseThrow();
    }

    private FrameworkDraft changed(FrameworkDraftEntity entity, AuthenticatedUser user, FrameworkHistoryEntry.Kind kind,
                                   String field, @Nullable String oldValue, @Nullable String newValue) {
        Instant now = now();
        entity.touch(now, user.displayName());
        FrameworkDraftEntity saved = drafts.saveAndFlush(entity);
        record(user, now, kind, field, oldValue, newValue);
        return toDraft(saved);
    }

    /** The history lines of a save: the boosts, then per row that is still there each changed field, named by the row's code. */
    private static List<FieldChange> changes(FrameworkDraft before, FrameworkDraft after) {
        List<FieldChange> changes = new ArrayList<>(FrameworkDraftFields.DRAFT.changes(before, after));
        for (int i = 0; i < before.gates().size(); i++) {
            String code = before.gates().get(i).code();
            for (FieldChange c : FrameworkDraftFields.GATE.changes(before.gates().get(i), after.gates().get(i))) {
                changes.add(new FieldChange("gates." + code + "." + c.field(), c.oldValue(), c.newValue()));
            }
        }
        for (int i = 0; i < before.criteria().size(); i++) {
            String code = before.criteria().get(i).code();
            for (FieldChange c : FrameworkDraftFields.CRITERION.changes(before.criteria().get(i), after.criteria().get(i))) {
                changes.add(new FieldChange("criteria." + code + "." + c.field(), c.oldValue(), c.newValue()));
            }
        }
        return changes;
    }

    private static String freeCode(FrameworkDraftEntity entity, String base) {
        Set<String> taken = new HashSet<>();
        entity.getGates().forEach(g -> taken.add(g.getCode()));
        entity.getCriteria().forEach(c -> taken.add(c.getCode()));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static boolean sameCriteria(List<ScoredCriterion> a, List<ScoredCriterion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ScoredCriterion x = a.get(i);
            ScoredCriterion y = b.get(i);
            if (!x.code().equals(y.code()) || !x.name().equals(y.name()) || !x.description().equals(y.description())
                    || !x.scale().equals(y.scale()) || x.weight().compareTo(y.weight()) != 0 || x.part() != y.part()) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(WsjfBoosts a, WsjfBoosts b) {
        return a.legalObligation().compareTo(b.legalObligation()) == 0
                && a.perDependentBouwsteen().compareTo(b.perDependentBouwsteen()) == 0;
    }

    /** "1.50" as 1.5 and "1.0" as 1, so a number typed differently does not count as a change. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal required(@Nullable BigDecimal value) {
        return java.util.Objects.requireNonNull(value);
    }

    private void record(AuthenticatedUser user, Instant at, FrameworkHistoryEntry.Kind kind, @Nullable String field,
                        @Nullable String oldValue, @Nullable String newValue) {
        history.save(new FrameworkHistoryEntity(at, user.username(), user.displayName(), kind, field, oldValue, newValue));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static FrameworkDraft toDraft(FrameworkDraftEntity e) {
        return new FrameworkDraft(e.getVersion(), e.getBasedOnNumber(), e.getLegalObligationBoost(), e.getPerDependentBoost(),
                e.getGates().stream().map(g -> new FrameworkDraft.Gate(g.getId(), g.getCode(), g.getName(), g.getDescription()))
                        .toList(),
                e.getCriteria().stream().map(c -> new FrameworkDraft.Criterion(c.getId(), c.getCode(), c.getName(),
                        c.getDescription(), scaleText(FrameworkScale.read(c.getScaleValues()).values()), c.getWeight(),
                        c.getWsjfPart())).toList(),
                e.getUpdatedBy(), e.getUpdatedAt());
    }
}
