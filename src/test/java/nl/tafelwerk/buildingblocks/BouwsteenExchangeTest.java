package nl.tafelwerk.buildingblocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Export of the (filtered) catalogue and the all-or-nothing import with Dutch row-level problems. */
@TafelwerkTest
class BouwsteenExchangeTest {

    @Autowired
    BouwsteenExchange exchange;
    @Autowired
    BouwsteenService service;
    @Autowired
    UserDetailsService userDetails;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TestBouwstenen.removeAllButTheSeed(jdbc);
    }

    @Test
    void csvAndXlsxExportTheFilteredCatalogue() throws Exception {
        actAs("waarnemer");
        BouwsteenFilter green = new BouwsteenFilter(null, null, null, BouwsteenStatus.IN_UITVOERING, null);
        String csv = new String(exchange.exportCsv(green), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFcode;naam;beschrijving;type");
        assertThat(lines).hasSize(1 + 9);
        assertThat(csv).contains("MITZ;Toestemmingsvoorziening Mitz;");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exchange.exportXlsx(BouwsteenFilter.NONE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(sheet.getLastRowNum()).isEqualTo(service.count(BouwsteenFilter.NONE));
        }
    }

    @Test
    void badRowsAreReportedInDutchAndNothingIsImported() {
        actAs("programmabureau");
        long before = service.count();
        long links = service.countDependencies();
        String csv = """
                code;naam;type;niveau_beheer;afhankelijk_van
                IMP-OK;Goede rij;norm;1;MITZ
                IMP-BAD;Slechte rij;norm;5;ONBEKEND
                ;Zonder code;raar;;
                """;
        ImportPreview preview = exchange.preview("bouwstenen.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.isValid()).isFalse();
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.problems()).extracting(p -> p.rowNumber() + ": " + Texts.get(Texts.DUTCH, p.messageKey(), p.arguments()))
                .containsExactly(
                        "3: niveau 5 in kolom niveau_beheer ligt buiten de schaal 0–3",
                        "3: onbekende bouwsteen ONBEKEND in kolom afhankelijk_van",
                        "4: kolom code is verplicht",
                        "4: onbekend type \"raar\"");

        assertThatThrownBy(() -> exchange.importFile("bouwstenen.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Texts.get(Texts.DUTCH, e.messageKey(), e.arguments()))
                        .isEqualTo("Het bestand is niet ingelezen: 4 problemen gevonden (het eerste in rij 3). Er is niets opgeslagen."));
        assertThat(service.count()).isEqualTo(before);
        assertThat(service.countDependencies()).isEqualTo(links);
        assertThat(service.find("IMP-OK")).isEmpty();
    }

    @Test
    void aCycleInTheFileIsRefused() {
        actAs("voorzitter");
        String csv = "code,naam,type,afhankelijk_van\nCYC-A,A,norm,CYC-B\nCYC-B,B,norm,CYC-A\n";
        ImportPreview preview = exchange.preview("kring.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.arguments()))
                .isEqualTo("deze afhankelijkheid maakt een cyclus: CYC-B → CYC-A → CYC-B"));
        assertThat(service.find("CYC-A")).isEmpty();
    }

    @Test
    void aGoodFileIsImportedCompletelyAndExportRoundTrips() {
        actAs("voorzitter");
        String code = "IMP" + (System.nanoTime() % 100000);
        String csv = "code;naam;type;fase;status_tafel;sectoren;doorlooptijd_weken;niveau_referentieproces;afhankelijk_van\n"
                + code + "-A;Geïmporteerd A;norm;Koplopers;In uitvoering;HAZ,MSZ;10;1;" + code + "-B\n"
                + code + "-B;Geïmporteerd B;informatiestandaard;;;ALL;4;0;ZIB\n";
        ImportPreview done = exchange.importFile("goed.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(done.newCount()).isEqualTo(2);
        Bouwsteen a = service.find(code + "-A").orElseThrow();
        assertThat(a.phase()).isEqualTo(ImplementationPhase.KOPLOPERS);
        assertThat(a.tableStatus()).isEqualTo(BouwsteenStatus.IN_UITVOERING);
        assertThat(a.sectors()).containsExactly("HAZ", "MSZ");
        assertThat(a.level(AcceptanceCriterion.REFERENTIEPROCES)).isEqualTo(1);
        assertThat(service.neededTransitively(code + "-A")).contains(code + "-B", "ZIB");
        assertThat(service.criticalPath(code + "-A").weeks()).isEqualTo(14);

        byte[] xlsx = exchange.exportXlsx(new BouwsteenFilter(code, null, null, null, null));
        ImportPreview again = exchange.preview("terug.xlsx", xlsx);
        assertThat(again.problems()).isEmpty();
        assertThat(again.rows()).hasSize(2).noneMatch(ImportRow::isNew);
    }

    @Test
    void onlyChairAndProgrammeOfficeImport() {
        actAs("lid-haz");
        byte[] csv = "code;naam;type\nX;X;norm\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> exchange.preview("x.csv", csv)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.importFile("x.csv", csv)).isInstanceOf(AccessDeniedException.class);
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
