package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nl.tafelwerk.shared.Texts;
import nl.tafelwerk.shared.documents.PdfUaValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.Test;

/**
 * The advice as the files the table sends: the DOCX and PDF of a vastgestelde version, opened with POI and PDFBox,
 * hold every section, the positions per sector with the dissent's reason, and the version.
 */
class AdviceExportTest extends AdviceIntegrationTest {

    @Test
    void theWordFileHoldsEverySectionThePositionsPerSectorAndTheVersion() throws IOException {
        Advice adopted = support.adoptedWithPositions(service, "Export");
        support.actAs("info-farm");
        byte[] bytes = distribution.docx(adopted.id(), 1);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            for (AdviceSection section : AdviceSection.values()) {
                assertThat(text).as("section %s", section).contains(Texts.get(Texts.DUTCH, section.labelKey()));
            }
            assertThat(text).contains(adopted.vraagstukCode(), "Standpunten per sector", "Steunt niet",
                    "Te vroeg voor de ziekenhuizen", "Versie 1 (vastgesteld)");
            String footers = docx.getFooterList().stream().map(XWPFFooter::getText).collect(Collectors.joining("\n"));
            assertThat(footers).contains("Versie 1 (vastgesteld)");
        }
    }

    @Test
    void thePdfHoldsEverySectionThePositionsAndTheVersionIsDutchAndTaggedAndItsFirstPageIsSaved() throws IOException {
        Advice adopted = support.adoptedWithPositions(service, "Export");
        support.actAs("lid-lz");
        byte[] bytes = distribution.pdf(adopted.id(), 1);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (AdviceSection section : AdviceSection.values()) {
                assertThat(text).as("section %s", section).contains(Texts.get(Texts.DUTCH, section.labelKey()));
            }
            assertThat(text).contains(adopted.vraagstukCode(), "Standpunten per sector", "Steunt niet",
                    "Te vroeg voor de ziekenhuizen", "Versie 1 (vastgesteld)");
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("nl");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(PdfUaValidation.failures(bytes)).as("PDF/UA-1 (veraPDF)").isEmpty();
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
            Path dir = Files.createDirectories(Path.of("target", "e2e-screenshots"));
            ImageIO.write(first, "png", dir.resolve("advice-pdf-page1.png").toFile());
        }
    }

    @Test
    void theDemoAdviceInConsultationExportsAsAConceptWithItsMissingSector() throws IOException {
        support.actAs("voorzitter");
        Advice demo = service.ofVraagstuk("VS-09").orElseThrow();
        byte[] bytes = distribution.pdf(demo.id(), null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("VS-09", "ter consultatie", "Geen standpunt");
        }
    }
}
