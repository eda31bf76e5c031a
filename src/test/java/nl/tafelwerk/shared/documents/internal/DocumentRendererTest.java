package nl.tafelwerk.shared.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.PdfUaValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The two formats opened the way a reader's software opens them (PDFBox, POI) and checked for what the table sends. */
class DocumentRendererTest {

    private final HouseStyleDocumentRenderer renderer = new HouseStyleDocumentRenderer();
    private final Document sample = SampleDocuments.small();

    @Test
    void docxHasTitlePageHeadingsMarkdownTablesAndFooter() throws IOException {
        byte[] bytes = renderer.docx(sample);
        assertThat(zipEntry(bytes, "word/settings.xml")).containsPattern("<w:updateFields w:val=\"(true|on|1)\"/>");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Advies VS-07 — Medicatieoverdracht", "Aan het Bestuurlijk Overleg Informatieberaad",
                    "Versie 2 (vastgesteld)", "29 november 2026", "Intersectorale planningstafel");

            assertThat(headings(docx, "Heading1")).containsExactly("Vraag", "Rangorde", "Bestuurlijk gremium");
            assertThat(headings(docx, "Heading2")).containsExactly("Achtergrond");

            XWPFParagraph bullet = paragraph(docx, "eerste gevolg voor de huisartsen");
            assertThat(bullet.getNumID()).isNotNull();
            assertThat(paragraph(docx, "met een onderpunt").getNumIlvl()).hasToString("1");
            assertThat(paragraph(docx, "stap twee: invoeren").getNumFmt()).isEqualTo("decimal");
            XWPFParagraph intro = paragraph(docx, "De tafel adviseert over medicatieoverdracht");
            assertThat(intro.getRuns()).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("medicatieoverdracht");
                assertThat(r.isBold()).isTrue();
            });
            assertThat(intro.getRuns()).anySatisfy(r -> assertThat(r.isItalic() && r.text().equals("het werkprogramma")).isTrue());
            assertThat(intro.getRuns()).filteredOn(XWPFHyperlinkRun.class::isInstance).singleElement().satisfies(r -> {
                assertThat(r.text()).isEqualTo("de landelijke afspraken");
                assertThat(((XWPFHyperlinkRun) r).getHyperlink(docx).getURL()).isEqualTo("https://example.org/afspraken");
            });

            assertThat(paragraphs).contains("<script>alert('niet uitvoeren')</script>")
                    .contains("Een gevaarlijke link blijft alleen tekst.");
            assertThat(docx.getHyperlinks()).noneSatisfy(h -> assertThat(h.getURL()).containsIgnoringCase("javascript"));

            XWPFTable positions = docx.getTables().get(0);
            assertThat(positions.getText()).contains("Sector", "Positie", "HAZ", "steunt met voorbehoud");
            XWPFTable ranking = docx.getTables().get(1);
            assertThat(ranking.getRow(0).isRepeatHeader()).isTrue();
            assertThat(ranking.getRow(0).getCell(1).getText()).isEqualTo("Code");
            assertThat(ranking.getRow(2).getCell(2).getText()).isEqualTo("Landelijk schakelpunt");
            assertThat(paragraphs).contains("Rangorde van de scoringsronde");

            String footer = docx.getFooterArray(0).getText();
            assertThat(footer).contains("Versie 2 (vastgesteld) · 29 november 2026", "pagina", "van");
            String footerXml = docx.getFooterArray(0).getParagraphs().getFirst().getCTP().xmlText();
            assertThat(footerXml).contains(" PAGE ", " NUMPAGES ");

            String bodyXml = docx.getDocument().xmlText();
            assertThat(bodyXml).contains("TOC \\o \"1-2\" \\h \\z \\u");
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("0");
            assertThat(zipEntry(bytes, "word/styles.xml")).contains("w:val=\"nl-NL\"");
        }
    }

    @Test
    void pdfIsTaggedDutchWithContentsFooterAndEveryBlock() throws IOException {
        byte[] pdf = renderer.pdf(sample);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            screenshot(doc, 0, "document-page1");
            screenshot(doc, 1, "document-page2");
            screenshot(doc, 2, "document-page3");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Advies VS-07 — Medicatieoverdracht");

            int pages = doc.getNumberOfPages();
            String titlePage = pageText(doc, 1).replaceAll("\\s+", " ");
            assertThat(titlePage).contains("Intersectorale planningstafel", "Advies VS-07 — Medicatieoverdracht",
                    "Aan het Bestuurlijk Overleg Informatieberaad", "Versie 2 (vastgesteld)", "29 november 2026");
            assertThat(titlePage.split("Versie 2 \\(vastgesteld\\)", -1)).as("on the title page and in its footer").hasSize(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(doc, page)).contains("Versie 2 (vastgesteld) · 29 november 2026")
                        .contains("pagina " + page + " van " + pages);
            }

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String all = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("De tafel adviseert over medicatieoverdracht tussen huisarts en ziekenhuis.", "eerste gevolg voor de huisartsen", "met een onderpunt",
                    "stap twee: invoeren", "de landelijke afspraken", "steunt met voorbehoud", "Landelijk schakelpunt",
                    "Rangorde van de scoringsronde", "Een gevaarlijke link blijft alleen tekst.",
                    "<script>alert('niet uitvoeren')</script>");

            String contents = pageText(doc, 2);
            assertThat(contents).contains("Inhoud");
            for (String heading : List.of("Vraag", "Achtergrond", "Rangorde", "Bestuurlijk gremium")) {
                int listed = listedPage(contents, heading);
                assertThat(pageText(doc, listed)).as("%s is on page %d as the contents say", heading, listed)
                        .containsPattern("(?m)^" + Pattern.quote(heading) + "$");
            }
            assertThat(listedPage(contents, "Rangorde")).isGreaterThan(listedPage(contents, "Vraag"));

            List<String> uris = java.util.stream.StreamSupport.stream(doc.getPages().spliterator(), false).flatMap(p -> {
                try {
                    return p.getAnnotations().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(PDAnnotationLink.class::isInstance).map(a -> ((PDAnnotationLink) a).getAction())
                    .filter(PDActionURI.class::isInstance).map(a -> ((PDActionURI) a).getURI()).toList();
            assertThat(uris).contains("https://example.org/afspraken").noneMatch(u -> u.toLowerCase().contains("javascript"));

        }
    }

    @Test
    void pdfConformsToPdfUaAndEveryLinkSaysWhereItGoes() throws IOException {
        for (Document document : List.of(sample, SampleDocuments.thirtyPages())) {
            byte[] pdf = renderer.pdf(document);
            assertThat(PdfUaValidation.failures(pdf)).as("PDF/UA-1 (veraPDF) of '%s'", document.title()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PDAnnotationLink> links = new java.util.ArrayList<>();
                for (var page : doc.getPages()) {
                    page.getAnnotations(PDAnnotationLink.class::isInstance).forEach(a -> links.add((PDAnnotationLink) a));
                }
                assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link.getContents()).isNotBlank());
                if (document == sample) {
                    assertThat(links).extracting(PDAnnotationLink::getContents)
                            .as("a contents line reads as its heading and page, a wrapped link as all its words, no dot leaders")
                            .contains("Vraag 3", "Achtergrond 3", "Bestuurlijk gremium 4", "de landelijke afspraken")
                            .noneMatch(contents -> contents.contains("..."));
                }
            }
        }
    }

    @Test
    void markdownHeadingsSitBelowTheSectionAndNeverSkipALevel() throws IOException {
        Document written = new Document("Advies met kopjes", "", "Concept", sample.date(), Document.DUTCH, List.of(
                new nl.tafelwerk.shared.documents.DocumentBlock.Heading(1, "Analyse"),
                new nl.tafelwerk.shared.documents.DocumentBlock.MarkdownText("### Huisartsenzorg\n\nTekst.\n\n##### Detail\n\nMeer.\n\n# Ziekenhuizen\n\nTekst."),
                new nl.tafelwerk.shared.documents.DocumentBlock.Heading(1, "Gevolgen")));

        assertThat(PdfUaValidation.failures(renderer.pdf(written))).as("PDF/UA-1 heading order (veraPDF)").isEmpty();
        String html = PdfDocumentRenderer.html(written);
        assertThat(html).contains("<h2>Huisartsenzorg</h2>", "<h3>Detail</h3>", "<h2>Ziekenhuizen</h2>");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(written)))) {
            assertThat(headings(docx, "Heading1")).containsExactly("Analyse", "Gevolgen");
            assertThat(headings(docx, "Heading2")).containsExactly("Huisartsenzorg", "Ziekenhuizen");
            assertThat(headings(docx, "Heading3")).containsExactly("Detail");
        }
        assertThat(nl.tafelwerk.shared.documents.Markdown.toSafeHtml("### Zoals geschreven")).as("the screen preview keeps the levels")
                .contains("<h3>Zoals geschreven</h3>");
    }

    @Test
    void controlCharactersFromAPasteDoNotBreakEitherFormat() throws IOException {
        Document pasted = new Document("Titel\u0001 met stuurteken", "Onder\u0007titel", "Concept", sample.date(),
                Document.DUTCH, List.of(new nl.tafelwerk.shared.documents.DocumentBlock.MarkdownText("Tekst\u0000 met \u000b rommel")));

        try (PDDocument doc = Loader.loadPDF(renderer.pdf(pasted));
             XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(pasted)))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Titel met stuurteken", "rommel");
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("rommel"));
        }
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void oneRendererServesReadersAtTheSameTime() throws Exception {
        List<java.util.concurrent.Callable<String>> renders = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Document own = new Document("Verslag " + i, "", "Versie " + i, sample.date(), Document.DUTCH, sample.blocks());
            renders.add(() -> {
                try (PDDocument doc = Loader.loadPDF(renderer.pdf(own))) {
                    return doc.getDocumentInformation().getTitle() + "|" + pageText(doc, 1).contains("Versie " + own.title().substring(8));
                }
            });
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<String> results = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(renders)) {
                results.add(f.get());
            }
            assertThat(results).containsExactly("Verslag 0|true", "Verslag 1|true", "Verslag 2|true", "Verslag 3|true");
        }
    }

    private static int listedPage(String contents, String heading) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(heading) + "[ .]*?(\\d+)\\s*$").matcher(contents);
        assertThat(m.find()).as("contents list '%s' with a page number in:%n%s", heading, contents).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    static void screenshot(PDDocument doc, int pageIndex, String name) throws IOException {
        if (pageIndex >= doc.getNumberOfPages()) {
            return;
        }
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 80);
        Path dir = Path.of("target", "e2e-screenshots");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }

    private static List<String> headings(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String startsWith) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + startsWith));
    }

    @SuppressWarnings("unused")
    private static String runs(XWPFParagraph p) {
        return String.join("|", p.getRuns().stream().map(XWPFRun::text).toList());
    }

    @SuppressWarnings("unused")
    private static boolean isLink(PDAnnotation a) {
        return a instanceof PDAnnotationLink;
    }
}
