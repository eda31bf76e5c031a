package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of the afwegingskader: saving with field-level Dutch refusals, stale saves, adding, removing and
 * moving rows, publishing immutable numbered versions, the difference between two, and who may do what.
 * Rolled back after each test, so the shared demo database keeps its one published version and its draft.
 */
@TafelwerkTest
@Transactional
class FrameworkServiceTest {

    @Autowired
    FrameworkService frameworks;
    @Autowired
    UserDetailsService users;
    FrameworkTestSupport support;

    @BeforeEach
    void setUp() {
        support = new FrameworkTestSupport(users);
        support.actAs("programmabureau");
    }

    @AfterEach
    void signOut() {
        FrameworkTestSupport.nobody();
    }

    // ---------------------------------------------------------------- saving and its rules

    private FrameworkDraftChange change(FrameworkDraft d, UnaryOperator<FrameworkDraft.Criterion> firstCriterion) {
        List<FrameworkDraft.Criterion> criteria = new ArrayList<>(d.criteria());
        criteria.set(0, firstCriterion.apply(criteria.getFirst()));
        return new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(), d.gates(), criteria, d.version());
    }

    private static FrameworkDraft.Criterion weight(FrameworkDraft.Criterion c, String weight) {
        return new FrameworkDraft.Criterion(c.key(), c.code(), c.name(), c.description(), c.scale(),
                weight == null ? null : new BigDecimal(weight), c.part());
    }

    private static FrameworkDraft.Criterion scale(FrameworkDraft.Criterion c, String scale) {
        return new FrameworkDraft.Criterion(c.key(), c.code(), c.name(), c.description(), scale, c.weight(), c.part());
    }

    private static FrameworkDraft.Criterion named(FrameworkDraft.Criterion c, String code, String name) {
        return new FrameworkDraft.Criterion(c.key(), code, name, c.description(), c.scale(), c.weight(), c.part());
    }

    @Test
    void aSavedChangeRaisesTheVersionAndLeavesHistoryNamedByCode() {
        FrameworkDraft before = frameworks.draft();
        FrameworkDraft saved = frameworks.save(change(before, c -> weight(c, "2.50")));
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(saved.criteria().getFirst().weight()).isEqualByComparingTo("2.5");
        assertThat(saved.updatedBy()).isEqualTo("Secretaris programmabureau");
        FrameworkHistoryEntry line = frameworks.history().getFirst();
        assertThat(line.kind()).isEqualTo(FrameworkHistoryEntry.Kind.FIELD);
        assertThat(line.field()).isEqualTo("criteria." + before.criteria().getFirst().code() + ".weight");
        assertThat(line.oldValue()).isEqualTo("1");
        assertThat(line.newValue()).isEqualTo("2.5");
    }

    @Test
    void theScaleIsSavedNormalised() {
        FrameworkDraft saved = frameworks.save(change(frameworks.draft(), c -> scale(c, "1;2  3,5 , 8")));
        assertThat(saved.criteria().getFirst().scale()).isEqualTo("1, 2, 3, 5, 8");
    }

    @Test
    void aSaveAgainstAnOlderVersionIsRefusedWithWhatIsSavedNow() {
        FrameworkDraft loaded = frameworks.draft();
        frameworks.save(change(loaded, c -> weight(c, "3")));
        assertThatThrownBy(() -> frameworks.save(change(loaded, c -> weight(c, "5"))))
                .isInstanceOfSatisfying(FrameworkDraftConflictException.class, e -> {
                    assertThat(e.current().criteria().getFirst().weight()).isEqualByComparingTo("3");
                    assertThat(e.current().updatedBy()).isEqualTo("Secretaris programmabureau");
                });
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("negative weight", (UnaryOperator<FrameworkDraft.Criterion>) c -> weight(c, "-1"),
                        "weight", "framework.weight.negative", "Een gewicht kan niet negatief zijn"),
                Arguments.of("weight too high", (UnaryOperator<FrameworkDraft.Criterion>) c -> weight(c, "101"),
                        "weight", "framework.weight.tooHigh", "Een gewicht is hoogstens 100"),
                Arguments.of("weight missing", (UnaryOperator<FrameworkDraft.Criterion>) c -> weight(c, null),
                        "weight", "validation.required", "Dit veld is verplicht"),
                Arguments.of("empty name", (UnaryOperator<FrameworkDraft.Criterion>) c -> named(c, c.code(), "  "),
                        "name", "validation.required", "Dit veld is verplicht"),
                Arguments.of("over-long name", (UnaryOperator<FrameworkDraft.Criterion>) c -> named(c, c.code(), "x".repeat(201)),
                        "name", "validation.tooLong", "Hoogstens 200 tekens"),
                Arguments.of("bad code", (UnaryOperator<FrameworkDraft.Criterion>) c -> named(c, "S WAARDE", c.name()),
                        "code", "framework.code.format", "Alleen letters, cijfers en streepjes, bijvoorbeeld S-WAARDE"),
                Arguments.of("duplicate code of a gate", (UnaryOperator<FrameworkDraft.Criterion>) c -> named(c, "g-port", c.name()),
                        "code", "framework.code.duplicate", "De code g-port komt al voor in het afwegingskader; kies een andere"),
                Arguments.of("empty scale", (UnaryOperator<FrameworkDraft.Criterion>) c -> scale(c, " "),
                        "scale", "framework.scale.empty", "Vul de schaal in, bijvoorbeeld 1, 2, 3, 5, 8, 13, 20"),
                Arguments.of("descending scale", (UnaryOperator<FrameworkDraft.Criterion>) c -> scale(c, "1, 3, 2"),
                        "scale", "framework.scale.ascending", "De waarden moeten oplopen: 2 volgt op 3"),
                Arguments.of("repeated scale value", (UnaryOperator<FrameworkDraft.Criterion>) c -> scale(c, "1, 2, 2"),
                        "scale", "framework.scale.ascending", "De waarden moeten oplopen: 2 volgt op 2"),
                Arguments.of("scale with words", (UnaryOperator<FrameworkDraft.Criterion>) c -> scale(c, "laag, hoog"),
                        "scale", "framework.scale.format", "Alleen hele getallen van 0 tot en met 1.000, gescheiden door komma"),
                Arguments.of("one-value scale", (UnaryOperator<FrameworkDraft.Criterion>) c -> scale(c, "5"),
                        "scale", "framework.scale.tooFew", "Een schaal heeft minstens twee waarden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedInDutchAtItsFieldAndNothingIsSaved(String what, UnaryOperator<FrameworkDraft.Criterion> edit,
                                                            String field, String key, String dutch) {
        FrameworkDraft before = frameworks.draft();
        long rowKey = before.criteria().getFirst().key();
        assertThatThrownBy(() -> frameworks.save(change(before, edit)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("criteria." + rowKey + "." + field);
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(nl.tafelwerk.shared.Texts.get(nl.tafelwerk.shared.Texts.DUTCH, e.messageKey(), e.arguments()))
                            .isEqualTo(dutch);
                });
        assertThat(frameworks.draft()).isEqualTo(before);
    }

    @Test
    void allWeightsZeroIsRefusedAtTheFirstWeight() {
        FrameworkDraft d = frameworks.draft();
        List<FrameworkDraft.Criterion> zero = d.criteria().stream().map(c -> weight(c, "0")).toList();
        assertThatThrownBy(() -> frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(),
                d.gates(), zero, d.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("framework.weight.allZero");
                    assertThat(e.field()).isEqualTo("criteria." + d.criteria().getFirst().key() + ".weight");
                });
    }

    @Test
    void withoutAJobSizeToDivideByWsjfCannotRank() {
        FrameworkDraft d = frameworks.draft();
        List<FrameworkDraft.Criterion> noJobSize = d.criteria().stream()
                .map(c -> c.part() == WsjfPart.JOB_SIZE ? weight(c, "0") : c).toList();
        assertThatThrownBy(() -> frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(),
                d.gates(), noJobSize, d.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("framework.weight.noJobSize"));
    }

    @Test
    void aNegativeBoostIsRefusedAtItsField() {
        FrameworkDraft d = frameworks.draft();
        assertThatThrownBy(() -> frameworks.save(new FrameworkDraftChange(new BigDecimal("-5"), d.perDependentBoost(),
                d.gates(), d.criteria(), d.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("legalObligationBoost");
                    assertThat(e.messageKey()).isEqualTo("framework.boost.negative");
                });
    }

    @Test
    void anEmptyGateNameIsRefusedAtThatGate() {
        FrameworkDraft d = frameworks.draft();
        List<FrameworkDraft.Gate> gates = new ArrayList<>(d.gates());
        FrameworkDraft.Gate g = gates.get(2);
        gates.set(2, new FrameworkDraft.Gate(g.key(), g.code(), "", g.description()));
        assertThatThrownBy(() -> frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(),
                gates, d.criteria(), d.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("gates." + g.key() + ".name"));
    }

    // ---------------------------------------------------------------- rows

    @Test
    void rowsAreAddedWithAFreeCodeMovedAndRemoved() {
        FrameworkDraft added = frameworks.addCriterion();
        FrameworkDraft.Criterion fresh = added.criteria().getLast();
        assertThat(fresh.code()).isEqualTo("S-NIEUW");
        assertThat(fresh.scale()).isEqualTo("1, 2, 3, 5, 8, 13, 20");
        FrameworkDraft.Criterion second = frameworks.addCriterion().criteria().getLast();
        assertThat(second.code()).isEqualTo("S-NIEUW-2");

        FrameworkDraft moved = frameworks.moveCriterion(second.key(), -1);
        assertThat(moved.criteria().get(moved.criteria().size() - 1).code()).isEqualTo("S-NIEUW");
        assertThat(moved.criteria().get(moved.criteria().size() - 2).code()).isEqualTo("S-NIEUW-2");
        assertThat(frameworks.moveCriterion(fresh.key(), 1).version()).as("already last: nothing happens").isEqualTo(moved.version());
        assertThat(frameworks.history().getFirst().kind()).isEqualTo(FrameworkHistoryEntry.Kind.MOVED);

        FrameworkDraft removed = frameworks.removeCriterion(fresh.key());
        assertThat(removed.criteria()).extracting(FrameworkDraft.Criterion::code).doesNotContain("S-NIEUW");
        assertThat(frameworks.history().getFirst().kind()).isEqualTo(FrameworkHistoryEntry.Kind.REMOVED);
        assertThat(frameworks.history().getFirst().oldValue()).isEqualTo("S-NIEUW");

        FrameworkDraft gate = frameworks.addGate();
        assertThat(gate.gates().getLast().code()).isEqualTo("G-NIEUW");
        assertThat(frameworks.removeGate(gate.gates().getLast().key()).gates()).hasSize(gate.gates().size() - 1);
    }

    @Test
    void theLastScoredCriterionCannotBeRemoved() {
        FrameworkDraft d = frameworks.draft();
        for (int i = 0; i < d.criteria().size() - 1; i++) {
            frameworks.removeCriterion(d.criteria().get(i).key());
        }
        assertThatThrownBy(() -> frameworks.removeCriterion(d.criteria().getLast().key()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("framework.criteria.none"));
    }

    @Test
    void aSaveKeepsARowAddedMeanwhileAndDoesNotBringBackARowRemovedMeanwhile() {
        FrameworkDraft loaded = frameworks.draft();
        FrameworkDraft.Criterion second = loaded.criteria().get(1);
        frameworks.addGate();
        FrameworkDraft latest = frameworks.removeCriterion(second.key());
        // The same person saves typed values made on the older rows, against the newest version.
        frameworks.save(new FrameworkDraftChange(loaded.legalObligationBoost(), loaded.perDependentBoost(), loaded.gates(),
                loaded.criteria(), latest.version()));
        FrameworkDraft now = frameworks.draft();
        assertThat(now.gates()).hasSize(loaded.gates().size() + 1);
        assertThat(now.criteria()).extracting(FrameworkDraft.Criterion::key).doesNotContain(second.key());
    }

    // ---------------------------------------------------------------- publish and diff

    @Test
    void publishingMakesTheNextNumberedVersionAndTheDraftContinuesFromIt() {
        FrameworkVersion before = frameworks.current().orElseThrow();
        FrameworkDraft d = frameworks.save(change(frameworks.draft(), c -> weight(named(c, c.code(), "Waarde voor de patiënt"), "2")));
        support.actAs("voorzitter");
        FrameworkVersion published = frameworks.publish(d.version());
        assertThat(published.number()).isEqualTo(before.number() + 1);
        assertThat(published.publishedBy()).isEqualTo("Onafhankelijk voorzitter");
        assertThat(published.publishedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(published.criteria().getFirst().name()).isEqualTo("Waarde voor de patiënt");
        assertThat(published.criteria().getFirst().weight()).isEqualByComparingTo("2");
        assertThat(frameworks.current()).contains(published);
        assertThat(frameworks.draft().basedOnNumber()).isEqualTo(published.number());
        assertThat(frameworks.version(before.id())).as("the older version is unchanged").contains(before);
        assertThat(frameworks.history().getFirst().kind()).isEqualTo(FrameworkHistoryEntry.Kind.PUBLISHED);

        assertThatThrownBy(() -> frameworks.publish(frameworks.draft().version()))
                .as("nothing new").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.publish.unchanged"));
    }

    @Test
    void publishingAStaleDraftIsRefused() {
        FrameworkDraft loaded = frameworks.save(change(frameworks.draft(), c -> weight(c, "4")));
        frameworks.addGate();
        assertThatThrownBy(() -> frameworks.publish(loaded.version())).isInstanceOf(FrameworkDraftConflictException.class);
    }

    @Test
    void publishingRefusesADraftThatBreaksARule() {
        // Removing rows is not a save: the draft may end up without a job size, and publishing says so.
        FrameworkDraft d = frameworks.draft();
        FrameworkDraft latest = d;
        for (FrameworkDraft.Criterion c : d.criteria()) {
            if (c.part() == WsjfPart.JOB_SIZE) {
                latest = frameworks.removeCriterion(c.key());
            }
        }
        int before = frameworks.all().size();
        long version = latest.version();
        assertThatThrownBy(() -> frameworks.publish(version))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("framework.weight.noJobSize"));
        assertThat(frameworks.all()).hasSize(before);
    }

    @Test
    void theDifferenceBetweenTwoPublishedVersionsListsWhatChanged() {
        FrameworkVersion v1 = frameworks.current().orElseThrow();
        FrameworkDraft d = frameworks.draft();
        FrameworkDraft.Criterion first = d.criteria().getFirst();
        frameworks.save(change(d, c -> weight(scale(c, "1, 2, 3, 4, 5"), "3")));
        frameworks.removeCriterion(d.criteria().get(1).key());
        FrameworkDraft added = frameworks.addCriterion();
        FrameworkVersion v2 = frameworks.publish(added.version());

        FrameworkDiff diff = frameworks.diff(v1.number(), v2.number());
        assertThat(diff.gates()).isEmpty();
        assertThat(diff.criteria()).extracting(FrameworkDiff.Row::code, FrameworkDiff.Row::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.code(), FrameworkDiff.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("S-NIEUW", FrameworkDiff.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple(d.criteria().get(1).code(), FrameworkDiff.Change.REMOVED));
        assertThat(diff.criteria().getFirst().fields()).containsExactly(
                new FrameworkDiff.Field("scale", "1, 2, 3, 5, 8, 13, 20", "1, 2, 3, 4, 5"),
                new FrameworkDiff.Field("weight", "1", "3"));
        assertThat(diff.boosts()).isEmpty();
        assertThat(frameworks.diff(v2.number(), v2.number()).isEmpty()).isTrue();
        assertThatThrownBy(() -> frameworks.diff(v1.number(), 999_999)).isInstanceOf(DomainException.class);
    }

    // ---------------------------------------------------------------- who may do what

    enum Action { SAVE, ADD, MOVE, REMOVE, PUBLISH, READ_DRAFT, READ_VERSIONS, DIFF }

    static Stream<Arguments> roleMatrix() {
        List<Arguments> pairs = new ArrayList<>();
        for (String user : List.of("voorzitter", "programmabureau", "lid-haz", "lid-vws", "waarnemer", "beheerder", "info-ggz")) {
            boolean editor = user.equals("voorzitter") || user.equals("programmabureau");
            for (Action action : Action.values()) {
                boolean read = action == Action.READ_DRAFT || action == Action.READ_VERSIONS || action == Action.DIFF;
                pairs.add(Arguments.of(action, user, read || editor));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("roleMatrix")
    void roleMatrix(Action action, String user, boolean allowed) {
        FrameworkDraft d = frameworks.save(change(frameworks.draft(), c -> weight(c, "7")));
        int newest = frameworks.current().orElseThrow().number();
        support.actAs(user);
        assertThat(frameworks.mayEdit()).as("what the view shows").isEqualTo(user.equals("voorzitter") || user.equals("programmabureau"));
        Runnable call = switch (action) {
            case SAVE -> () -> frameworks.save(change(d, c -> weight(c, "8")));
            case ADD -> frameworks::addCriterion;
            case MOVE -> () -> frameworks.moveCriterion(d.criteria().getLast().key(), -1);
            case REMOVE -> () -> frameworks.removeCriterion(d.criteria().getLast().key());
            case PUBLISH -> () -> frameworks.publish(d.version());
            case READ_DRAFT -> frameworks::draft;
            case READ_VERSIONS -> frameworks::all;
            case DIFF -> () -> frameworks.diff(1, newest);
        };
        if (allowed) {
            call.run();
        } else {
            long version = frameworks.draft().version();
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            assertThat(frameworks.draft().version()).as("nothing changed").isEqualTo(version);
        }
    }
}
