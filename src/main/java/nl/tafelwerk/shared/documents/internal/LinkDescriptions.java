package nl.tafelwerk.shared.documents.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link in the PDF the alternate description PDF/UA asks for (ISO 14289-1, 7.18.5: a link annotation's
 * Contents), which openhtmltopdf leaves out. openhtmltopdf makes one annotation per piece of a link (each line of a
 * wrapped link, the entry, dot leader and page number of a contents line), so each piece is described by the words
 * of the whole link, leaders left out: what a screen reader should read. A link on no words is described by its
 * web address. Checked with veraPDF in the tests.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void addTo(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = page.getAnnotations(PDAnnotationLink.class::isInstance).stream()
                    .map(PDAnnotationLink.class::cast)
                    .filter(link -> link.getContents() == null || link.getContents().isBlank())
                    .toList();
            if (!links.isEmpty()) {
                describe(page, links);
            }
        }
    }

    private static void describe(PDPage page, List<PDAnnotationLink> links) throws IOException {
        List<String> words = wordsUnder(page, links);
        List<PDAnnotationLink> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            PDAnnotationLink link = links.get(i);
            if (!pieces.isEmpty() && !target(link).equals(target(pieces.getFirst()))) {
                describeAll(pieces, text);
            }
            pieces.add(link);
            text.append(' ').append(words.get(i));
        }
        describeAll(pieces, text);
    }

    private static List<String> wordsUnder(PDPage page, List<PDAnnotationLink> links) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float pageHeight = page.getMediaBox().getHeight();
        for (int i = 0; i < links.size(); i++) {
            PDRectangle area = links.get(i).getRectangle();
            // The stripper measures from the top of the page, PDF rectangles from the bottom.
            stripper.addRegion(String.valueOf(i), new Rectangle2D.Float(area.getLowerLeftX(), pageHeight - area.getUpperRightY(),
                    area.getWidth(), area.getHeight()));
        }
        stripper.extractRegions(page);
        List<String> words = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            words.add(stripper.getTextForRegion(String.valueOf(i)));
        }
        return words;
    }

    private static void describeAll(List<PDAnnotationLink> pieces, StringBuilder text) {
        String words = text.toString().replaceAll("\\.{3,}|…+", " ").strip().replaceAll("\\s+", " ");
        String description = words.isEmpty() ? address(pieces.getFirst()) : words;
        pieces.forEach(piece -> piece.setContents(description));
        pieces.clear();
        text.setLength(0);
    }

    /** Where a link goes, so the pieces of one link can be told from the next link. */
    private static String target(PDAnnotationLink link) {
        try {
            if (link.getAction() instanceof PDActionURI uri) {
                return "uri " + uri.getURI();
            }
            PDDestination destination = link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
            if (destination instanceof PDPageXYZDestination xyz) {
                return "page " + xyz.retrievePageNumber() + " " + xyz.getTop();
            }
        } catch (IOException e) {
            // An unreadable target: described on its own.
        }
        return "link " + System.identityHashCode(link);
    }

    private static String address(PDAnnotationLink link) {
        return link.getAction() instanceof PDActionURI uri && uri.getURI() != null ? uri.getURI() : "Link";
    }
}
