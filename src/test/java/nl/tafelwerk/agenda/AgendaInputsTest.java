package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Issue 10 for the agenda: the export imports again unchanged, "alle sectoren", control characters, plurals. */
@TafelwerkTest
@Transactional // rolled back: other test classes count the 18 catalogue items
class AgendaInputsTest {

    @Autowired
    VraagstukService service;
    @Autowired
    AgendaExport export;
    @Autowired
    AgendaImport agendaImport;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theExportedAgendaImportsAgainUnchangedAsCsvAndAsXlsx() {
        AgendaTestSupport support = new AgendaTestSupport(userDetails, service);
        support.actAs("programmabureau");
        Vraagstuk tricky = service.submit(new VraagstukDraft("=1+1 lijkt een formule", VraagstukType.GENERIEKE_FUNCTIES,
                VraagstukBron.VWS_ROUTEKAART, "Omschrijving; met \"aanhalingstekens\",\nen een tweede regel", "-onderbouwing",
                Urgentie.HOOG, "HAZ", Set.of(AllSectors.CODE), Set.of("MITZ"), null, null, null, null, 0));
        long count = service.count(VraagstukFilter.ALL);
        for (String name : List.of("agenda.csv", "agenda.xlsx")) {
            byte[] file = name.endsWith(".csv") ? export.csv(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER))
                    : export.xlsx(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER));
            AgendaImport.Preview preview = agendaImport.preview(name, file);
            assertThat(preview.fileProblems()).as(name).isEmpty();
            assertThat(preview.rows()).as(name).hasSize((int) count).allMatch(AgendaImport.Row::unchanged);
            assertThat(preview.isValid()).isTrue();
            AgendaImport.Row row = preview.rows().stream().filter(r -> tricky.code().equals(r.code())).findFirst().orElseThrow();
            assertThat(row.draft().title()).isEqualTo("=1+1 lijkt een formule");
            assertThat(row.draft().affectedSectors()).containsExactly(AllSectors.CODE);
            assertThat(agendaImport.importFile(name, file).codes()).isEmpty();
            assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(count);
        }
        String csv = new String(export.csv(VraagstukFilter.ALL, List.of()), StandardCharsets.UTF_8);
        assertThat(csv).contains(";'=1+1 lijkt een formule;").contains("Alle sectoren").doesNotContain(";=1+1");
    }

    @Test
    void aFilterOnOneSectorFindsTheItemsForAllSectors() {
        new AgendaTestSupport(userDetails, service).actAs("waarnemer");
        List<VraagstukListItem> haz = service.export(new VraagstukFilter(null, Set.of(), Set.of(), "LZ"), List.of());
        assertThat(haz).extracting(VraagstukListItem::code).contains("VS-04", "VS-05");
    }

    @Test
    void aNulInATitleIsRefusedAtItsColumnAndNothingIsImported() {
        new AgendaTestSupport(userDetails, service).actAs("programmabureau");
        byte[] file = (Csv.BOM + "Titel;Type\r\nTitel met\u0000NUL;Generieke functie\r\n").getBytes(StandardCharsets.UTF_8);
        AgendaImport.Preview preview = agendaImport.preview("nul.csv", file);
        assertThat(preview.isValid()).isFalse();
        assertThat(preview.rows().getFirst().problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Titel");
            assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args()))
                    .isEqualTo("Bevat een onzichtbaar stuurteken (U+0000) op positie 10; haal het weg");
        });
    }

    @Test
    void countsAreWrittenInCorrectDutch() {
        assertThat(Texts.get(Texts.DUTCH, "agenda.import.summary.invalid", 1, 1, 1))
                .startsWith("1 rij gelezen, waarvan 1 met fouten (1 melding).");
        assertThat(Texts.get(Texts.DUTCH, "agenda.import.summary.invalid", 3, 2, 5))
                .startsWith("3 rijen gelezen, waarvan 2 met fouten (5 meldingen).");
        assertThat(Texts.get(Texts.DUTCH, "import.problems", 1)).startsWith("1 probleem gevonden;");
        assertThat(Texts.get(Texts.DUTCH, "import.problems", 2)).startsWith("2 problemen gevonden;");
        assertThat(Texts.get(Texts.DUTCH, "agenda.import.refused", 1)).contains("het bestand bevat 1 fout.");
        assertThat(Texts.get(Texts.ENGLISH, "import.problems", 1)).startsWith("1 problem found;");
    }
}
