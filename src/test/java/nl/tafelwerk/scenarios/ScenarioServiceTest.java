package nl.tafelwerk.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelwerk.AuthorizationMatrix;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The scenario service on the demo data: the 004 business case, the authorisation matrix, bad input and stale saves. */
@TafelwerkTest
@Transactional // rolled back: the demo scenarios stay as seeded for the other tests
class ScenarioServiceTest {

    @Autowired
    ScenarioService service;
    @Autowired
    UserDetailsService userDetails;

    void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- geld: the 004 business case

    @Test
    void theDemoBusinessCaseHasTheTotalsOfSource004() {
        actAs("waarnemer");
        Scenario bc = service.find("SC-01").orElseThrow();
        MoneyFigures f = MoneyFigures.of(bc);

        assertThat(f.totalCosts()).isEqualByComparingTo("7354114");     // € 7,35 mln
        assertThat(f.totalBenefits()).isEqualByComparingTo("2837405");  // € 2,84 mln
        assertThat(f.totalResult()).isEqualByComparingTo("-4516709");   // − € 4,52 mln
        assertThat(Euros.millions(f.totalCosts())).isEqualTo("€ 7,35 mln");
        assertThat(Euros.millions(f.totalBenefits())).isEqualTo("€ 2,84 mln");
        assertThat(Euros.millions(f.totalResult())).isEqualTo("€ -4,52 mln");
        assertThat(f.costs().get(2025)).isEqualByComparingTo("967727");
        assertThat(f.costs().get(2026)).isEqualByComparingTo("4006976");
        assertThat(f.costs().get(2027)).isEqualByComparingTo("2379411");
        assertThat(f.result().get(2026)).isEqualByComparingTo("-2892701");
        assertThat(f.cumulative().get(2027)).isEqualByComparingTo("-4516709");
        assertThat(f.costsByCategory().get(MoneyCategory.OWN_STAFF)).isEqualByComparingTo("5867402");
        assertThat(f.share(MoneyCategory.OWN_STAFF)).isEqualByComparingTo("79.8");
        assertThat(f.share(MoneyCategory.HIRE)).isEqualByComparingTo("11.2");
        assertThat(f.share(MoneyCategory.IT)).isEqualByComparingTo("8.0");
        assertThat(f.share(MoneyCategory.CONTINGENCY)).isEqualByComparingTo("1.0");
        assertThat(f.fteReleased().get(2030)).isEqualByComparingTo("16");
    }

    @Test
    void theTableRegisterHoldsTheSeedRisksWithWrittenAndNormalisedValues() {
        actAs("waarnemer");
        List<TableRisk> risks = service.tableRisks();
        assertThat(risks).hasSize(24);
        TableRisk gg1 = risks.stream().filter(r -> r.nr().equals("GG-1")).findFirst().orElseThrow();
        assertThat(gg1.kansWritten()).isEqualTo("Gemiddeld");
        assertThat(gg1.kans()).isEqualTo(RiskLevel.M);
        assertThat(gg1.prio()).isEqualTo(RiskLevel.H);
        assertThat(gg1.computedPrio()).isEqualTo(RiskLevel.H);
        TableRisk unscored = risks.stream().filter(r -> r.nr().equals("IS-9")).findFirst().orElseThrow();
        assertThat(unscored.kans()).isNull();
    }

    // ---------------------------------------------------------------- authorisation: role × action

    enum Action { READ, CREATE, EDIT, ADD_LINE, COPY_AS_VARIANT, MARK_PREFERRED, OWN_SECTOR_PREFERENCE, OTHER_SECTOR_PREFERENCE }

    static final List<String> USERS = List.of("voorzitter", "programmabureau", "lid-msz", "lid-haz", "lid-vws", "waarnemer",
            "beheerder");

    /** VS-01 is submitted by MSZ and affects HAZ, MSZ and LZ; VWS is not involved. Written out by hand. */
    static final Map<Action, Set<String>> ALLOWED = new EnumMap<>(Map.of(
            Action.READ, Set.copyOf(USERS),
            Action.CREATE, Set.of("voorzitter", "programmabureau", "lid-msz", "lid-haz"),
            Action.EDIT, Set.of("voorzitter", "programmabureau", "lid-msz", "lid-haz"),
            Action.ADD_LINE, Set.of("voorzitter", "programmabureau", "lid-msz", "lid-haz"),
            Action.COPY_AS_VARIANT, Set.of("voorzitter", "programmabureau", "lid-msz", "lid-haz"),
            Action.MARK_PREFERRED, Set.of("voorzitter"),
            Action.OWN_SECTOR_PREFERENCE, Set.of("lid-msz", "lid-haz", "lid-vws"),
            Action.OTHER_SECTOR_PREFERENCE, Set.of()));

