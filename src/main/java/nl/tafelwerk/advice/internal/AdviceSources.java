package nl.tafelwerk.advice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.SourceKind;
import nl.tafelwerk.advice.SourceReference;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundItemKind;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.Ranking;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.meetings.Decision;
import nl.tafelwerk.meetings.DecisionOutcome;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.scenarios.Euros;
import nl.tafelwerk.scenarios.Preference;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioService;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What each section of an advice rests on, read from the sources now (DD041): the vraagstuk, its bouwstenen and their
 * dependency order, its scenarios and the preferences, the ranking of the latest revealed scoring round that holds it,
 * the meetings' decisions about it and the gremia. Gives per section the live references (with fingerprints) and a
 * Markdown starting text. Runs as the calling user, through the other features' public services.
 */
@Component
public class AdviceSources {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final int CELL_MAX = 240;

    private final BouwsteenService bouwstenen;
    private final ScenarioService scenarios;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final GremiumService gremia;
    private final SectorService sectors;

    AdviceSources(BouwsteenService bouwstenen, ScenarioService scenarios, RoundService rounds, MeetingService meetings,
                  GremiumService gremia, SectorService sectors) {
        this.bouwstenen = bouwstenen;
        this.scenarios = scenarios;
        this.rounds = rounds;
        this.meetings = meetings;
        this.gremia = gremia;
        this.sectors = sectors;
    }

    /** One row of the ranking the advice cites. */
    public record RankingRow(int position, String code, String title, double wsjf) {
    }

    /** The ranking of the latest revealed round that holds the vraagstuk. */
    public record RoundRanking(long roundId, String title, @Nullable LocalDate revealedOn, List<RankingRow> rows,
                               @Nullable RankingRow item) {
    }

    /** Everything the sections of one vraagstuk's advice rest on, read once. */
    public record Sources(Vraagstuk vraagstuk, Map<String, SectorView> sectors, List<BouwsteenListItem> bouwstenen,
                          Map<String, Set<String>> needs, List<ScenarioAnalysis> scenarios, List<Preference> preferences,
                          @Nullable RoundRanking ranking, List<Decision> decisions, @Nullable GremiumView gremium) {

        public String sectorName(String code) {
            SectorView s = sectors.get(code);
            return s == null ? code : s.name();
        }

        /** The sectors the vraagstuk concerns: its submitter first, then those affected ('alle' = the participating ones). */
        public List<String> involvedSectors() {
            Set<String> codes = new LinkedHashSet<>();
            if (vraagstuk.submittedBySector() != null) {
                codes.add(vraagstuk.submittedBySector());
            }
            for (String code : new TreeSet<>(vraagstuk.affectedSectors())) {
                if (AllSectors.is(code)) {
                    sectors.values().stream().filter(s -> s.participation() == Participation.DEELNEMEND)
                            .map(SectorView::code).sorted().forEach(codes::add);
                } else {
                    codes.add(code);
                }
            }
            return List.copyOf(codes);
        }
    }

    public Sources read(Vraagstuk v) {
        Map<String, SectorView> sectorsByCode = new LinkedHashMap<>();
        sectors.all().forEach(s -> sectorsByCode.put(s.code(), s));
        Set<String> codes = v.bouwstenen();
        List<BouwsteenListItem> linked = bouwstenen.all().stream().filter(b -> codes.contains(b.code()))
                .sorted(Comparator.comparing(BouwsteenListItem::code)).toList();
        List<ScenarioAnalysis> analyses = scenarios.ofVraagstuk(v.code()).stream().map(scenarios::analyse).toList();
        List<Decision> decisions = new ArrayList<>();
        for (Meeting m : meetings.all()) {
            meetings.decisions(m.id()).stream().filter(d -> v.code().equals(d.vraagstukCode())).forEach(decisions::add);
        }
        decisions.sort(Comparator.comparing(Decision::recordedAt).thenComparing(Decision::id));
        GremiumView gremium = v.gremiumCode() == null ? null
                : gremia.all().stream().filter(g -> g.code().equals(v.gremiumCode())).findFirst().orElse(null);
        return new Sources(v, sectorsByCode, linked, bouwstenen.needsMap(), analyses, scenarios.preferences(v.code()),
                ranking(v.code()), List.copyOf(decisions), gremium);
    }

