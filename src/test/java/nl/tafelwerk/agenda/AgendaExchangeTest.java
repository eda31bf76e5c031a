package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@TafelwerkTest
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the 18 catalogue items
class AgendaExchangeTest {

    private static final String HEADER = "Code;Titel;Type;Bron;Omschrijving;Onderbouwing;Urgentie;Indienende sector;Geraakte sectoren;Bouwstenen\r\n";

    @Autowired
    VraagstukService service;
    @Autowired
    AgendaExport export;
    @Autowired
    AgendaImport agendaImport;
    @Autowired
    UserDetailsService userDetails;
    AgendaTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(userDetails, service);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static byte[] csv(String body) {
        return (Csv.BOM + HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- export

    @Test
    void theCsvExportHoldsTheFilteredAgendaInTheGridsOrderAndReadsBack() {
        support.actAs("waarnemer");
        VraagstukFilter filter = new VraagstukFilter(null, Set.of(), Set.of(VraagstukType.SEMANTISCHE_STANDAARDISATIE), null);
        List<AgendaSort> sort = List.of(new AgendaSort(AgendaSort.Column.TITLE, false));
        List<VraagstukListItem> expected = service.export(filter, sort);
        assertThat(expected).isNotEmpty().hasSizeLessThan((int) service.count(VraagstukFilter.ALL));

        byte[] bytes = export.csv(filter, sort);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 BOM for Excel").isEqualTo("\u00EF\u00BB\u00BF");
        List<List<String>> table = Csv.read(Csv.decodeUtf8(bytes));
        assertThat(table.getFirst()).containsExactly("Volgorde", "Code", "Titel", "Type", "Status", "Bron", "Urgentie",
                "Indienende sector", "Geraakte sectoren", "Bouwstenen", "Omschrijving", "Onderbouwing", "Gremium",
                "Volgende vergadering", "Laatste wijziging", "Gewijzigd door");
        List<List<String>> data = table.subList(1, table.size());
        assertThat(data).extracting(r -> r.get(1)).containsExactlyElementsOf(expected.stream().map(VraagstukListItem::code).toList());
        assertThat(data).extracting(r -> r.get(2)).containsExactlyElementsOf(expected.stream().map(VraagstukListItem::title).toList());
        assertThat(data).extracting(r -> r.get(3)).containsOnly("Semantische standaardisatie");
        VraagstukListItem first = expected.getFirst();
        assertThat(data.getFirst().get(4)).isEqualTo(Texts.get(Texts.DUTCH, first.status().messageKey()));
        assertThat(data.getFirst().get(8)).isEqualTo(nl.tafelwerk.shared.AllSectors.forExport(first.affectedSectors()));
    }

    @Test
    void theXlsxExportIsReadableWithTheDutchHeader() throws IOException {
        support.actAs("lid-haz");
        byte[] bytes = export.xlsx(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(formatter.formatCellValue(c)));
            assertThat(names).isEqualTo(AgendaExport.headers());
            assertThat(sheet.getLastRowNum()).isEqualTo((int) service.count(VraagstukFilter.ALL));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("VS-01");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void exportNeedsALogin() {
        assertThatThrownBy(() -> export.csv(VraagstukFilter.ALL, List.of()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    // ---------------------------------------------------------------- import

    @Test
    void aValidFileIsPreviewedThenImportedAsSubmissionsWithHistory() {
        support.actAs("programmabureau");
        long before = service.count(VraagstukFilter.ALL);
        byte[] file = csv("""
                ;Regionale gegevensuitwisseling acute zorg;Generieke functie;VWS-routekaart;"Omschrijving; met ""puntkomma"" en
                een tweede regel";;hoog;haz;MSZ, ggz;MITZ, TWIIN\r
                IMP-77;Eenheid van taal wondzorg;SEMANTISCHE_STANDAARDISATIE;casuïstiek;;Onderbouwing;Laag;;;ZIB\r
                """);
        AgendaImport.Preview preview = agendaImport.preview("nieuw.csv", file);
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).allMatch(AgendaImport.Row::isValid);
        assertThat(preview.isValid()).isTrue();
        assertThat(preview.rows()).extracting(AgendaImport.Row::row).containsExactly(2, 3);
        assertThat(service.count(VraagstukFilter.ALL)).as("a preview saves nothing").isEqualTo(before);

        AgendaImport.Result result = agendaImport.importFile("nieuw.csv", file);
        assertThat(result.codes()).hasSize(2).contains("IMP-77");
        assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(before + 2);
        Vraagstuk first = service.find(result.codes().getFirst()).orElseThrow();
        assertThat(first.code()).matches("VS-\\d+");
        assertThat(first.status()).isEqualTo(VraagstukStatus.INGEDIEND);
        assertThat(first.type()).isEqualTo(VraagstukType.GENERIEKE_FUNCTIES);
        assertThat(first.source()).isEqualTo(VraagstukBron.VWS_ROUTEKAART);
        assertThat(first.urgency()).isEqualTo(Urgentie.HOOG);
        assertThat(first.submittedBySector()).isEqualTo("HAZ");
        assertThat(first.affectedSectors()).containsExactlyInAnyOrder("MSZ", "GGZ");
        assertThat(first.bouwstenen()).containsExactlyInAnyOrder("MITZ", "TWIIN");
        assertThat(first.description()).isEqualTo("Omschrijving; met \"puntkomma\" en\neen tweede regel");
        assertThat(first.submittedBy()).isEqualTo("programmabureau");
        Vraagstuk second = service.find("IMP-77").orElseThrow();
        assertThat(second.source()).isEqualTo(VraagstukBron.CASUISTIEK);
        assertThat(second.position()).isEqualTo(first.position() + 1);
        assertThat(service.history("IMP-77")).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HistoryEntry.Kind.IMPORTED);
            assertThat(h.reason()).isEqualTo("nieuw.csv");
            assertThat(h.actorId()).isEqualTo("programmabureau");
        });
    }

    @Test
    void wrongColumnsGiveOneMessageNamingTheExpectedColumns() {
        support.actAs("voorzitter");
        byte[] file = (Csv.BOM + "Naam;Soort;Sector\r\nIets;Overig;HAZ\r\n").getBytes(StandardCharsets.UTF_8);
        AgendaImport.Preview preview = agendaImport.preview("fout.csv", file);
        assertThat(preview.isValid()).isFalse();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("agenda.import.columns");
            String text = Texts.get(Texts.DUTCH, p.messageKey(), p.args());
            assertThat(text).contains("onbekend: Naam, Soort, Sector").contains("ontbreekt: Titel, Type")
                    .contains("Code; Titel; Type; Bron; Omschrijving; Onderbouwing; Urgentie; Indienende sector; Geraakte sectoren; Bouwstenen");
        });
        assertRefusedAndNothingSaved("fout.csv", file);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheUtf8Advice() {
        support.actAs("voorzitter");
        byte[] file = (HEADER + ";Casuïstiek über één;Overig;;;;;;;\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        AgendaImport.Preview preview = agendaImport.preview("ansi.csv", file);
        assertThat(preview.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("agenda.import.encoding");
            assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args()))
                    .startsWith("Het bestand is geen geldige UTF-8-tekst; sla het op als CSV UTF-8").contains("regel 2");
        });
        assertRefusedAndNothingSaved("ansi.csv", file);
    }

    @Test
    void unknownCodesAndValuesAreReportedPerRowAndColumnAndNothingIsImported() {
        support.actAs("programmabureau");
        byte[] file = csv("""
                ;Goede rij;Overig;;;;;;;\r
                ;Onbekende sector;Overig;;;;;XYZ;HAZ, NOPE;\r
                ;Onbekende bouwsteen;Overig;;;;;;;MITZ, GEENBOUWSTEEN\r
                ;;Bestaat niet;Krant;;;Dringend;;;\r
                """);
        AgendaImport.Preview preview = agendaImport.preview("fouten.csv", file);
        assertThat(preview.isValid()).isFalse();
        assertThat(preview.rows()).hasSize(4);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).extracting(AgendaImport.Problem::row, AgendaImport.Problem::column,
                        AgendaImport.Problem::messageKey, p -> p.arguments().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Indienende sector", "agenda.sector.unknown", "XYZ"),
                        org.assertj.core.groups.Tuple.tuple(3, "Geraakte sectoren", "agenda.sector.unknown", "NOPE"));
        assertThat(preview.rows().get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Bouwstenen");
            assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args())).isEqualTo("Onbekende bouwsteen: GEENBOUWSTEEN");
        });
        assertThat(preview.rows().get(3).problems()).extracting(AgendaImport.Problem::column)
                .containsExactlyInAnyOrder("Titel", "Type", "Bron", "Urgentie");
        assertThat(preview.rows().get(3).problems()).filteredOn(p -> "Type".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args()))
                        .startsWith("Onbekend type \"Bestaat niet\". Kies uit: Afhankelijkheid tussen bouwstenen, Generieke functie"));
        assertThat(preview.rows().get(3).problems()).filteredOn(p -> "Titel".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("validation.required"));
        assertRefusedAndNothingSaved("fouten.csv", file);
    }

    @Test
    void duplicateAndExistingCodesAndOverlongTitlesAreRefused() {
        support.actAs("voorzitter");
        byte[] file = csv("IMP-1;Eerste;Overig;;;;;;;\r\n"
                + "imp-1;Tweede met dezelfde code;Overig;;;;;;;\r\n"
                + "VS-01;Bestaat al;Overig;;;;;;;\r\n"
                + "IMP-2;" + "x".repeat(Vraagstuk.TITLE_MAX + 1) + ";Overig;;;;;;;\r\n");
        AgendaImport.Preview preview = agendaImport.preview("dubbel.csv", file);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).singleElement().satisfies(p -> assertThat(
                Texts.get(Texts.DUTCH, p.messageKey(), p.args())).isEqualTo("Code IMP-1 staat ook al in rij 2"));
        assertThat(preview.rows().get(2).problems()).singleElement().satisfies(p -> assertThat(
                Texts.get(Texts.DUTCH, p.messageKey(), p.args())).startsWith("Code VS-01 bestaat al en deze rij wijkt ervan af"));
        assertThat(preview.rows().get(3).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Titel");
            assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args())).isEqualTo("Hoogstens 200 tekens");
        });
        assertRefusedAndNothingSaved("dubbel.csv", file);
    }

    @Test
    void anUnclosedQuoteAnOldExcelFileAndAnEmptyFileAreExplained() {
        support.actAs("voorzitter");
        assertThat(agendaImport.preview("q.csv", csv(";\"Nooit gesloten;Overig;;;;;;;\r\n")).fileProblems())
                .extracting(AgendaImport.Problem::messageKey).containsExactly("agenda.import.unclosedQuote");
        assertThat(agendaImport.preview("oud.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}).fileProblems())
                .extracting(AgendaImport.Problem::messageKey).containsExactly("agenda.import.xls");
        assertThat(agendaImport.preview("kapot.xlsx", "PK\u0003\u0004rommel".getBytes(StandardCharsets.ISO_8859_1)).fileProblems())
                .extracting(AgendaImport.Problem::messageKey).containsExactly("agenda.import.unreadable");
        assertThat(agendaImport.preview("leeg.csv", csv("")).fileProblems())
                .extracting(AgendaImport.Problem::messageKey).containsExactly("agenda.import.empty");
        assertThat(agendaImport.preview("groot.csv", new byte[(int) AgendaImport.MAX_BYTES + 1]).fileProblems())
                .extracting(AgendaImport.Problem::messageKey).containsExactly("agenda.import.tooLarge");
    }

    @Test
    void moreThanTenThousandRowsAreRefusedAsAWhole() {
        support.actAs("voorzitter");
        byte[] file = csv(rows(AgendaImport.MAX_ROWS + 1));
        AgendaImport.Preview preview = agendaImport.preview("te-veel.csv", file);
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileProblems()).singleElement().satisfies(p -> assertThat(Texts.get(Texts.DUTCH, p.messageKey(), p.args()))
                .isEqualTo("Het bestand heeft meer dan 10.000 rijen met vraagstukken. Splits het in bestanden van hoogstens 10.000 rijen."));
        assertRefusedAndNothingSaved("te-veel.csv", file);
        byte[] xlsx = xlsx(AgendaImport.MAX_ROWS + 1);
        assertThat(agendaImport.preview("te-veel.xlsx", xlsx).fileProblems()).extracting(AgendaImport.Problem::messageKey)
                .containsExactly("agenda.import.tooManyRows");
    }

    @Test
    void tenThousandValidRowsImportInOneGo() {
        support.actAs("programmabureau");
        long before = service.count(VraagstukFilter.ALL);
        byte[] file = csv(rows(AgendaImport.MAX_ROWS));
        long start = System.nanoTime();
        AgendaImport.Preview preview = agendaImport.preview("veel.csv", file);
        long previewMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(preview.isValid()).isTrue();
        AgendaImport.Result result = agendaImport.importFile("veel.csv", file);
        System.out.printf("10,000-row CSV (%d KB): preview %d ms, import %d ms%n", file.length / 1024, previewMillis, result.millis());
        assertThat(result.codes()).hasSize(AgendaImport.MAX_ROWS);
        assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(before + AgendaImport.MAX_ROWS);
        assertThat(result.millis()).as("reasonable time").isLessThan(120_000);
    }

    @Test
    void anXlsxFileIsReadLikeTheCsv() {
        support.actAs("voorzitter");
        AgendaImport.Preview preview = agendaImport.preview("drie.xlsx", xlsx(3));
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.isValid()).isTrue();
        assertThat(preview.rows()).extracting(r -> r.draft().title()).containsExactly("Vraagstuk 1", "Vraagstuk 2", "Vraagstuk 3");
        assertThat(preview.rows().getFirst().draft().affectedSectors()).containsExactlyInAnyOrder("HAZ", "VVT");
    }

    @Test
    void observersAndMembersMayNotImport() {
        byte[] file = csv(";Titel;Overig;;;;;;;\r\n");
        for (String user : List.of("waarnemer", "lid-haz")) {
            support.actAs(user);
            assertThatThrownBy(() -> agendaImport.preview("x.csv", file)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agendaImport.importFile("x.csv", file)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.importAll(List.of(), "x.csv")).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertRefusedAndNothingSaved(String name, byte[] file) {
        long before = service.count(VraagstukFilter.ALL);
        assertThatThrownBy(() -> agendaImport.importFile(name, file))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.import.refused"));
        assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(before);
    }

    private static String rows(int count) {
        StringBuilder body = new StringBuilder();
        IntStream.rangeClosed(1, count).forEach(i -> body.append(";Vraagstuk ").append(i)
                .append(";Generieke functie;Lid van de tafel;Omschrijving van vraagstuk ").append(i)
                .append(";;Middel;HAZ;HAZ, VVT;MITZ\r\n"));
        return body.toString();
    }

    private static byte[] xlsx(int count) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Import");
            List<String> headers = AgendaImport.headers();
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 1; r <= count; r++) {
                Row row = sheet.createRow(r);
                row.createCell(1).setCellValue("Vraagstuk " + r);
                row.createCell(2).setCellValue("Overig");
                row.createCell(8).setCellValue("haz, VVT");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