    static Stream<Arguments> pairs() {
        return AuthorizationMatrix.pairs(Action.class, USERS, ALLOWED);
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @MethodSource("pairs")
    void roleByAction(Action action, String user, boolean allowed) {
        actAs(user);
        ThrowableAssert.ThrowingCallable call = switch (action) {
            case READ -> () -> service.compare(List.of("SC-01", "SC-02"));
            case CREATE -> () -> service.create("VS-01", ScenarioDraft.named("Nieuw", 2026, 2028));
            case EDIT -> () -> {
                Scenario s = service.find("SC-01").orElseThrow();
                service.update("SC-01", s.toDraft().withSummary("Aangepast door " + user));
            };
            case ADD_LINE -> () -> service.saveFte("SC-01", null, new FteLine("", 2026, "VWS", FteKind.INZET, BigDecimal.ONE));
            case COPY_AS_VARIANT -> () -> service.copyAsVariant("SC-01", "Variant van " + user);
            case MARK_PREFERRED -> () -> service.markPreferred("SC-01", "Laagste risico");
            case OWN_SECTOR_PREFERENCE -> () -> service.recordSectorPreference(sectorOf(user), "SC-02", "Sneller resultaat");
            case OTHER_SECTOR_PREFERENCE -> () -> service.recordSectorPreference("LZ", "SC-02", "Namens een ander");
        };
        if (allowed) {
            org.assertj.core.api.Assertions.assertThatCode(call).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String sectorOf(String user) {
        return switch (user) {
            case "lid-msz" -> "MSZ";
            case "lid-haz" -> "HAZ";
            case "lid-vws" -> "VWS";
            default -> "HAZ";
        };
    }

    @Test
    void preferencesAreKeptPerVraagstukAndShownInTheComparison() {
        actAs("voorzitter");
        service.markPreferred("SC-01", "Past binnen de begroting");
        actAs("lid-haz");
        service.recordSectorPreference("HAZ", "SC-02", "Eerder medicatieoverdracht");
        service.recordSectorPreference("HAZ", "SC-01", "Toch liever zeker");

        Comparison c = service.compare(List.of("SC-01", "SC-02"));
        assertThat(c.preferences()).extracting(Preference::party, Preference::scenarioCode, Preference::rationale)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("HAZ", "SC-01", "Toch liever zeker"),
                        org.assertj.core.groups.Tuple.tuple("VOORZITTER", "SC-01", "Past binnen de begroting"));
    }

    // ---------------------------------------------------------------- co-editing: stale saves, variants, lines

    @Test
    void aStaleSaveIsRefusedWithTheCurrentValuesAndOverwritesNothing() {
        actAs("programmabureau");
        Scenario loaded = service.find("SC-02").orElseThrow();
        Scenario first = service.update("SC-02", loaded.toDraft().withSummary("Eerst opgeslagen"));

        assertThatThrownBy(() -> service.update("SC-02", loaded.toDraft().withSummary("Later, op de oude versie")))
                .isInstanceOfSatisfying(ScenarioConflictException.class,
                        e -> assertThat(e.current().summary()).isEqualTo("Eerst opgeslagen"));
        assertThat(service.find("SC-02").orElseThrow().summary()).isEqualTo("Eerst opgeslagen");
        assertThat(service.history("SC-02")).extracting(ScenarioHistoryEntry::field).contains("summary");
        assertThat(first.version()).isGreaterThan(loaded.version());
    }

    @Test
    void aVariantIsACopyThatNamesItsOrigin() {
        actAs("lid-msz");
        Scenario variant = service.copyAsVariant("SC-01", "Zuinig");
        Scenario origin = service.find("SC-01").orElseThrow();

        assertThat(variant.variantOf()).isEqualTo("SC-01");
        assertThat(variant.code()).isNotEqualTo("SC-01");
        assertThat(variant.plan()).isEqualTo(origin.plan());
        assertThat(variant.money()).isEqualTo(origin.money());
        assertThat(variant.risks()).isEqualTo(origin.risks());
        assertThat(MoneyFigures.of(variant).totalCosts()).isEqualByComparingTo("7354114");
    }

    @Test
    void aLineChangedBySomeoneElseIsNeverOverwritten() {
        actAs("programmabureau");
        Scenario s = service.saveFte("SC-02", null, new FteLine("", 2026, "VWS", FteKind.INZET, BigDecimal.ONE));
        FteLine seen = s.fte().getLast();
        service.saveFte("SC-02", seen, new FteLine(seen.id(), 2026, "VWS", FteKind.INZET, new BigDecimal("2")));

        assertThatThrownBy(() -> service.saveFte("SC-02", seen, new FteLine(seen.id(), 2026, "VWS", FteKind.INZET, new BigDecimal("3"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("scenario.line.changed");
                    assertThat(e.arguments()).containsExactly("2026 VWS INZET 2 fte", "2026 VWS INZET 3 fte");
                });
        assertThat(service.find("SC-02").orElseThrow().fte().getLast().fte()).isEqualByComparingTo("2");
    }

    // ---------------------------------------------------------------- bad input: a Dutch message at the field, nothing lost

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("negative FTE", "fte", "scenario.fte.negative"),
                Arguments.of("absurd amount", "amount", "scenario.amount.absurd"),
                Arguments.of("negative amount", "amount", "scenario.amount.negative"),
                Arguments.of("fractions of cents", "amount", "scenario.amount.cents"),
                Arguments.of("money year outside the range", "year", "scenario.year.outOfRange"),
                Arguments.of("start quarter outside the range", "start", "scenario.year.outOfRange"),
                Arguments.of("kans outside the scale", "kans", "scenario.risk.scale"),
                Arguments.of("impact outside the scale", "impact", "scenario.risk.scale"),
                Arguments.of("a bouwsteen that no longer exists", "code", "scenario.bouwsteen.unknown"),
                Arguments.of("non-numeric discount rate", "discountRate", "scenario.rate.notNumber"),
                Arguments.of("last year before the first", "lastYear", "scenario.years.order"),
                Arguments.of("years that leave lines outside", "lastYear", "scenario.years.linesOutside"),
                Arguments.of("comparing a scenario with itself", "scenarios", "scenario.compare.self"),
                Arguments.of("comparing one scenario", "scenarios", "scenario.compare.count"),
                Arguments.of("an empty name", "name", "validation.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedAtItsFieldAndNothingIsStored(String what, String field, String key) {
        actAs("programmabureau");
        Scenario before = service.find("SC-01").orElseThrow();
        ThrowableAssert.ThrowingCallable call = switch (what) {
            case "negative FTE" -> () -> service.saveFte("SC-01", null, new FteLine("", 2026, "VWS", FteKind.INZET, new BigDecimal("-1")));
            case "absurd amount" -> () -> service.saveMoney("SC-01", null, money(2026, "1000000000000"));
            case "negative amount" -> () -> service.saveMoney("SC-01", null, money(2026, "-5"));
            case "fractions of cents" -> () -> service.saveMoney("SC-01", null, money(2026, "10.005"));
            case "money year outside the range" -> () -> service.saveMoney("SC-01", null, money(2040, "10"));
            case "start quarter outside the range" -> () -> service.savePlanned("SC-01", null,
                    new PlannedBouwsteen("", "LSP", null, new Quarter(2019, 1)));
            case "kans outside the scale" -> () -> service.saveRisk("SC-01", null, risk("Zeer hoog", "H"));
            case "impact outside the scale" -> () -> service.saveRisk("SC-01", null, risk("L", "7"));
            case "a bouwsteen that no longer exists" -> () -> service.savePlanned("SC-01", null,
                    new PlannedBouwsteen("", "VERDWENEN", null, new Quarter(2026, 1)));
            case "non-numeric discount rate" -> () -> service.update("SC-01", before.toDraft().withDiscountRate("vier"));
            case "last year before the first" -> () -> service.update("SC-01", before.toDraft().withYears(2027, 2026));
            case "years that leave lines outside" -> () -> service.update("SC-01", before.toDraft().withYears(2025, 2026));
            case "comparing a scenario with itself" -> () -> service.compare(List.of("SC-01", "SC-01"));
            case "comparing one scenario" -> () -> service.compare(List.of("SC-01"));
            case "an empty name" -> () -> service.update("SC-01", before.toDraft().withName("  "));
            default -> throw new IllegalArgumentException(what);
        };
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(nl.tafelwerk.shared.Texts.get(nl.tafelwerk.shared.Texts.DUTCH, e.messageKey(), e.arguments()))
                    .doesNotStartWith("!");
        });
        assertThat(service.find("SC-01").orElseThrow()).isEqualTo(before);
    }

    private static MoneyLine money(int year, String amount) {
        return new MoneyLine("", year, "VWS", MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, new BigDecimal(amount), "");
    }

    private static ScenarioRisk risk(String kans, String impact) {
        return new ScenarioRisk("", "", "Te weinig capaciteit", kans, impact, null, "", "", "", null);
    }
}
