package nl.tafelwerk.shared.documents.internal;

import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import org.springframework.stereotype.Component;

/** The table's house style in both formats (DD036): DOCX through Apache POI, tagged PDF through openhtmltopdf. */
@Component
class HouseStyleDocumentRenderer implements DocumentRenderer {

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
}
