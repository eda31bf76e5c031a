package nl.tafelwerk.buildingblocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.InputSafetyTest;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Issue 10 for the catalogue: round trips, stale rows, history of an import, control characters, file kinds. */
@TafelwerkTest
@Transactional // rolled back: other classes count and read the seed catalogue
class BouwsteenInputsTest {

    @Autowired
    BouwsteenExchange exchange;
    @Autowired
    BouwsteenService service;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private Bouwsteen tricky(String code) {
        actAs("voorzitter");
        Bouwsteen b = service.propose(new NewBouwsteen(code, "=SOM(A1) als naam", null, "norm", List.of("ALL")));
        return service.save(code, new BouwsteenChange(b.name(), "Beschrijving; met \"aanhalingstekens\",\nen een tweede regel",
                "norm", "-eigenaar", ImplementationPhase.KOPLOPERS, null, BouwsteenStatus.IN_UITVOERING, List.of("ALL"), 7,
                Map.of(AcceptanceCriterion.REFERENTIEPROCES, 2), "@bron", null, b.version()));
    }

    @Test
    void anExportedCatalogueImportsAgainUnchangedAsCsvAndAsXlsx() {
        Bouwsteen before = tricky("RT-1");
        int history = service.history("RT-1").size();
        BouwsteenFilter only = new BouwsteenFilter("RT-1", null, null, null, null);
        for (String name : List.of("terug.csv", "terug.xlsx")) {
            byte[] file = name.endsWith(".csv") ? exchange.exportCsv(only) : exchange.exportXlsx(only);
            ImportPreview preview = exchange.preview(name, file);
            assertThat(preview.problems()).as(name).isEmpty();
            assertThat(preview.rows()).singleElement().satisfies(r -> assertThat(r.isNew()).isFalse());
            exchange.importFile(name, file);
            Bouwsteen after = service.find("RT-1").orElseThrow();
            assertThat(after).as(name).usingRecursiveComparison().ignoringFields("updatedAt", "updatedBy", "version")
                    .isEqualTo(before);
            assertThat(service.history("RT-1")).as("nothing changed, nothing in the history").hasSize(history);
        }
    }

    @Test
    void aRowChangedSinceTheExportIsRefusedNamingTheBouwsteen() {
        Bouwsteen b = tricky("RT-2");
        byte[] exported = exchange.exportCsv(new BouwsteenFilter("RT-2", null, null, null, null));
        service.save("RT-2", new BouwsteenChange("Intussen hernoemd", b.description(), b.type(), b.owner(), b.phase(), b.impact(),
                b.tableStatus(), b.sectors(), b.leadTimeWeeks(), Map.of(), b.source(), b.legalAnchor(), b.version()));
        ImportPreview preview = exchange.preview("oud.csv", exported);
        assertThat(preview.problems()).extracting(p -> Texts.get(Texts.DUTCH, p.messageKey(), p.arguments()))
                .containsExactly("bouwsteen RT-2 is gewijzigd sinds de export (versie " + b.version() + " in het bestand, nu "
                        + (b.version() + 1) + "); exporteer opnieuw en breng uw wijzigingen daarin aan");
        assertThatThrownBy(() -> exchange.importFile("oud.csv", exported)).isInstanceOf(DomainException.class);
        assertThat(service.find("RT-2").orElseThrow().name()).isEqualTo("Intussen hernoemd");
    }

    @Test
    void anImportedChangeWritesTheSameHistoryAsASave() {
        tricky("RT-3");
        String csv = new String(exchange.exportCsv(new BouwsteenFilter("RT-3", null, null, null, null)), StandardCharsets.UTF_8);
        int history = service.history("RT-3").size();
        exchange.importFile("nieuw.csv", csv.replace("'=SOM(A1) als naam", "Nieuwe naam").getBytes(StandardCharsets.UTF_8));
        List<HistoryEntry> entries = service.history("RT-3");
        assertThat(entries).hasSize(history + 1);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.oldValue()).isEqualTo("=SOM(A1) als naam");
            assertThat(e.newValue()).isEqualTo("Nieuwe naam");
        });
    }

    @Test
    void aNulInANameIsRefusedOnSaveAndInTheImport() {
        Bouwsteen b = tricky("RT-4");
        assertThatThrownBy(() -> service.save("RT-4", new BouwsteenChange("Naam\u0000", null, "norm", null, null, null, null,
                List.of(), null, Map.of(), null, null, b.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(Texts.get(Texts.DUTCH, e.messageKey(), e.arguments())).contains("U+0000").contains("positie 5");
                });
        ImportPreview preview = exchange.preview("nul.csv", "code;naam;type\nRT-5;Naam\u0000;norm\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(p -> Texts.get(Texts.DUTCH, p.messageKey(), p.arguments()))
                .containsExactly("kolom naam bevat een onzichtbaar stuurteken (U+0000) op positie 5; haal het weg");
    }

    @Test
    void allSectorsMixedWithASectorIsRefused() {
        actAs("voorzitter");
        assertThatThrownBy(() -> service.propose(new NewBouwsteen("RT-6", "Gemengd", null, "norm", List.of("ALL", "HAZ"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("sector.all.mixed"));
    }

    @Test
    void aWorkbookRenamedToCsvIsReadAsAWorkbookAndAZipBombIsRefused() throws Exception {
        actAs("programmabureau");
        byte[] xlsx = exchange.exportXlsx(BouwsteenFilter.NONE);
        ImportPreview preview = exchange.preview("bouwstenen.csv", xlsx);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize((int) service.count(BouwsteenFilter.NONE));

        assertThatThrownBy(() -> exchange.preview("bom.xlsx", InputSafetyTest.zipBomb()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Texts.get(Texts.DUTCH, e.messageKey(), e.arguments()))
                        .startsWith("Deze Excel-werkmap pakt uit tot veel meer dan hij weegt"));
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
