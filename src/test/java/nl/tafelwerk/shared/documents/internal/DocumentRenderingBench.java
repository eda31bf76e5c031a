package nl.tafelwerk.shared.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.tafelwerk.shared.documents.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's figure: a 30-page advice as DOCX and as PDF, each under 3 s. Prints cold (first render in a
 * fresh renderer) and warm (median of 5) times; no timing assertion, the machine is shared.
 * Run: mvn -B -ntp test -Dtest=DocumentRenderingBench -Dgroups=bench -DexcludedGroups=none -Dmaven.test.redirectTestOutputToFile=false
 */
@Tag("bench")
class DocumentRenderingBench {

    @Test
    void thirtyPageAdviceAsDocxAndPdf() throws Exception {
        Document advice = SampleDocuments.thirtyPages();
        HouseStyleDocumentRenderer renderer = new HouseStyleDocumentRenderer();

        Figures pdf = measure(renderer::pdf, advice);
        Figures docx = measure(renderer::docx, advice);

        try (PDDocument doc = Loader.loadPDF(pdf.bytes());
             XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            System.out.printf("BENCH documents: PDF %d pages, %d KB: cold %d ms, warm median %d ms (runs %s)%n",
                    doc.getNumberOfPages(), pdf.bytes().length / 1024, pdf.cold(), pdf.median(), pdf.warm());
            System.out.printf("BENCH documents: DOCX %d paragraphs, %d tables, %d KB: cold %d ms, warm median %d ms (runs %s)%n",
                    word.getParagraphs().size(), word.getTables().size(), docx.bytes().length / 1024, docx.cold(),
                    docx.median(), docx.warm());
            assertThat(doc.getNumberOfPages()).isBetween(25, 45);
        }
    }

    private record Figures(byte[] bytes, long cold, List<Long> warm) {
        long median() {
            return warm.stream().sorted().toList().get(warm.size() / 2);
        }
    }

    private static Figures measure(Function<Document, byte[]> render, Document document) {
        long start = System.nanoTime();
        byte[] bytes = render.apply(document);
        long cold = (System.nanoTime() - start) / 1_000_000;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            start = System.nanoTime();
            render.apply(document);
            warm.add((System.nanoTime() - start) / 1_000_000);
        }
        return new Figures(bytes, cold, warm);
    }
}
