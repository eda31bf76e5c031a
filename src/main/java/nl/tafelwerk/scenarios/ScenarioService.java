package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.scenarios.internal.PreferenceEntity;
import nl.tafelwerk.scenarios.internal.PreferenceRepository;
import nl.tafelwerk.scenarios.internal.ScenarioEntity;
import nl.tafelwerk.scenarios.internal.ScenarioHistoryEntity;
import nl.tafelwerk.scenarios.internal.ScenarioHistoryRepository;
import nl.tafelwerk.scenarios.internal.ScenarioRepository;
import nl.tafelwerk.scenarios.internal.TableRiskEntity;
import nl.tafelwerk.scenarios.internal.TableRiskRepository;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios of vraagstukken. Everyone logged in reads. Members draft and edit the scenarios of
 * vraagstukken their sector submitted or is affected by; the programme office and the chair edit all;
 * only the chair marks the preferred scenario; a member records their own sector's preference.
 * Co-edited fields are saved against the version the user loaded (stale = refused with the current
 * values); a line is saved against the line as the user saw it, so two people adding lines both
 * succeed but a line changed by someone else is never overwritten.
 */
@Service
public class ScenarioService {

    static final String EDITORS = "hasAnyRole('MEMBER', 'SECRETARIAT', 'CHAIR')";
    private static final Pattern GENERATED = Pattern.compile("SC-(\\d{1,8})");
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;
    static final BigDecimal RATE_MAX = new BigDecimal("100");

    /** The line lists of a scenario, for history and refusals. */
    public enum Part {
        PLAN, MILESTONES, MONEY, FTE, RISKS;

        public String messageKey() {
            return "scenario.part." + name();
        }
    }

