package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.agenda.HistoryEntry;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The advice's model and rules on the real services: lifecycle, versions and diff, traceability, endorsement, bad input. */
class AdviceServiceTest extends AdviceIntegrationTest {

    @Autowired
    nl.tafelwerk.shared.seed.DemoDataLoader demoData;
    @Autowired
    nl.tafelwerk.scenarios.ScenarioService scenarios;
    @Autowired
    nl.tafelwerk.assessment.RoundService rounds;

    private Advice fresh(String title) {
        Vraagstuk v = support.inUitwerking(title);
        support.actAs("programmabureau");
        return service.create(v.code());
    }

    private VraagstukStatus statusOf(Advice a) {
        return vraagstukken.find(a.vraagstukCode()).orElseThrow().status();
    }

    private Advice inConsultation(String title) {
        Advice a = fresh(title);
        support.actAs("programmabureau");
        return service.startConsultation(a.id(), a.version());
    }

    private Advice adopted(String title) {
        Advice a = inConsultation(title);
        support.actAs("voorzitter");
        return service.adopt(a.id(), a.version());
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    void everyStepMovesTheVraagstukThroughTheAgendaWithTheAdviceAsReason() {
        Advice a = fresh("Levenscyclus");
        assertThat(a.status()).isEqualTo(AdviceStatus.CONCEPT);
        assertThat(a.versionNumber()).isEqualTo(1);
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.ADVIES_IN_CONCEPT);

        support.actAs("programmabureau");
        a = service.startConsultation(a.id(), a.version());
        assertThat(a.status()).isEqualTo(AdviceStatus.TER_CONSULTATIE);
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.ADVIES_IN_CONCEPT);