    private @Nullable RoundRanking ranking(String vraagstukCode) {
        String key = RoundItem.key(RoundItemKind.VRAAGSTUK, vraagstukCode);
        Optional<ScoringRound> latest = rounds.all().stream()
                .filter(ScoringRound::revealed)
                .filter(r -> r.items().stream().anyMatch(i -> i.key().equals(key)))
                .max(Comparator.comparing((ScoringRound r) -> r.revealedAt() == null ? r.openedAt() : r.revealedAt())
                        .thenComparing(ScoringRound::id));
        if (latest.isEmpty()) {
            return null;
        }
        ScoringRound round = latest.get();
        Ranking ranking = rounds.analysis(round.id()).ranking();
        List<RankingRow> rows = new ArrayList<>();
        RankingRow item = null;
        for (RankedItem r : ranking.ranked()) {
            // The analysis names items by their round key ("V:VS-01") and label ("VS-01 · title").
            String itemKey = r.item().code();
            String code = itemKey.length() > 2 && itemKey.charAt(1) == ':' ? itemKey.substring(2) : itemKey;
            String title = r.item().title().startsWith(code + " · ") ? r.item().title().substring(code.length() + 3) : r.item().title();
            RankingRow row = new RankingRow(r.position(), code, title, r.wsjf());
            rows.add(row);
            if (itemKey.equals(key)) {
                item = row;
            }
        }
        return new RoundRanking(round.id(), round.title(),
                round.revealedAt() == null ? null : round.revealedAt().atZone(ZONE).toLocalDate(), rows, item);
    }

    // ---------------------------------------------------------------- references

    public Map<AdviceSection, List<SourceReference>> references(Sources s) {
        Map<AdviceSection, List<SourceReference>> all = new EnumMap<>(AdviceSection.class);
        for (AdviceSection section : AdviceSection.values()) {
            all.put(section, references(section, s));
        }
        return all;
    }

