package nl.tafelwerk.shared.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF checked against PDF/UA-1 by veraPDF, the reference validator of the PDF Association (machine-checkable rules). */
public final class PdfUaValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidation() {
    }

    /** The broken rules, one line each (clause, test, message, where); empty when the PDF conforms. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> "%s-%d %s at %s".formatted(assertion.getRuleId().getClause(), assertion.getRuleId().getTestNumber(),
                            assertion.getMessage(), assertion.getLocation().getContext()))
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }
}