        support.actAs("voorzitter");
        a = service.adopt(a.id(), a.version());
        assertThat(a.status()).isEqualTo(AdviceStatus.VASTGESTELD);
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.ADVIES_GEDRAGEN);

        support.actAs("programmabureau");
        a = service.offer(a.id(), a.version());
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.AANGEBODEN);

        a = service.recordDecision(a.id(), LocalDate.now().minusDays(1), "Het IB neemt het advies over.",
                "Verslag IB, punt 4", a.version());
        assertThat(a.status()).isEqualTo(AdviceStatus.BESLUIT_ONTVANGEN);
        assertThat(a.decision()).isNotNull();
        assertThat(a.decision().reference()).isEqualTo("Verslag IB, punt 4");
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.BESLUIT_ONTVANGEN);

        long id = a.id();
        List<HistoryEntry> agendaHistory = vraagstukken.history(a.vraagstukCode());
        assertThat(agendaHistory).filteredOn(h -> h.kind() == HistoryEntry.Kind.STATUS)
                .extracting(HistoryEntry::newValue)
                .contains("ADVIES_IN_CONCEPT", "ADVIES_GEDRAGEN", "AANGEBODEN", "BESLUIT_ONTVANGEN");
        assertThat(agendaHistory).filteredOn(h -> "BESLUIT_ONTVANGEN".equals(h.newValue()))
                .allSatisfy(h -> assertThat(h.reason()).contains("Advies " + id).contains("Verslag IB, punt 4"));
        assertThat(service.history(a.id())).extracting(AdviceHistoryEntry::field).contains("created", "status");
    }

    @Test
    void aVraagstukNotYetWorkedOutGetsNoAdviceAndAnAdviceIsOnePerVraagstuk() {
        support.actAs("programmabureau");
        assertThatThrownBy(() -> service.create("VS-02"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("advice.vraagstuk.notReady");
                    assertThat(e.field()).isEqualTo("vraagstuk");
                });
        Advice a = fresh("Een per vraagstuk");
        support.actAs("programmabureau");
        assertThatThrownBy(() -> service.create(a.vraagstukCode()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("advice.exists"));
    }

    @Test
    void aNewVersionNeedsAReasonStartsFromTheLastTextsKeepsTheOldReadableAndTheDiffShowsTheChange() {
        Advice a = adopted("Nieuwe versie");
        String v1Analyse = a.text(AdviceSection.ANALYSE);
        support.actAs("programmabureau");
        Advice frozen = a;
        assertThatThrownBy(() -> service.startNewVersion(frozen.id(), "  ", frozen.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("advice.version.reasonRequired");
                    assertThat(e.field()).isEqualTo("reason");
                });

        a = service.startNewVersion(a.id(), "Het IB vroeg om de kosten per jaar", a.version());
        assertThat(a.status()).isEqualTo(AdviceStatus.CONCEPT);
        assertThat(a.versionNumber()).isEqualTo(2);
        assertThat(a.revisionReason()).isEqualTo("Het IB vroeg om de kosten per jaar");
        assertThat(a.text(AdviceSection.ANALYSE)).isEqualTo(v1Analyse);
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.ADVIES_IN_CONCEPT);

        a = service.save(a.id(), a.toDraft().with(AdviceSection.ANALYSE, v1Analyse + "\n\nDe kosten lopen op tot 2028."));
        support.actAs("voorzitter");
        a = service.adopt(a.id(), a.version());
        assertThat(a.versionNumber()).isEqualTo(2);

        assertThat(service.versions(a.id())).extracting(AdviceVersion::number).containsExactly(1, 2);
        assertThat(service.version(a.id(), 1).orElseThrow().text(AdviceSection.ANALYSE)).isEqualTo(v1Analyse);
        assertThat(service.version(a.id(), 2).orElseThrow().reason()).isEqualTo("Het IB vroeg om de kosten per jaar");

        VersionDiff diff = service.diff(a.id(), 1, 2);
        VersionDiff.SectionDiff analyse = diff.sections().get(AdviceSection.ANALYSE.ordinal());
        assertThat(analyse.changed()).isTrue();
        assertThat(analyse.parts()).filteredOn(p -> p.kind() == VersionDiff.PartKind.ADDED)
                .extracting(VersionDiff.Part::text).anySatisfy(t -> assertThat(t).contains("lopen op tot 2028."));
        assertThat(diff.sections()).filteredOn(VersionDiff.SectionDiff::changed).hasSize(1);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void aTenMegabytePasteIsRefusedAtItsSectionAndNothingSavedIsLost() {
        Advice a = fresh("Plakken");
        support.actAs("lid-haz");
        a = service.save(a.id(), a.toDraft().with(AdviceSection.ANALYSE, "Wat eerder geschreven is."));
        Advice saved = a;
        String paste = "x".repeat(10 * 1024 * 1024);
        assertThatThrownBy(() -> service.save(saved.id(), saved.toDraft().with(AdviceSection.ANALYSE, paste)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("analyse");
                    assertThat(e.messageKey()).isEqualTo("advice.section.tooLong");
                    assertThat(nl.tafelwerk.shared.Texts.get(nl.tafelwerk.shared.Texts.DUTCH, e.messageKey(), e.arguments()))
                            .isEqualTo("Deze sectie mag hoogstens 50000 tekens bevatten; de geplakte tekst heeft er 10485760. "
                                    + "Er is niets opgeslagen; wat eerder was opgeslagen blijft staan");
                });
        Advice after = service.find(a.id()).orElseThrow();
        assertThat(after.text(AdviceSection.ANALYSE)).isEqualTo("Wat eerder geschreven is.");
        assertThat(after.version()).isEqualTo(saved.version());
        // exactly at the maximum is fine
        service.save(a.id(), after.toDraft().with(AdviceSection.ANALYSE, "y".repeat(Advice.SECTION_MAX)));
    }

    @Test
    void vaststellenWithEmptyRequiredSectionsNamesEachOfThemAndChangesNothing() {
        Advice a = fresh("Lege secties");
        support.actAs("programmabureau");
        a = service.save(a.id(), a.toDraft().with(AdviceSection.VRAAG, "  ").with(AdviceSection.GEVOLGEN, "")
                .with(AdviceSection.MINDERHEIDSSTANDPUNTEN, ""));
        support.actAs("voorzitter");
        Advice concept = a;
        assertThatThrownBy(() -> service.adopt(concept.id(), concept.version()))
                .isInstanceOfSatisfying(MissingSectionsException.class, e -> {
                    assertThat(e.sections()).containsExactly(AdviceSection.VRAAG, AdviceSection.GEVOLGEN);
                    assertThat(e.field()).isEqualTo("vraag");
                    assertThat(e.messageKey()).isEqualTo("advice.section.required");
                });
        assertThat(service.find(a.id()).orElseThrow().status()).isEqualTo(AdviceStatus.CONCEPT);
        assertThat(service.versions(a.id())).isEmpty();
        assertThat(statusOf(a)).isEqualTo(VraagstukStatus.ADVIES_IN_CONCEPT);
    }

    @Test
    void aStaleSaveIsAConflictWithTheCurrentTexts() {
        Advice a = fresh("Gelijktijdig");
        support.actAs("lid-haz");
        Advice first = service.save(a.id(), a.toDraft().with(AdviceSection.ANALYSE, "Eerst"));
        support.actAs("lid-msz");
        assertThatThrownBy(() -> service.save(a.id(), a.toDraft().with(AdviceSection.ANALYSE, "Tegelijk")))
                .isInstanceOfSatisfying(AdviceConflictException.class,
                        e -> assertThat(e.current().text(AdviceSection.ANALYSE)).isEqualTo("Eerst"));
        assertThat(service.find(a.id()).orElseThrow().version()).isEqualTo(first.version());
    }

    // ---------------------------------------------------------------- endorsement

    @Test
    void positionsNeedAReasonUnlessSupportingOnePerSectorChangesRecordedAndDissentInMinderheidsstandpunten() {
        Advice a = inConsultation("Standpunten");
        support.actAs("lid-msz");
        assertThatThrownBy(() -> service.setPosition(a.id(), "MSZ", Stance.STEUNT_NIET, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("advice.position.reasonRequired");
                });
        assertThatThrownBy(() -> service.setPosition(a.id(), "MSZ", Stance.STEUNT_MET_VOORBEHOUD, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        service.setPosition(a.id(), "MSZ", Stance.STEUNT, null);
        SectorPosition changed = service.setPosition(a.id(), "MSZ", Stance.STEUNT_NIET, "De planning van de ziekenhuizen laat dit niet toe");
        assertThat(changed.setBy()).isEqualTo("lid-msz");
        support.actAs("lid-haz");
        service.setPosition(a.id(), "HAZ", Stance.STEUNT, "");

        Endorsement e = service.endorsement(a.id());
        assertThat(e.positions()).extracting(SectorPosition::sectorCode).containsExactly("HAZ", "MSZ");
        assertThat(e.positions()).filteredOn(p -> p.sectorCode().equals("MSZ")).singleElement()
                .extracting(SectorPosition::stance).isEqualTo(Stance.STEUNT_NIET);
        assertThat(e.missingSectors()).containsExactly("LZ");
        assertThat(service.history(a.id())).filteredOn(h -> h.field().equals("position.MSZ")).hasSize(2)
                .anySatisfy(h -> {
                    assertThat(h.oldValue()).isEqualTo("Steunt");
                    assertThat(h.newValue()).startsWith("Steunt niet: De planning");
                });
        SectionView minority = service.section(a.id(), AdviceSection.MINDERHEIDSSTANDPUNTEN);
        assertThat(minority.generated()).contains("Steunt niet").contains("De planning van de ziekenhuizen laat dit niet toe")
                .contains("Zonder standpunt: LZ").contains("Afwijkende standpunten");
    }

    @Test
    void positionsAreTakenOnlyInConsultationAndKeptInTheVersionNotCarriedToTheNext() {
        Advice a = fresh("Standpunt in concept");
        support.actAs("lid-haz");
        assertThatThrownBy(() -> service.setPosition(a.id(), "HAZ", Stance.STEUNT, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("advice.position.notInConsultation"));
        support.actAs("programmabureau");
        Advice c = service.startConsultation(a.id(), a.version());
        support.actAs("lid-haz");
        service.setPosition(c.id(), "HAZ", Stance.STEUNT_MET_VOORBEHOUD, "Mits de leveranciers meedoen");
        support.actAs("voorzitter");
        Advice adopted = service.adopt(c.id(), c.version());
        Advice next = service.startNewVersion(adopted.id(), "Aanvulling", adopted.version());
        assertThat(service.endorsement(next.id()).positions()).isEmpty();
        assertThat(service.version(next.id(), 1).orElseThrow().positions()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("Mits de leveranciers meedoen"));
        assertThat(service.version(next.id(), 1).orElseThrow().minorityGenerated()).contains("Mits de leveranciers meedoen");
    }

    // ---------------------------------------------------------------- suggestions

    @Test
    void theChairAcceptsOrRejectsSuggestionsAndASuggestionOnAChangedSectionIsNotTakenBlindly() {
        Advice a = inConsultation("Voorstellen");
        support.actAs("lid-msz");
        Suggestion s1 = service.suggest(a.id(), AdviceSection.ANALYSE, "Analyse zoals MSZ haar ziet", "korter");
        Suggestion s2 = service.suggest(a.id(), AdviceSection.VRAAG, "Een scherpere vraag", null);
        Suggestion s3 = service.suggest(a.id(), AdviceSection.GEVOLGEN, "Gevolgen volgens MSZ", null);

        support.actAs("voorzitter");
        Advice accepted = service.acceptSuggestion(s1.id(), s1.version());
        assertThat(accepted.text(AdviceSection.ANALYSE)).isEqualTo("Analyse zoals MSZ haar ziet");
        assertThatThrownBy(() -> service.acceptSuggestion(s1.id(), s1.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("advice.suggestion.decided"));

        assertThatThrownBy(() -> service.rejectSuggestion(s2.id(), s2.version(), ""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        Suggestion rejected = service.rejectSuggestion(s2.id(), s2.version(), "De vraag komt van de indiener");
        assertThat(rejected.state()).isEqualTo(SuggestionState.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("De vraag komt van de indiener");
        assertThat(service.find(a.id()).orElseThrow().text(AdviceSection.VRAAG)).isEqualTo(a.text(AdviceSection.VRAAG));

        support.actAs("programmabureau");
        Advice current = service.find(a.id()).orElseThrow();
        service.save(a.id(), current.toDraft().with(AdviceSection.GEVOLGEN, "Intussen herschreven"));
        support.actAs("voorzitter");
        assertThatThrownBy(() -> service.acceptSuggestion(s3.id(), s3.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("advice.suggestion.outdated");
                    assertThat(e.field()).isEqualTo("gevolgen");
                });
        assertThat(service.find(a.id()).orElseThrow().text(AdviceSection.GEVOLGEN)).isEqualTo("Intussen herschreven");
    }

    // ---------------------------------------------------------------- traceability

    @Test
    void aChangedSourceMarksItsSectionOutdatedUntilSomeoneAcceptsTheChange() {
        Advice a = fresh("Herleidbaar");
        support.actAs("waarnemer");
        List<SectionView> sections = service.sections(a.id());
        assertThat(sections).noneMatch(SectionView::outdated);
        SectionView vraag = sections.get(AdviceSection.VRAAG.ordinal());
        assertThat(vraag.sources()).singleElement().satisfies(t -> {
            assertThat(t.source().kind()).isEqualTo(SourceKind.VRAAGSTUK);
            assertThat(t.source().link()).isEqualTo("voorraadagenda/" + a.vraagstukCode());
            assertThat(t.source().fingerprint()).isNotBlank();
        });
        assertThat(sections.get(AdviceSection.BETROKKEN.ordinal()).sources()).extracting(t -> t.source().link())
                .contains("bouwstenen/MITZ", "bouwstenen/BGZ");
        assertThat(sections.get(AdviceSection.AFHANKELIJKHEDEN.ordinal()).sources()).extracting(t -> t.source().link())
                .containsExactly("bouwstenen/graaf");

        support.actAs("voorzitter");
        Vraagstuk v = vraagstukken.find(a.vraagstukCode()).orElseThrow();
        VraagstukDraft d = v.toDraft();
        vraagstukken.update(v.code(), new VraagstukDraft(d.title(), d.type(), d.source(), "Een nieuwe beschrijving.",
                d.rationale(), d.urgency(), d.submittedBySector(), d.affectedSectors(), d.bouwstenen(), d.gremiumCode(),
                d.workingGroup(), d.owner(), d.nextMeeting(), d.baseVersion()));

        support.actAs("lid-lz");
        sections = service.sections(a.id());
        assertThat(sections.get(AdviceSection.VRAAG.ordinal()).outdated()).isTrue();
        assertThat(sections.get(AdviceSection.VRAAG.ordinal()).sources()).singleElement().extracting(TracedSource::changed).isEqualTo(true);
        assertThat(sections.get(AdviceSection.BETROKKEN.ordinal()).outdated()).as("the description is not what this section rests on").isFalse();

        Advice afterAccept = service.acceptSources(a.id(), AdviceSection.VRAAG);
        assertThat(service.section(a.id(), AdviceSection.VRAAG).outdated()).isFalse();
        assertThat(afterAccept.version()).isGreaterThan(a.version());
        assertThat(service.history(a.id())).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("sources.vraag");
            assertThat(h.actorName()).isNotBlank();
        });
        // the written text stays the people's: accepting the change does not overwrite it
        assertThat(afterAccept.text(AdviceSection.VRAAG)).isEqualTo(a.text(AdviceSection.VRAAG));
    }

    @Test
    void aNewScenarioAndTheChairsPreferenceMarkTheirSectionsAndTheComparisonIsLinked() {
        Advice a = fresh("Scenario als bron");
        support.actAs("voorzitter");
        nl.tafelwerk.scenarios.Scenario first = scenarios.create(a.vraagstukCode(),
                nl.tafelwerk.scenarios.ScenarioDraft.named("Gefaseerd", 2026, 2028));
        nl.tafelwerk.scenarios.Scenario second = scenarios.create(a.vraagstukCode(),
                nl.tafelwerk.scenarios.ScenarioDraft.named("Alles tegelijk", 2026, 2027));
        scenarios.markPreferred(first.code(), "Minder druk op de leveranciers");

        support.actAs("waarnemer");
        List<SectionView> sections = service.sections(a.id());
        SectionView scenarioSection = sections.get(AdviceSection.SCENARIOS.ordinal());
        assertThat(scenarioSection.outdated()).isTrue();
        assertThat(scenarioSection.sources()).extracting(t -> t.source().link()).contains("scenarios/" + first.code(),
                "scenarios/" + second.code(), "scenarios/vergelijk?s=" + first.code() + "&s=" + second.code());
        assertThat(sections.get(AdviceSection.VOORKEURSSCENARIO.ordinal()).outdated()).isTrue();
        assertThat(sections.get(AdviceSection.VRAAG.ordinal()).outdated()).isFalse();
        assertThat(service.prefill(a.vraagstukCode()).get(AdviceSection.VOORKEURSSCENARIO))
                .contains(first.code()).contains("Minder druk op de leveranciers");

        support.actAs("voorzitter");
        service.acceptSources(a.id(), AdviceSection.SCENARIOS);
        assertThat(service.section(a.id(), AdviceSection.SCENARIOS).outdated()).isFalse();
        assertThat(service.section(a.id(), AdviceSection.VOORKEURSSCENARIO).outdated()).isTrue();
    }

    @Test
    void theRankingOfARevealedRoundHoldingTheVraagstukIsASourceOfAnalyse() {
        Advice a = fresh("Rangorde als bron");
        support.actAs("voorzitter");
        nl.tafelwerk.assessment.FrameworkVersion framework = rounds.frameworkVersions().getFirst();
        nl.tafelwerk.assessment.ScoringRound round = rounds.open(new nl.tafelwerk.assessment.RoundOpening("Ronde advies-test",
                List.of(new nl.tafelwerk.assessment.RoundItemRef(nl.tafelwerk.assessment.RoundItemKind.VRAAGSTUK, a.vraagstukCode()),
                        new nl.tafelwerk.assessment.RoundItemRef(nl.tafelwerk.assessment.RoundItemKind.VRAAGSTUK, "VS-02")),
                framework.id(), java.time.Instant.now().plus(java.time.Duration.ofDays(7)),
                nl.tafelwerk.assessment.RoundRevealMode.NAMED, nl.tafelwerk.assessment.RoundQuorum.EVERY_SECTOR, java.util.Set.of("HAZ")));
        support.actAs("lid-haz");
        nl.tafelwerk.assessment.RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        for (nl.tafelwerk.assessment.RoundItem item : round.items()) {
            Map<String, nl.tafelwerk.assessment.RoundScore> scores = new java.util.LinkedHashMap<>();
            for (nl.tafelwerk.assessment.ScoredCriterion c : round.criteria()) {
                List<Integer> scale = c.scale().values();
                scores.put(c.code(), new nl.tafelwerk.assessment.RoundScore(
                        item.code().equals("VS-02") ? scale.getFirst() : scale.getLast(), null));
            }
            ballot = rounds.score(round.id(), item.key(), scores, ballot.version());
        }
        support.actAs("voorzitter");
        rounds.reveal(round.id(), "Test: alleen HAZ", rounds.find(round.id()).orElseThrow().version());

        SectionView analyse = service.section(a.id(), AdviceSection.ANALYSE);
        assertThat(analyse.outdated()).as("a ranking that was not there when the advice was made").isTrue();
        assertThat(analyse.sources()).filteredOn(t -> t.source().kind() == SourceKind.RANGORDE).singleElement()
                .satisfies(t -> {
                    assertThat(t.source().link()).isEqualTo("scoringsrondes/" + round.id() + "/rangorde");
                    assertThat(t.changed()).isTrue();
                    assertThat(t.source().summary()).contains("Ronde advies-test").contains("op plaats");
                });
        assertThat(service.prefill(a.vraagstukCode()).get(AdviceSection.ANALYSE)).contains("Ronde advies-test")
                .containsPattern(a.vraagstukCode() + " op plaats [12] van 2 \\(WSJF \\d+,\\d\\d\\)");
        support.actAs("waarnemer");
        nl.tafelwerk.shared.documents.DocumentBlock.Table ranking = distribution.document(a.id(), null).blocks().stream()
                .filter(nl.tafelwerk.shared.documents.DocumentBlock.Table.class::isInstance)
                .map(nl.tafelwerk.shared.documents.DocumentBlock.Table.class::cast)
                .filter(t -> t.caption().startsWith("Rangorde")).findFirst().orElseThrow();
        assertThat(ranking.rows()).extracting(r -> r.get(1).substring(0, r.get(1).indexOf(' ')))
                .containsExactlyInAnyOrder(a.vraagstukCode(), "VS-02");
        assertThat(ranking.rows()).extracting(r -> r.get(0)).containsExactly("1", "2");
    }

    @Test
    void everyDemoVraagstukGetsAPrefilledAdviceWithLiveReferences() {
        support.actAs("waarnemer");
        List<Vraagstuk> demo = vraagstukken.exportDetails(nl.tafelwerk.agenda.VraagstukFilter.ALL, List.of()).stream()
                .filter(v -> v.code().matches("VS-\\d\\d")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(18);
        for (Vraagstuk v : demo) {
            Map<AdviceSection, String> texts = service.prefill(v.code());
            for (AdviceSection s : AdviceSection.values()) {
                if (s != AdviceSection.MINDERHEIDSSTANDPUNTEN) {
                    assertThat(texts.get(s)).as(v.code() + " " + s).isNotBlank();
                }
            }
            assertThat(texts.get(AdviceSection.VRAAG)).as(v.code()).contains(v.code());
            Map<AdviceSection, List<SourceReference>> refs = service.references(v.code());
            assertThat(refs.get(AdviceSection.VRAAG)).as(v.code()).extracting(SourceReference::link)
                    .containsExactly("voorraadagenda/" + v.code());
            for (String b : v.bouwstenen()) {
                assertThat(refs.get(AdviceSection.BETROKKEN)).as(v.code()).extracting(SourceReference::link).contains("bouwstenen/" + b);
            }
        }
        // and each can really be created once worked out
        for (Vraagstuk v : demo) {
            support.actAs("programmabureau");
            if (service.ofVraagstuk(v.code()).isPresent()) {
                continue;
            }
            Vraagstuk current = vraagstukken.find(v.code()).orElseThrow();
            if (current.status() == VraagstukStatus.OP_VOORRAADAGENDA) {
                current = vraagstukken.transition(current.code(), nl.tafelwerk.agenda.LifecycleAction.AGENDEREN, null, current.version());
            }
            if (current.status() == VraagstukStatus.GEAGENDEERD) {
                current = vraagstukken.transition(current.code(), nl.tafelwerk.agenda.LifecycleAction.UITWERKING_STARTEN, null,
                        current.version());
            }
            Advice created = service.create(current.code());
            assertThat(service.sections(created.id())).as(v.code()).noneMatch(SectionView::outdated);
        }
    }

    // ---------------------------------------------------------------- demo data

    @Test
    void theDemoHoldsOneAdviceInConsultationWithSomePositionsSeededOnlyOnce() {
        support.actAs("waarnemer");
        Advice demo = service.ofVraagstuk("VS-09").orElseThrow();
        assertThat(demo.status()).isEqualTo(AdviceStatus.TER_CONSULTATIE);
        assertThat(statusOf(demo)).isEqualTo(VraagstukStatus.ADVIES_IN_CONCEPT);
        Endorsement e = service.endorsement(demo.id());
        assertThat(e.positions()).extracting(SectorPosition::sectorCode).containsExactly("HAZ", "MSZ");
        assertThat(e.missingSectors()).containsExactly("LZ");
        assertThat(service.suggestions(demo.id())).isNotEmpty();

        SecurityContextHolder.clearContext();
        demoData.load();
        support.actAs("waarnemer");
        assertThat(service.ofVraagstuk("VS-09").orElseThrow().id()).isEqualTo(demo.id());
        assertThat(service.versions(demo.id())).isEmpty();
        assertThat(service.all()).filteredOn(i -> i.vraagstukCode().equals("VS-09")).hasSize(1);
    }
}