    public List<SourceReference> references(AdviceSection section, Sources s) {
        Vraagstuk v = s.vraagstuk();
        List<SourceReference> refs = new ArrayList<>();
        switch (section) {
            case VRAAG -> refs.add(vraagstuk(v, "de vraag en de aanleiding", v.title(), v.description(), v.rationale()));
            case ANALYSE -> {
                refs.add(vraagstuk(v, "type, bron, urgentie en indiener", v.type(), v.source(), v.urgency(),
                        v.submittedBySector()));
                if (s.ranking() != null) {
                    RoundRanking r = s.ranking();
                    refs.add(new SourceReference("rangorde", SourceKind.RANGORDE, "Rangorde · " + r.title(),
                            "scoringsrondes/" + r.roundId() + "/rangorde", rankingSummary(v.code(), r),
                            fingerprint(r.roundId(), r.item() == null ? "-" : r.item().position(),
                                    r.item() == null ? "-" : round(r.item().wsjf()), r.rows().size())));
                }
                s.decisions().forEach(d -> refs.add(decision(d)));
            }
            case BETROKKEN -> {
                refs.add(vraagstuk(v, "de betrokken sectoren en bouwstenen", new TreeSet<>(v.affectedSectors()),
                        v.submittedBySector(), new TreeSet<>(v.bouwstenen())));
                s.bouwstenen().forEach(b -> refs.add(bouwsteen(b)));
            }
            case AFHANKELIJKHEDEN -> {
                if (!v.bouwstenen().isEmpty()) {
                    refs.add(new SourceReference("afhankelijkheden", SourceKind.AFHANKELIJKHEDEN,
                            "Afhankelijkheden van " + String.join(", ", new TreeSet<>(v.bouwstenen())), "bouwstenen/graaf",
                            "De volgorde volgt uit de afhankelijkheden tussen de bouwstenen.", fingerprint(edges(s))));
                }
            }
            case SCENARIOS -> {
                for (ScenarioAnalysis a : s.scenarios()) {
                    Scenario sc = a.scenario();
                    refs.add(new SourceReference("scenario:" + sc.code(), SourceKind.SCENARIO, sc.label(), "scenarios/" + sc.code(),
                            "De vier bestuurlijke parameters van " + sc.code() + ".",
                            fingerprint(sc.name(), sc.summary(), sc.inhoudNarrative(), sc.tijdNarrative(), sc.geldNarrative(),
                                    sc.risicoNarrative(), a.money().totalCosts().stripTrailingZeros().toPlainString(),
                                    a.money().totalBenefits().stripTrailingZeros().toPlainString(), a.timeline().end())));
                }
                comparison(s).ifPresent(refs::add);
            }
            case VOORKEURSSCENARIO -> {
                if (!s.preferences().isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    s.preferences().forEach(p -> parts.add(p.party() + "=" + p.scenarioCode() + "=" + p.rationale()));
                    refs.add(new SourceReference("voorkeur", SourceKind.VOORKEUR, "Voorkeuren voor " + v.code(),
                            comparisonLink(s).orElse("scenarios"),
                            "Het voorkeursscenario van de voorzitter en de voorkeuren van de sectoren.", fingerprint(parts)));
                }
            }
            case GEVOLGEN -> {
                refs.add(vraagstuk(v, "de betrokken sectoren", new TreeSet<>(v.affectedSectors()), v.submittedBySector()));
                for (ScenarioAnalysis a : s.scenarios()) {
                    Scenario sc = a.scenario();
                    refs.add(new SourceReference("scenario:" + sc.code(), SourceKind.SCENARIO, sc.label(), "scenarios/" + sc.code(),
                            "De effecten van " + sc.code() + " per sector.", fingerprint(sc.effects(), new TreeSet<>(sc.forSectors()))));
                }
            }
            case MINDERHEIDSSTANDPUNTEN -> {
                // The positions per sector are the advice's own data; the generated part shows them.
            }
            case GREMIUM -> {
                refs.add(vraagstuk(v, "het gekozen gremium", v.gremiumCode()));
                if (s.gremium() != null) {
                    GremiumView g = s.gremium();
                    refs.add(new SourceReference("gremium:" + g.code(), SourceKind.GREMIUM, g.code() + " · " + g.name(),
                            "voorraadagenda/" + v.code(), "Het bestuurlijk gremium dat het advies ontvangt.",
                            fingerprint(g.name(), g.level(), g.decides(), g.description())));
                }
                s.decisions().stream().filter(d -> d.outcome() == DecisionOutcome.GREMIUM_KIEZEN).forEach(d -> refs.add(decision(d)));
            }
        }
        return List.copyOf(refs);
    }

    private static SourceReference vraagstuk(Vraagstuk v, String what, @Nullable Object... parts) {
        return new SourceReference("vraagstuk:" + v.code(), SourceKind.VRAAGSTUK, v.code() + " · " + v.title(),
                "voorraadagenda/" + v.code(), "Uit het vraagstuk: " + what + ".", fingerprint(parts));
    }

    private static SourceReference bouwsteen(BouwsteenListItem b) {
        return new SourceReference("bouwsteen:" + b.code(), SourceKind.BOUWSTEEN, b.code() + " · " + b.name(),
                "bouwstenen/" + b.code(), "Naam, fase en status van de bouwsteen.",
                fingerprint(b.name(), b.phase(), b.tableStatus(), b.sectors()));
    }

    private static SourceReference decision(Decision d) {
        String on = d.recordedAt().atZone(ZONE).toLocalDate().format(DATE);
        return new SourceReference("besluit:" + d.id(), SourceKind.BESLUIT, "Besluit van " + on, "vergaderingen/" + d.meetingId(),
                d.text(), fingerprint(d.text(), d.outcome()));
    }

