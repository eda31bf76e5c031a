package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Sending a vastgestelde version, the Ter informatie list with read receipts, and the advice as a document. */
@RecordApplicationEvents
class AdviceDistributionTest extends AdviceIntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void sendingRecordsEachRecipientAndVersionAndNotifiesThePeopleOfTheChosenSectors() {
        Advice a = support.adoptedWithPositions(service, "Verzenden");
        support.actAs("programmabureau");
        List<Recipient> offered = distribution.recipients(a.id());
        assertThat(offered).filteredOn(r -> r.kind() == RecipientKind.GREMIUM).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo("IB"));
        assertThat(offered).filteredOn(r -> r.code().equals("HAZ")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecipientKind.DEELNEMENDE_SECTOR);
            assertThat(r.usernames()).contains("lid-haz");
        });
        assertThat(offered).filteredOn(r -> r.code().equals("FARM")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecipientKind.GEINFORMEERDE_SECTOR);
            assertThat(r.usernames()).containsExactly("info-farm");
        });

        List<Delivery> sent = distribution.send(a.id(), 1,
                new RecipientSelection(true, "secretariaat@ib.example.nl", Set.of("HAZ", "FARM")));
        assertThat(sent).extracting(Delivery::recipient).contains("IB", "lid-haz", "info-farm").doesNotContain("lid-msz", "info-ggz");
        assertThat(sent).allSatisfy(d -> {
            assertThat(d.versionNumber()).isEqualTo(1);
            assertThat(d.sentBy()).isNotBlank();
        });
        assertThat(sent).filteredOn(d -> d.kind() == RecipientKind.GREMIUM).singleElement()
                .satisfies(d -> assertThat(d.email()).isEqualTo("secretariaat@ib.example.nl"));
        assertThat(distribution.deliveries(a.id())).hasSameSizeAs(sent);

        assertThat(events.stream(AdviceSent.class)).singleElement().satisfies(e -> {
            assertThat(e.adviceId()).isEqualTo(a.id());
            assertThat(e.versionNumber()).isEqualTo(1);
            assertThat(e.usernames()).contains("lid-haz", "info-farm").doesNotContain("lid-msz", "info-ggz", "IB");
            assertThat(e.notice().kind()).isEqualTo("advice.sent");
            assertThat(e.notice().link()).isEqualTo("adviezen/" + a.id());
            assertThat(e.notice().title()).contains(a.vraagstukCode()).contains("versie 1");
        });
    }

    @Test
    void anObserverFindsTheAdviceTerInformatieAndOpeningItIsARecordedReceipt() {
        Advice a = support.adoptedWithPositions(service, "Ter informatie");
        support.actAs("programmabureau");
        distribution.send(a.id(), 1, new RecipientSelection(false, null, Set.of("FARM")));

        support.actAs("info-farm");
        assertThat(distribution.informed()).filteredOn(i -> i.adviceId() == a.id()).singleElement()
                .satisfies(i -> {
                    assertThat(i.versionNumber()).isEqualTo(1);
                    assertThat(i.read()).isFalse();
                });
        distribution.markRead(a.id());
        assertThat(distribution.informed()).filteredOn(i -> i.adviceId() == a.id()).singleElement()
                .satisfies(i -> assertThat(i.readAt()).isNotNull());
        support.actAs("info-ggz");
        assertThat(distribution.informed()).noneMatch(i -> i.adviceId() == a.id());
        support.actAs("programmabureau");
        assertThat(distribution.deliveries(a.id())).singleElement().satisfies(d -> assertThat(d.readAt()).isNotNull());
    }

    @Test
    void withoutRecipientsOrWithABadAddressNothingIsSentAndTheMessageSaysWhy() {
        Advice a = support.adoptedWithPositions(service, "Geen ontvangers");
        support.actAs("programmabureau");
        assertThatThrownBy(() -> distribution.send(a.id(), 1, new RecipientSelection(false, null, Set.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("recipients");
                    assertThat(nl.tafelwerk.shared.Texts.get(nl.tafelwerk.shared.Texts.DUTCH, e.messageKey()))
                            .isEqualTo("Kies ten minste één ontvanger: het gremium of een sector met gebruikers");
                });
        assertThatThrownBy(() -> distribution.send(a.id(), 1, new RecipientSelection(true, "geen adres", Set.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("gremiumEmail"));
        assertThatThrownBy(() -> distribution.send(a.id(), 2, new RecipientSelection(true, null, Set.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("advice.distribution.notAdopted"));
        assertThat(distribution.deliveries(a.id())).isEmpty();
        assertThat(events.stream(AdviceSent.class)).isEmpty();
    }

    @Test
    void theDocumentOfAVersionHoldsTheSectionsThePositionsPerSectorAndTheVersion() {
        Advice a = support.adoptedWithPositions(service, "Document");
        support.actAs("waarnemer");
        Document d = distribution.document(a.id(), 1);
        assertThat(d.title()).startsWith("Advies " + a.vraagstukCode());
        assertThat(d.versionLabel()).isEqualTo("Versie 1 (vastgesteld)");
        assertThat(d.language()).isEqualTo(Document.DUTCH);
        assertThat(d.blocks()).filteredOn(DocumentBlock.Heading.class::isInstance).map(b -> ((DocumentBlock.Heading) b).text())
                .containsExactly("Vraag", "Analyse", "Betrokken sectoren en bouwstenen", "Afhankelijkheden en volgordelijkheid",
                        "Scenario's", "Voorkeursscenario", "Gevolgen per sector", "Minderheidsstandpunten", "Bestuurlijk gremium");
        assertThat(d.blocks()).filteredOn(DocumentBlock.MarkdownText.class::isInstance)
                .map(b -> ((DocumentBlock.MarkdownText) b).markdown())
                .anySatisfy(md -> assertThat(md).contains(a.vraagstukCode()));
        DocumentBlock.Table positions = d.blocks().stream().filter(DocumentBlock.Table.class::isInstance)
                .map(DocumentBlock.Table.class::cast).filter(t -> t.caption().equals("Standpunten per sector")).findFirst().orElseThrow();
        assertThat(positions.rows()).anySatisfy(r -> assertThat(r).startsWith("HAZ · Huisartsenzorg", "Steunt"));
        assertThat(positions.rows()).anySatisfy(r -> assertThat(r).contains("Steunt niet", "Te vroeg voor de ziekenhuizen"));
        assertThat(positions.rows()).anySatisfy(r -> assertThat(r.getFirst()).startsWith("LZ"));

        Document concept = distribution.document(a.id(), null);
        assertThat(concept.versionLabel()).isEqualTo("Versie 1 (vastgesteld)");
        assertThat(AdviceDistributionService.fileName(a, 1, "pdf")).isEqualTo("advies-" + a.vraagstukCode() + "-v1.pdf");
    }
}
