package nl.tafelwerk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import nl.tafelwerk.shared.documents.PdfUaValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The minutes of a real meeting as a document, and the PDF and Word files a reader downloads. */
@TafelwerkTest
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the vraagstukken
class MinutesExportTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesExport export;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDetailsService userDetails;
    MeetingTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MeetingTestSupport(userDetails, meetings, vraagstukken);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMinutesHoldAttendanceDecisionsActionsAndTheTextPerItemInBothFormats() throws IOException {
        Vraagstuk v = support.scheduled("Verslag exporteren");
        Meeting m = support.running(v);
        long first = m.items().getFirst().id();
        for (String member : new String[] {"lid-haz", "lid-msz", "lid-lz"}) {
            meetings.setPresent(m.id(), member, true);
        }
        meetings.recordDecision(m.id(), first, "Werkgroep Medicatie werkt de notitie uit", null,
                nl.tafelwerk.meetings.DecisionOutcome.UITWERKING_STARTEN);
        MeetingAction action = meetings.addAction(m.id(), first, "Impactanalyse MSZ aanleveren", "lid-msz",
                m.startsAt().toLocalDate().plusDays(14));
        meetings.saveMinutes(m.id(), first, "De tafel bespreekt de **notitie**.\n\n- HAZ steunt\n- <script>x()</script> blijft tekst",
                meetings.minutes(m.id(), first).version());

        support.actAs("waarnemer");
        Document doc = export.document(m.id());
        assertThat(doc.versionLabel()).isEqualTo("Concept — nog niet vastgesteld");
        assertThat(doc.title()).startsWith("Verslag tafelvergadering ");
        String all = blocksText(doc);
        assertThat(all).contains("Quorum bereikt", "Werkgroep Medicatie werkt de notitie uit", "Uitwerking starten",
                v.code(), "Impactanalyse MSZ aanleveren", action.ownerName(), "MSZ", "Open",
                "De tafel bespreekt de **notitie**.", MinutesExport.NO_ITEM_MINUTES, "2. Risico: capaciteit")
                .doesNotContain(MinutesExport.NO_MINUTES_YET);

        byte[] pdfBytes = export.pdf(m.id());
        screenshots(pdfBytes, "minutes-page");
        String pdf = pdfText(pdfBytes);
        assertThat(PdfUaValidation.failures(pdfBytes)).as("PDF/UA-1 (veraPDF)").isEmpty();
        assertThat(pdf).contains("Verslag tafelvergadering", "Concept — nog niet vastgesteld", "Besluitenlijst",
                "Werkgroep Medicatie werkt de notitie uit", "Impactanalyse MSZ aanleveren", action.ownerName(),
                "De tafel bespreekt de notitie.", "HAZ steunt", "<script>x()</script> blijft tekst",
                "Nog geen verslag voor dit agendapunt.", "pagina 1 van");
        String docx = docxText(export.docx(m.id()));
        assertThat(docx).contains("Verslag tafelvergadering", "Werkgroep Medicatie werkt de notitie uit",
                "Impactanalyse MSZ aanleveren", "De tafel bespreekt de notitie.", "HAZ steunt",
                "Nog geen verslag voor dit agendapunt.");

        support.actAs("voorzitter");
        meetings.take(m.id(), MeetingStep.SLUITEN);
        support.nextMeetingAdopting(m); // minutes are adopted at the next meeting (DD039)
        support.actAs("lid-lz");
        assertThat(pdfText(export.pdf(m.id()))).contains("Vastgesteld (versie 1)").doesNotContain("Concept");
    }

    @Test
    void aMeetingWithoutMinutesStillExportsAndSaysSo() throws IOException {
        Meeting m = support.plan();
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Rondvraag", null, 10));

        assertThat(blocksText(export.document(m.id()))).contains(MinutesExport.NO_MINUTES_YET, "Quorum niet bereikt");
        assertThat(pdfText(export.pdf(m.id()))).contains("Nog geen verslag: voor geen enkel agendapunt", "1. Rondvraag");
        assertThat(docxText(export.docx(m.id()))).contains("Nog geen verslag: voor geen enkel agendapunt");
    }

    @Test
    void onlySignedInReadersGetTheMinutes() {
        Meeting m = support.plan();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> export.pdf(m.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> export.docx(m.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void eachLineOfTheMinutesStaysALine() {
        String markdown = MinutesExport.asMarkdown("Besluit: notitie vastgesteld\nActie: verspreiden — Lid, uiterlijk 2027-01-10\n\n- punt");
        assertThat(nl.tafelwerk.shared.documents.Markdown.toSafeHtml(markdown))
                .contains("Besluit: notitie vastgesteld<br />\nActie: verspreiden", "<li>punt</li>");
    }

    @Test
    void namesAndPlacesWrittenIntoMarkdownStayPlain() {
        assertThat(MinutesExport.plain("[klik](javascript:x) *niet vet*")).isEqualTo("\\[klik\\]\\(javascript:x\\) \\*niet vet\\*");
    }

    private static String blocksText(Document doc) {
        return doc.blocks().stream().map(b -> switch (b) {
            case DocumentBlock.Heading h -> h.text();
            case DocumentBlock.MarkdownText t -> t.markdown();
            case DocumentBlock.Table t -> t.caption() + " " + t.headers() + " " + t.rows();
            case DocumentBlock.PageBreak p -> "";
        }).collect(Collectors.joining("\n"));
    }

    /**
     * The text in reading position (lines of a paragraph in order) followed by the text in drawing order (a
     * table cell whose text wraps stays together, where position order interleaves it with its neighbours).
     */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            return (byPosition.getText(doc) + " | " + new PDFTextStripper().getText(doc)).replaceAll("\\s+", " ");
        }
    }

    /** The pages as PNG in target/e2e-screenshots, to look at the house style with real minutes. */
    private static void screenshots(byte[] pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "e2e-screenshots");
            java.nio.file.Files.createDirectories(dir);
            for (int page = 0; page < Math.min(4, doc.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 80),
                        "png", dir.resolve(name + (page + 1) + ".png").toFile());
            }
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }
}