    private Optional<SourceReference> comparison(Sources s) {
        return comparisonLink(s).map(link -> new SourceReference("vergelijking", SourceKind.VERGELIJKING,
                "Vergelijking " + s.scenarios().stream().limit(4).map(a -> a.scenario().code()).collect(Collectors.joining(", ")),
                link, "De scenario's naast elkaar.",
                fingerprint(s.scenarios().stream().limit(4).map(a -> a.scenario().code()).toList())));
    }

    private static Optional<String> comparisonLink(Sources s) {
        if (s.scenarios().size() < 2) {
            return s.scenarios().isEmpty() ? Optional.empty() : Optional.of("scenarios/" + s.scenarios().getFirst().scenario().code());
        }
        return Optional.of("scenarios/vergelijk?" + s.scenarios().stream().limit(4)
                .map(a -> "s=" + a.scenario().code()).collect(Collectors.joining("&")));
    }

    /** The dependencies among the vraagstuk's bouwstenen and what they need outside it, as sorted edges. */
    private static List<String> edges(Sources s) {
        List<String> edges = new ArrayList<>();
        for (String code : new TreeSet<>(s.vraagstuk().bouwstenen())) {
            for (String needed : new TreeSet<>(s.needs().getOrDefault(code, Set.of()))) {
                edges.add(code + ">" + needed);
            }
        }
        return edges;
    }

    /** A short, stable hash of the content a section takes from a source. */
    static String fingerprint(@Nullable Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "\u2400" : part.toString()).append('\u241E');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    // ---------------------------------------------------------------- starting texts

    public Map<AdviceSection, String> prefill(Sources s) {
        Map<AdviceSection, String> texts = new EnumMap<>(AdviceSection.class);
        for (AdviceSection section : AdviceSection.values()) {
            texts.put(section, prefill(section, s));
        }
        return texts;
    }

