package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 10, without the application: formula escaping in the shared CSV codec, control characters, upload and unpacking limits. */
public class InputSafetyTest {

    @Test
    void theCsvWriterDefusesFormulasInEveryFieldAndTheReaderRestoresThem() {
        List<String> values = List.of("=HYPERLINK(\"http://x\")", "+31 20", "-5", "@SUM(A1)", "\tTab", "\rCR", "'=al met apostrof",
                "''+twee", "'gewoon", "'", "Gewone tekst; met \"aanhalingstekens\"", "", "a\r\nb");
        String csv = Csv.write(List.of(List.of("kop"), values));
        for (String dangerous : List.of("=HYPERLINK", "+31", "-5", "@SUM")) {
            assertThat(csv).as("no field starts with %s", dangerous).doesNotContain(";" + dangerous).doesNotContain("\n" + dangerous);
        }
        assertThat(csv).contains("'=HYPERLINK").contains(";'+31 20;").contains(";'-5;");
        List<List<String>> read = Csv.read(csv);
        assertThat(read.get(1)).as("a file we wrote reads back unchanged").containsExactlyElementsOf(values);
    }

    @Test
    void controlCharactersAreNamedWithTheirPosition() {
        assertThat(ControlCharacters.check("title", "Titel\u0000met NUL")).get()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(Texts.get(Texts.DUTCH, e.messageKey(), e.arguments()))
                            .isEqualTo("Bevat een onzichtbaar stuurteken (U+0000) op positie 6; haal het weg");
                });
        assertThat(ControlCharacters.check("d", "regel 1\r\nregel 2\tmet tab")).isEmpty();
        assertThat(ControlCharacters.check("d", "form\u000Cfeed")).isPresent();
        assertThat(ControlCharacters.check("d", "del\u007F")).isPresent();
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsReadInFull() {
        long limit = 1000;
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() throws IOException {
                if (++served > limit + 1) {
                    throw new AssertionError("read past the limit + 1");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> BoundedInput.readAtMost(endless, limit)).isInstanceOf(BoundedInput.TooLargeException.class);
    }

    @Test
    void anUploadWithinTheLimitIsReadWhole() throws IOException {
        byte[] content = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream(content), 1000)).isEqualTo(content);
    }

    @Test
    void aZipBombWorkbookIsRefusedByOurOwnLimits() throws IOException {
        assertThat(SpreadsheetFiles.MIN_INFLATE_RATIO).isEqualTo(0.01);
        assertThatThrownBy(() -> SpreadsheetFiles.readFirstSheet(zipBomb(), 100, Locale.ROOT))
                .isInstanceOf(SpreadsheetFiles.BombException.class);
    }

    @Test
    void aWorkbookIsRecognisedByItsContentNotItsName() throws IOException {
        assertThat(SpreadsheetFiles.kindOf(workbook())).isEqualTo(SpreadsheetFiles.Kind.XLSX);
        assertThat(SpreadsheetFiles.kindOf("code;naam\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(SpreadsheetFiles.Kind.TEXT);
    }

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Blad1").createRow(0).createCell(0).setCellValue("code");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose sheet is padded with 30 MB of blanks: it packs to a few kilobytes. */
    public static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
