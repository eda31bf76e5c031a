package nl.tafelwerk.shared.documents.internal;

import java.time.LocalDate;
import java.util.List;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The table's house style in both formats (DD036): DOCX through Apache POI, tagged PDF through openhtmltopdf. */
@Component
class HouseStyleDocumentRenderer implements DocumentRenderer {

    private static final Logger log = LoggerFactory.getLogger(HouseStyleDocumentRenderer.class);

    private final DocxDocumentRenderer docx = new DocxDocumentRenderer();
    private final PdfDocumentRenderer pdf = new PdfDocumentRenderer();

    @Override
    public byte[] docx(Document document) {
        return docx.render(document);
    }

    @Override
    public byte[] pdf(Document document) {
        return pdf.render(document);
    }

    /**
     * The first PDF in a JVM costs seconds more than the next (class loading, PDFBox's one-time font lookup,
     * the JIT); one small document in the background after start-up spares the first reader that wait.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent ready) {
        if (!ready.getApplicationContext().getEnvironment().getProperty("tafelwerk.documents.warm-up", Boolean.class, true)) {
            return;
        }
        Document sample = new Document("Tafelwerk", "", "Versie 1", LocalDate.now(), Document.DUTCH, List.of(
                new DocumentBlock.Heading(1, "Kop"), new DocumentBlock.MarkdownText("Een **vette** [link](https://example.org)."),
                new DocumentBlock.Table("Tabel", List.of("A", "B"), List.of(List.of("1", "2")))));
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("documents-warm-up").start(() -> {
            try {
                pdf(sample);
                docx(sample);
            } catch (RuntimeException e) {
                log.warn("Warming up the document renderer failed; the first export will be slower", e);
            }
        });
    }
}