    public String prefill(AdviceSection section, Sources s) {
        Vraagstuk v = s.vraagstuk();
        StringBuilder md = new StringBuilder();
        switch (section) {
            case VRAAG -> {
                md.append("**").append(oneLine(v.title())).append("** (").append(v.code()).append(")\n\n");
                if (v.description() != null && !v.description().isBlank()) {
                    md.append(v.description().strip()).append("\n\n");
                }
                if (v.rationale() != null && !v.rationale().isBlank()) {
                    md.append("*Aanleiding:* ").append(v.rationale().strip()).append("\n\n");
                }
            }
            case ANALYSE -> {
                md.append("- Type: ").append(Texts.get(Texts.DUTCH, v.type().messageKey())).append('\n');
                if (v.submittedBySector() != null) {
                    md.append("- Ingediend door: ").append(v.submittedBySector()).append(" · ").append(s.sectorName(v.submittedBySector())).append('\n');
                }
                if (v.source() != null) {
                    md.append("- Bron: ").append(Texts.get(Texts.DUTCH, v.source().messageKey())).append('\n');
                }
                if (v.urgency() != null) {
                    md.append("- Urgentie: ").append(Texts.get(Texts.DUTCH, v.urgency().messageKey())).append('\n');
                }
                md.append('\n');
                if (s.ranking() != null) {
                    md.append(rankingSummary(v.code(), s.ranking())).append("\n\n");
                } else {
                    md.append("Het vraagstuk is nog niet in een onthulde scoringsronde gewogen.\n\n");
                }
                if (!s.decisions().isEmpty()) {
                    md.append("Besluiten van de tafel over dit vraagstuk:\n\n");
                    for (Decision d : s.decisions()) {
                        md.append("- ").append(d.recordedAt().atZone(ZONE).toLocalDate().format(DATE)).append(": ")
                                .append(oneLine(d.text())).append('\n');
                    }
                    md.append('\n');
                }
            }
            case BETROKKEN -> {
                md.append("**Sectoren**\n\n");
                List<String> involved = s.involvedSectors();
                if (involved.isEmpty()) {
                    md.append("Nog geen sectoren aangegeven.\n\n");
                } else {
                    for (String code : involved) {
                        md.append("- ").append(code).append(" · ").append(s.sectorName(code));
                        if (code.equals(v.submittedBySector())) {
                            md.append(" (indiener)");
                        }
                        md.append('\n');
                    }
                    md.append('\n');
                }
                md.append("**Bouwstenen**\n\n");
                if (s.bouwstenen().isEmpty()) {
                    md.append("Aan dit vraagstuk zijn nog geen bouwstenen gekoppeld.\n\n");
                } else {
                    for (BouwsteenListItem b : s.bouwstenen()) {
                        md.append("- ").append(b.code()).append(" · ").append(oneLine(b.name()));
                        List<String> facts = new ArrayList<>();
                        if (b.phase() != null) {
                            facts.add("fase " + b.phase().label());
                        }
                        if (b.tableStatus() != null) {
                            facts.add(status(b.tableStatus()));
                        }
                        if (!facts.isEmpty()) {
                            md.append(" — ").append(String.join(", ", facts));
                        }
                        md.append('\n');
                    }
                    md.append('\n');
                }
            }
            case AFHANKELIJKHEDEN -> {
                if (v.bouwstenen().isEmpty()) {
                    md.append("Zonder gekoppelde bouwstenen is er geen volgorde af te leiden.\n\n");
                } else {
                    md.append("Volgorde op grond van de afhankelijkheden (wat nodig is eerst):\n\n");
                    int n = 1;
                    for (String code : order(v.bouwstenen(), s.needs())) {
                        Set<String> needed = new TreeSet<>(s.needs().getOrDefault(code, Set.of()));
                        md.append(n++).append(". ").append(code);
                        if (!needed.isEmpty()) {
                            md.append(" (heeft nodig: ").append(String.join(", ", needed)).append(')');
                        }
                        md.append('\n');
                    }
                    md.append('\n');
                }
            }
            case SCENARIOS -> {
                if (s.scenarios().isEmpty()) {
                    md.append("Voor dit vraagstuk zijn nog geen scenario's uitgewerkt.\n\n");
                } else {
                    md.append("| Scenario | Inhoud en kwaliteit | Tijd | Geld | Bestuurlijke risico's |\n");
                    md.append("| --- | --- | --- | --- | --- |\n");
                    for (ScenarioAnalysis a : s.scenarios()) {
                        Scenario sc = a.scenario();
                        String tijd = joined(cell(sc.tijdNarrative()), a.timeline().end() == null ? "" : "gereed " + a.timeline().end());
                        String geld = joined(cell(sc.geldNarrative()), "kosten " + Euros.millions(a.money().totalCosts())
                                + ", baten " + Euros.millions(a.money().totalBenefits()));
                        md.append("| ").append(cell(sc.label())).append(" | ").append(orDash(cell(sc.inhoudNarrative()))).append(" | ")
                                .append(orDash(tijd)).append(" | ").append(geld).append(" | ")
                                .append(orDash(cell(sc.risicoNarrative()))).append(" |\n");
                    }
                    md.append('\n');
                }
            }
            case VOORKEURSSCENARIO -> {
                Optional<Preference> chair = s.preferences().stream().filter(Preference::byChair).findFirst();
                if (chair.isPresent()) {
                    md.append("**Voorkeursscenario:** ").append(scenarioLabel(s, chair.get().scenarioCode())).append("\n\n")
                            .append(chair.get().rationale().strip()).append("\n\n");
                } else {
                    md.append("De voorzitter heeft nog geen voorkeursscenario gemarkeerd.\n\n");
                }
                List<Preference> bySector = s.preferences().stream().filter(p -> !p.byChair()).toList();
                if (!bySector.isEmpty()) {
                    md.append("Voorkeuren van de sectoren:\n\n");
                    bySector.forEach(p -> md.append("- ").append(p.party()).append(": ").append(p.scenarioCode())
                            .append(" — ").append(oneLine(p.rationale())).append('\n'));
                    md.append('\n');
                }
            }
            case GEVOLGEN -> {
                List<String> involved = s.involvedSectors();
                if (involved.isEmpty()) {
                    md.append("Nog geen sectoren aangegeven.\n\n");
                }
                for (String code : involved) {
                    md.append("### ").append(code).append(" · ").append(s.sectorName(code)).append("\n\n");
                    boolean any = false;
                    for (ScenarioAnalysis a : s.scenarios()) {
                        Scenario sc = a.scenario();
                        boolean forSector = sc.forSectors().contains(code) || sc.forSectors().stream().anyMatch(AllSectors::is);
                        if (forSector && !sc.effects().isBlank()) {
                            md.append("- ").append(sc.code()).append(": ").append(oneLine(sc.effects())).append('\n');
                            any = true;
                        }
                    }
                    md.append(any ? "\n" : "Gevolgen voor deze sector nog te beschrijven.\n\n");
                }
            }
            case MINDERHEIDSSTANDPUNTEN -> {
                // Left to people: the positions and dissent are generated beside this text.
            }
            case GREMIUM -> {
                if (s.gremium() != null) {
                    GremiumView g = s.gremium();
                    md.append("Dit advies wordt aangeboden aan **").append(g.name()).append("** (").append(g.code())
                            .append(", ").append(g.level()).append(").\n\n");
                    if (!g.description().isBlank()) {
                        md.append(g.description().strip()).append("\n\n");
                    }
                } else {
                    md.append("De tafel heeft voor dit vraagstuk nog geen bestuurlijk gremium gekozen.\n\n");
                }
            }
        }
        return md.toString().strip();
    }