    private final ScenarioRepository scenarios;
    private final ScenarioHistoryRepository history;
    private final PreferenceRepository preferences;
    private final TableRiskRepository tableRisks;
    private final VraagstukService vraagstukken;
    private final BouwsteenService bouwstenen;
    private final SectorService sectors;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    ScenarioService(ScenarioRepository scenarios, ScenarioHistoryRepository history, PreferenceRepository preferences,
                    TableRiskRepository tableRisks, VraagstukService vraagstukken, BouwsteenService bouwstenen,
                    SectorService sectors, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.history = history;
        this.preferences = preferences;
        this.tableRisks = tableRisks;
        this.vraagstukken = vraagstukken;
        this.bouwstenen = bouwstenen;
        this.sectors = sectors;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public long count() {
        return scenarios.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Scenario> all() {
        return scenarios.findAllByOrderByVraagstukCodeAscCodeAsc().stream().map(ScenarioEntity::toScenario).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Scenario> ofVraagstuk(String vraagstukCode) {
        return scenarios.findByVraagstukCodeOrderByCodeAsc(vraagstukCode).stream().map(ScenarioEntity::toScenario).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Scenario> find(String code) {
        return scenarios.findByCode(code).map(ScenarioEntity::toScenario);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ScenarioHistoryEntry> history(String code) {
        return history.findTop200ByScenarioIdOrderByAtDescIdDesc(Objects.requireNonNull(load(code).getId())).stream()
                .map(ScenarioHistoryEntity::toEntry).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TableRisk> tableRisks() {
        return tableRisks.findAllByOrderByIdAsc().stream().map(TableRiskEntity::toRisk).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Preference> preferences(String vraagstukCode) {
        return preferences.findByVraagstukCodeOrderByPartyAsc(vraagstukCode).stream().map(PreferenceEntity::toPreference).toList();
    }

    /** The vraagstukken a scenario can belong to, in the agenda's order. */
    @PreAuthorize("isAuthenticated()")
    public List<Vraagstuk> vraagstukken() {
        return vraagstukken.exportDetails(nl.tafelwerk.agenda.VraagstukFilter.ALL, List.of());
    }

    @PreAuthorize("isAuthenticated()")
    public List<BouwsteenListItem> bouwsteenCatalogue() {
        return bouwstenen.all();
    }

    @PreAuthorize("isAuthenticated()")
    public List<SectorView> sectorList() {
        return sectors.all();
    }

    /** The scenario with its timeline, money and warnings, on the catalogue as it is now. */
    @PreAuthorize("isAuthenticated()")
    public ScenarioAnalysis analyse(Scenario scenario) {
        return analyse(List.of(scenario)).getFirst();
    }

    /** Two to four scenarios of one vraagstuk side by side, with its preferences. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(List<String> codes) {
        if (codes.size() < Comparison.MIN || codes.size() > Comparison.MAX) {
            throw new DomainException("scenarios", "scenario.compare.count", Comparison.MIN, Comparison.MAX);
        }
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw new DomainException("scenarios", "scenario.compare.self");
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String code : codes) {
            chosen.add(find(code).orElseThrow(() -> new DomainException("scenarios", "scenario.unknown", code)));
        }
        String vraagstuk = chosen.getFirst().vraagstukCode();
        if (chosen.stream().anyMatch(s -> !s.vraagstukCode().equals(vraagstuk))) {
            throw new DomainException("scenarios", "scenario.compare.oneVraagstuk");
        }
        return Comparison.of(analyse(chosen), preferences(vraagstuk));
    }

    private List<ScenarioAnalysis> analyse(List<Scenario> list) {
        Map<String, Set<String>> needs = bouwstenen.needsMap();
        Map<String, Integer> leadTimes = new HashMap<>();
        Set<String> known = new java.util.HashSet<>();
        for (BouwsteenListItem b : bouwstenen.all()) {
            known.add(b.code());
            if (b.leadTimeWeeks() != null) {
                leadTimes.put(b.code(), b.leadTimeWeeks());
            }
        }
        return list.stream().map(s -> ScenarioAnalysis.of(s, needs, leadTimes, known)).toList();
    }

    // ---------------------------------------------------------------- what the caller may do (the UI hides; the mutations check)

    public boolean mayCreate(String vraagstukCode) {
        return currentUser.get().map(u -> mayEdit(u, vraagstukCode)).orElse(false);
    }

    public boolean mayEdit(Scenario scenario) {
        return mayCreate(scenario.vraagstukCode());
    }

    public boolean mayMarkPreferred() {
        return currentUser.get().map(u -> u.role() == Role.CHAIR).orElse(false);
    }

    /** The sector whose preference this user records, or empty. */
    public Optional<String> preferenceSector() {
        return currentUser.get().filter(u -> u.role() == Role.MEMBER).map(AuthenticatedUser::sectorCode);
    }

    private boolean mayEdit(AuthenticatedUser user, String vraagstukCode) {
        return switch (user.role()) {
            case CHAIR, SECRETARIAT -> true;
            case MEMBER -> user.sectorCode() != null && vraagstukken.find(vraagstukCode)
                    .map(v -> involved(v, user.sectorCode())).orElse(false);
            default -> false;
        };
    }

    private static boolean involved(Vraagstuk v, String sector) {
        return sector.equals(v.submittedBySector()) || v.affectedSectors().contains(sector)
                || v.affectedSectors().contains(AllSectors.CODE);
    }

    private AuthenticatedUser requireEditor(String vraagstukCode) {
        AuthenticatedUser user = currentUser.require();
        if (!mayEdit(user, vraagstukCode)) {
            throw new AccessDeniedException(user.username() + " may not edit scenarios of " + vraagstukCode);
        }
        return user;
    }

    // ---------------------------------------------------------------- changing

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario create(String vraagstukCode, ScenarioDraft draft) {
        if (vraagstukken.find(vraagstukCode).isEmpty()) {
            throw new DomainException("vraagstuk", "scenario.vraagstuk.unknown", vraagstukCode);
        }
        AuthenticatedUser user = requireEditor(vraagstukCode);
        ScenarioDraft clean = validate(draft);
        ScenarioEntity entity = new ScenarioEntity(nextCode(), vraagstukCode, null, user.username());
        entity.apply(clean, rate(clean.discountRate()));
        entity.setLines(List.of(), List.of(), List.of(), List.of(), List.of());
        Instant now = now();
        entity.touch(now, user.displayName());
        ScenarioEntity saved = scenarios.saveAndFlush(entity);
        record(saved, user, now, "created", null, saved.getCode() + " · " + clean.name());
        return saved.toScenario();
    }

    /** A copy of {@code code} (all its fields and lines) as the start of a variant; the variant names its origin. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario copyAsVariant(String code, String name) {
        Scenario origin = load(code).toScenario();
        AuthenticatedUser user = requireEditor(origin.vraagstukCode());
        ScenarioDraft clean = validate(origin.toDraft().withName(name));
        ScenarioEntity entity = new ScenarioEntity(nextCode(), origin.vraagstukCode(), origin.code(), user.username());
        entity.apply(clean, origin.discountRate());
        entity.setLines(origin.plan(), origin.milestones(), origin.money(), origin.fte(), origin.risks());
        Instant now = now();
        entity.touch(now, user.displayName());
        ScenarioEntity saved = scenarios.saveAndFlush(entity);
        record(saved, user, now, "created", origin.code(), saved.getCode() + " · " + clean.name());
        return saved.toScenario();
    }

    /** Saves the co-edited fields, if nobody saved since {@code draft.baseVersion()}. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario update(String code, ScenarioDraft draft) {
        ScenarioEntity entity = load(code);
        AuthenticatedUser user = requireEditor(entity.getVraagstukCode());
        ScenarioDraft clean = validate(draft);
        BigDecimal rate = rate(clean.discountRate());
        if (entity.getVersion() != draft.baseVersion()) {
            throw new ScenarioConflictException(entity.toScenario());
        }
        Scenario before = entity.toScenario();
        linesWithinYears(before, Objects.requireNonNull(clean.firstYear()), Objects.requireNonNull(clean.lastYear()));
        List<FieldChange> changes = ScenarioFields.CATALOGUE.changes(before.toDraft(), clean.withDiscountRate(ScenarioDraft.rateText(rate)));
        if (changes.isEmpty()) {
            return before;
        }
        entity.apply(clean, rate);
        Instant now = now();
        entity.touch(now, user.displayName());
        ScenarioEntity saved = flush(entity);
        for (FieldChange change : changes) {
            record(saved, user, now, change.field(), change.oldValue(), change.newValue());
        }
        return saved.toScenario();
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario savePlanned(String code, @Nullable PlannedBouwsteen seen, PlannedBouwsteen line) {
        Scenario s = loadForEdit(code);
        Set<String> known = bouwstenen.all().stream().map(BouwsteenListItem::code).collect(Collectors.toSet());
        String bouwsteen = line.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (bouwsteen.isEmpty()) {
            throw new DomainException("code", "validation.required");
        }
        if (!known.contains(bouwsteen)) {
            throw new DomainException("code", "scenario.bouwsteen.unknown", bouwsteen);
        }
        if (s.plan().stream().anyMatch(p -> p.code().equals(bouwsteen) && !p.id().equals(line.id()))) {
            throw new DomainException("code", "scenario.bouwsteen.duplicate", bouwsteen);
        }
        inYears(s, "start", line.start().year());
        PlannedBouwsteen clean = new PlannedBouwsteen(idOf(line.id()), bouwsteen, line.phase(), line.start());
        return saveLine(s, Part.PLAN, s.plan(), PlannedBouwsteen::id, seen, clean, ScenarioService::describe,
                list -> lines(s, list, s.milestones(), s.money(), s.fte(), s.risks()));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario saveMilestone(String code, @Nullable Milestone seen, Milestone line) {
        Scenario s = loadForEdit(code);
        String name = required("name", line.name(), Scenario.NAME_MAX);
        inYears(s, "planned", line.planned().year());
        if (line.baseline() != null) {
            inYears(s, "baseline", line.baseline().year());
        }
        String bouwsteen = blankToNull(line.bouwsteen());
        if (bouwsteen != null && s.plan().stream().noneMatch(p -> p.code().equals(bouwsteen))) {
            throw new DomainException("bouwsteen", "scenario.milestone.bouwsteenNotPlanned", bouwsteen);
        }
        Milestone clean = new Milestone(idOf(line.id()), name, line.planned(), line.baseline(), bouwsteen, line.critical());
        return saveLine(s, Part.MILESTONES, s.milestones(), Milestone::id, seen, clean, ScenarioService::describe,
                list -> lines(s, s.plan(), list, s.money(), s.fte(), s.risks()));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario saveMoney(String code, @Nullable MoneyLine seen, MoneyLine line) {
        Scenario s = loadForEdit(code);
        inYears(s, "year", line.year());
        String party = required("party", line.party(), Scenario.PARTY_MAX);
        BigDecimal amount = amount("amount", line.amount(), Scenario.AMOUNT_MAX);
        String description = optional("description", line.description(), 500);
        MoneyLine clean = new MoneyLine(idOf(line.id()), line.year(), party, line.flow(), line.category(), line.recurrence(),
                amount, description);
        return saveLine(s, Part.MONEY, s.money(), MoneyLine::id, seen, clean, ScenarioService::describe,
                list -> lines(s, s.plan(), s.milestones(), list, s.fte(), s.risks()));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario saveFte(String code, @Nullable FteLine seen, FteLine line) {
        Scenario s = loadForEdit(code);
        inYears(s, "year", line.year());
        String party = required("party", line.party(), Scenario.PARTY_MAX);
        if (line.fte().signum() < 0) {
            throw new DomainException("fte", "scenario.fte.negative");
        }
        BigDecimal fte = amount("fte", line.fte(), Scenario.FTE_MAX);
        FteLine clean = new FteLine(idOf(line.id()), line.year(), party, line.kind(), fte);
        return saveLine(s, Part.FTE, s.fte(), FteLine::id, seen, clean, ScenarioService::describe,
                list -> lines(s, s.plan(), s.milestones(), s.money(), list, s.risks()));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario saveRisk(String code, @Nullable ScenarioRisk seen, ScenarioRisk line) {
        Scenario s = loadForEdit(code);
        String risk = required("risk", line.risk(), 1000);
        String kans = scale("kans", line.kansWritten());
        String impact = scale("impact", line.impactWritten());
        String prio = blankToNull(line.prioWritten());
        if (prio != null && RiskLevel.parse(prio).isEmpty()) {
            throw new DomainException("prioWritten", "scenario.risk.scale", prio);
        }
        String nr = optional("nr", line.nr(), 20);
        ScenarioRisk clean = new ScenarioRisk(idOf(line.id()), nr.isEmpty() ? nextRiskNr(s) : nr, risk, kans, impact, prio,
                optional("mitigation", line.mitigation(), 2000), optional("owner", line.owner(), 200),
                optional("escalation", line.escalation(), 200), blankToNull(line.fromTable()));
        return saveLine(s, Part.RISKS, s.risks(), ScenarioRisk::id, seen, clean, ScenarioService::describe,
                list -> lines(s, s.plan(), s.milestones(), s.money(), s.fte(), list));
    }

    /** Removes a line, unless someone changed it since {@code seen} (then refused, naming both). */
    @Transactional
    @PreAuthorize(EDITORS)
    public Scenario removeLine(String code, Part part, Object seen) {
        Scenario s = loadForEdit(code);
        return switch (part) {
            case PLAN -> removeLine(s, part, s.plan(), PlannedBouwsteen::id, (PlannedBouwsteen) seen, ScenarioService::describe,
                    list -> lines(s, list, s.milestones(), s.money(), s.fte(), s.risks()));
            case MILESTONES -> removeLine(s, part, s.milestones(), Milestone::id, (Milestone) seen, ScenarioService::describe,
                    list -> lines(s, s.plan(), list, s.money(), s.fte(), s.risks()));
            case MONEY -> removeLine(s, part, s.money(), MoneyLine::id, (MoneyLine) seen, ScenarioService::describe,
                    list -> lines(s, s.plan(), s.milestones(), list, s.fte(), s.risks()));
            case FTE -> removeLine(s, part, s.fte(), FteLine::id, (FteLine) seen, ScenarioService::describe,
                    list -> lines(s, s.plan(), s.milestones(), s.money(), list, s.risks()));
            case RISKS -> removeLine(s, part, s.risks(), ScenarioRisk::id, (ScenarioRisk) seen, ScenarioService::describe,
                    list -> lines(s, s.plan(), s.milestones(), s.money(), s.fte(), list));
        };
    }

    /** The chair marks the preferred scenario of its vraagstuk, with a rationale. */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public Preference markPreferred(String scenarioCode, String rationale) {
        AuthenticatedUser user = currentUser.require();
        return prefer(user, Preference.CHAIR, scenarioCode, rationale);
    }

    /** A member records their own sector's preferred scenario of its vraagstuk, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public Preference recordSectorPreference(String sector, String scenarioCode, String reason) {
        AuthenticatedUser user = currentUser.require();
        if (user.sectorCode() == null || !user.sectorCode().equals(sector)) {
            throw new AccessDeniedException(user.username() + " records only the preference of " + user.sectorCode());
        }
        return prefer(user, sector, scenarioCode, reason);
    }

    private Preference prefer(AuthenticatedUser user, String party, String scenarioCode, String rationale) {
        ScenarioEntity scenario = scenarios.findByCode(scenarioCode)
                .orElseThrow(() -> new DomainException("scenario", "scenario.unknown", scenarioCode));
        String why = required("rationale", rationale, Preference.RATIONALE_MAX);
        PreferenceEntity entity = preferences.findByVraagstukCodeAndParty(scenario.getVraagstukCode(), party)
                .orElseGet(() -> new PreferenceEntity(scenario.getVraagstukCode(), party));
        entity.record(scenarioCode, why, user.displayName(), now());
        return preferences.saveAndFlush(entity).toPreference();
    }

    // ---------------------------------------------------------------- lines

    private <T> Scenario saveLine(Scenario s, Part part, List<T> current, Function<T, String> id, @Nullable T seen, T line,
                                  Function<T, String> text, Function<List<T>, ScenarioEntity> store) {
        List<T> updated = new ArrayList<>(current);
        String lineId = id.apply(line);
        int index = indexOf(current, id, lineId);
        if (seen == null) {
            if (index >= 0) {
                throw new DomainException(null, "scenario.line.exists");
            }
            if (current.size() >= Scenario.MAX_LINES) {
                throw new DomainException(null, "scenario.line.tooMany", Scenario.MAX_LINES);
            }
            updated.add(line);
        } else {
            if (index < 0) {
                throw new DomainException(null, "scenario.line.removed", text.apply(seen));
            }
            if (!current.get(index).equals(seen)) {
                throw new DomainException(null, "scenario.line.changed", text.apply(current.get(index)), text.apply(line));
            }
            if (current.get(index).equals(line)) {
                return s;
            }
            updated.set(index, line);
        }
        ScenarioEntity saved = touchAndFlush(store.apply(updated));
        AuthenticatedUser user = currentUser.require();
        record(saved, user, now(), part.name(), seen == null ? null : text.apply(seen), text.apply(line));
        return saved.toScenario();
    }

    private <T> Scenario removeLine(Scenario s, Part part, List<T> current, Function<T, String> id, T seen,
                                    Function<T, String> text, Function<List<T>, ScenarioEntity> store) {
        int index = indexOf(current, id, id.apply(seen));
        if (index < 0) {
            return s;
        }
        if (!current.get(index).equals(seen)) {
            throw new DomainException(null, "scenario.line.changed", text.apply(current.get(index)), text.apply(seen));
        }
        List<T> updated = new ArrayList<>(current);
        updated.remove(index);
        if (part == Part.PLAN) {
            String code = ((PlannedBouwsteen) seen).code();
            s.milestones().stream().filter(m -> code.equals(m.bouwsteen())).findFirst().ifPresent(m -> {
                throw new DomainException(null, "scenario.bouwsteen.usedByMilestone", code, m.name());
            });
        }
        ScenarioEntity saved = touchAndFlush(store.apply(updated));
        record(saved, currentUser.require(), now(), part.name(), text.apply(seen), null);
        return saved.toScenario();
    }

    private static <T> int indexOf(List<T> lines, Function<T, String> id, String wanted) {
        for (int i = 0; i < lines.size(); i++) {
            if (id.apply(lines.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private ScenarioEntity lines(Scenario s, List<PlannedBouwsteen> plan, List<Milestone> milestones, List<MoneyLine> money,
                                 List<FteLine> fte, List<ScenarioRisk> risks) {
        ScenarioEntity entity = load(s.code());
        entity.setLines(plan, milestones, money, fte, risks);
        return entity;
    }

    private ScenarioEntity touchAndFlush(ScenarioEntity entity) {
        entity.touch(now(), currentUser.require().displayName());
        return flush(entity);
    }

    private Scenario loadForEdit(String code) {
        ScenarioEntity entity = load(code);
        requireEditor(entity.getVraagstukCode());
        return entity.toScenario();
    }

    static String describe(PlannedBouwsteen p) {
        return p.code() + " vanaf " + p.start() + (p.phase() == null ? "" : " (" + p.phase().name() + ")");
    }

    static String describe(Milestone m) {
        return m.name() + " " + m.planned() + (m.baseline() == null ? "" : " (basis " + m.baseline() + ")");
    }

    static String describe(MoneyLine m) {
        return m.year() + " " + m.party() + " " + m.flow().name() + " " + m.category().name() + " " + m.recurrence().name()
                + " " + Euros.format(m.amount());
    }

    static String describe(FteLine f) {
        return f.year() + " " + f.party() + " " + f.kind().name() + " " + f.fte().toPlainString().replace('.', ',') + " fte";
    }

    static String describe(ScenarioRisk r) {
        return r.nr() + " " + r.risk() + " (kans " + r.kansWritten() + ", impact " + r.impactWritten() + ")";
    }

    // ---------------------------------------------------------------- checks

    /** Every co-edited field checked; the first problem is thrown with its field's name. */
    ScenarioDraft validate(ScenarioDraft d) {
        String name = required("name", d.name(), Scenario.NAME_MAX);
        String summary = optional("summary", d.summary(), Scenario.TEXT_MAX);
        String assumptions = optional("assumptions", d.assumptions(), Scenario.TEXT_MAX);
        String delivered = optional("delivered", d.delivered(), Scenario.TEXT_MAX);
        String effects = optional("effects", d.effects(), Scenario.TEXT_MAX);
        String inhoud = optional("inhoudNarrative", d.inhoudNarrative(), Scenario.TEXT_MAX);
        String tijd = optional("tijdNarrative", d.tijdNarrative(), Scenario.TEXT_MAX);
        String geld = optional("geldNarrative", d.geldNarrative(), Scenario.TEXT_MAX);
        String risico = optional("risicoNarrative", d.risicoNarrative(), Scenario.TEXT_MAX);
        Set<String> known = sectors.all().stream().map(SectorView::code).collect(Collectors.toSet());
        if (AllSectors.mixedWithSectors(d.forSectors())) {
            throw new DomainException("forSectors", "sector.all.mixed");
        }
        for (String sector : new java.util.TreeSet<>(d.forSectors())) {
            if (!known.contains(sector) && !AllSectors.CODE.equals(sector)) {
                throw new DomainException("forSectors", "scenario.sector.unknown", sector);
            }
        }
        Integer first = d.firstYear();
        Integer last = d.lastYear();
        if (first == null) {
            throw new DomainException("firstYear", "validation.required");
        }
        if (first < YEAR_MIN || first > YEAR_MAX) {
            throw new DomainException("firstYear", "scenario.year.absurd", YEAR_MIN, YEAR_MAX);
        }
        if (last == null) {
            throw new DomainException("lastYear", "validation.required");
        }
        if (last < first) {
            throw new DomainException("lastYear", "scenario.years.order", first);
        }
        if (last - first + 1 > Scenario.MAX_YEARS) {
            throw new DomainException("lastYear", "scenario.years.tooMany", Scenario.MAX_YEARS);
        }
        rate(d.discountRate());
        return new ScenarioDraft(name, summary, assumptions, delivered, d.forSectors(), effects, inhoud, tijd, geld, risico,
                first, last, d.discountRate().strip(), d.baseVersion());
    }

    static BigDecimal rate(String typed) {
        BigDecimal rate = Euros.parse(typed.replace("%", ""))
                .orElseThrow(() -> new DomainException("discountRate", "scenario.rate.notNumber", typed.strip()));
        if (rate.signum() < 0 || rate.compareTo(RATE_MAX) > 0 || rate.scale() > 4) {
            throw new DomainException("discountRate", "scenario.rate.range");
        }
        return rate;
    }

    private static void linesWithinYears(Scenario s, int first, int last) {
        List<Integer> years = new ArrayList<>();
        s.money().forEach(m -> years.add(m.year()));
        s.fte().forEach(f -> years.add(f.year()));
        s.plan().forEach(p -> years.add(p.start().year()));
        s.milestones().forEach(m -> years.add(m.planned().year()));
        for (int year : years) {
            if (year < first) {
                throw new DomainException("firstYear", "scenario.years.linesOutside", year);
            }
            if (year > last) {
                throw new DomainException("lastYear", "scenario.years.linesOutside", year);
            }
        }
    }

    private static void inYears(Scenario s, String field, int year) {
        if (year < s.firstYear() || year > s.lastYear()) {
            throw new DomainException(field, "scenario.year.outOfRange", year, s.firstYear(), s.lastYear());
        }
    }

    private static BigDecimal amount(String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new DomainException(field, "validation.required");
        }
        if (value.signum() < 0) {
            throw new DomainException(field, "scenario.amount.negative");
        }
        if (value.compareTo(max) >= 0) {
            throw new DomainException(field, "scenario.amount.absurd");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new DomainException(field, "scenario.amount.cents");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private static String scale(String field, @Nullable String written) {
        String value = written == null ? "" : written.strip();
        if (value.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        if (RiskLevel.parse(value).isEmpty()) {
            throw new DomainException(field, "scenario.risk.scale", value);
        }
        return value;
    }

    private static String required(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        return optional(field, text, max);
    }

    private static String optional(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        ControlCharacters.require(field, text);
        return text;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String idOf(@Nullable String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : id;
    }

    private static String nextRiskNr(Scenario s) {
        int max = 0;
        for (ScenarioRisk r : s.risks()) {
            Matcher m = Pattern.compile("R-(\\d{1,6})").matcher(r.nr());
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return "R-" + (max + 1);
    }

    // ---------------------------------------------------------------- helpers

    ScenarioEntity load(String code) {
        return scenarios.findByCode(code).orElseThrow(() -> new DomainException("code", "scenario.unknown", code));
    }

    private ScenarioEntity flush(ScenarioEntity entity) {
        try {
            return scenarios.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ScenarioConflictException(scenarios.findByCode(entity.getCode()).orElseThrow().toScenario());
        }
    }

    private String nextCode() {
        int max = 0;
        for (String code : scenarios.findAllCodes()) {
            Matcher m = GENERATED.matcher(code);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return String.format("SC-%02d", max + 1);
    }

    private void record(ScenarioEntity entity, AuthenticatedUser user, Instant at, String field, @Nullable String oldValue,
                        @Nullable String newValue) {
        history.save(new ScenarioHistoryEntity(Objects.requireNonNull(entity.getId()), at, user.username(), user.displayName(),
                field, oldValue, newValue));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
