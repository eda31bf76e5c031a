package nl.tafelwerk.shared.documents;

/** Renders a {@link Document} in the table's house style (title page, contents, footer with version, date and page numbers). */
public interface DocumentRenderer {

    String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String PDF_MEDIA_TYPE = "application/pdf";

    byte[] docx(Document document);

    /** A tagged PDF in the document's language, where the library allows. */
    byte[] pdf(Document document);
}