    private static String rankingSummary(String code, RoundRanking r) {
        String when = r.revealedOn() == null ? "" : " (onthuld " + r.revealedOn().format(DATE) + ")";
        if (r.item() == null) {
            return "In scoringsronde \"" + r.title() + "\"" + when + " is " + code + " niet gerangschikt (niet volledig gescoord).";
        }
        return "In scoringsronde \"" + r.title() + "\"" + when + " staat " + code + " op plaats " + r.item().position()
                + " van " + r.rows().size() + " (WSJF " + round(r.item().wsjf()) + ").";
    }

    static String round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** Dependencies first; ties (and anything in a cycle) in code order, so the order is stable. */
    static List<String> order(Set<String> codes, Map<String, Set<String>> needs) {
        List<String> result = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        TreeSet<String> remaining = new TreeSet<>(codes);
        while (!remaining.isEmpty()) {
            String next = null;
            for (String code : remaining) {
                Set<String> within = new TreeSet<>(transitive(code, needs));
                within.retainAll(codes);
                within.remove(code);
                if (placed.containsAll(within)) {
                    next = code;
                    break;
                }
            }
            if (next == null) {
                next = remaining.first();
            }
            remaining.remove(next);
            placed.add(next);
            result.add(next);
        }
        return result;
    }

    private static Set<String> transitive(String code, Map<String, Set<String>> needs) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(needs.getOrDefault(code, Set.of()));
        while (!todo.isEmpty()) {
            String n = todo.removeLast();
            if (seen.add(n)) {
                todo.addAll(needs.getOrDefault(n, Set.of()));
            }
        }
        return seen;
    }

    private static String scenarioLabel(Sources s, String code) {
        return s.scenarios().stream().map(ScenarioAnalysis::scenario).filter(sc -> sc.code().equals(code)).findFirst()
                .map(Scenario::label).orElse(code);
    }

    private static String status(BouwsteenStatus status) {
        return switch (status) {
            case IN_UITVOERING -> "in uitvoering";
            case VOLGEND -> "volgend";
            case NIET_OP_AGENDA -> "niet op de agenda";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The written text with the computed figure after it in brackets, or the figure alone. */
    private static String joined(String written, String computed) {
        if (computed.isEmpty()) {
            return written;
        }
        return written.isEmpty() ? computed : written + " (" + computed + ")";
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "–" : text;
    }

    private static String cell(String text) {
        String line = oneLine(text).replace("|", "\\|");
        return line.length() <= CELL_MAX ? line : line.substring(0, CELL_MAX - 1) + "…";
    }
}
