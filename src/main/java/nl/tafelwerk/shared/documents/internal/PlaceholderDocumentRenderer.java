package nl.tafelwerk.shared.documents.internal;

import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until the documents work lands (replaced by the real DOCX/PDF renderer). */
@Component
class PlaceholderDocumentRenderer implements DocumentRenderer {

    @Override
    public byte[] docx(Document document) {
        throw new UnsupportedOperationException("DOCX export is not built yet");
    }

    @Override
    public byte[] pdf(Document document) {
        throw new UnsupportedOperationException("PDF export is not built yet");
    }
}
