package nl.tafelwerk.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Recognising an uploaded file by its content (not its name) and reading the first sheet of a
 * workbook as a stream (SAX), so a large sheet never sits in memory as objects. The limits against
 * zip bombs are ours and set here, once: an import file is at most a few megabytes, so no entry may
 * unpack to more than {@link #MAX_ENTRY_BYTES}, and nothing may inflate more than
 * 1 : {@code 1 / MIN_INFLATE_RATIO} (POI's own defaults are looser and could change with an upgrade).
 */
public final class SpreadsheetFiles {

    /** Smallest compressed/uncompressed ratio accepted; 0.01 = at most 100 times smaller than unpacked. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    public static final long MAX_TEXT_CHARS = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    public enum Kind { XLSX, XLS, TEXT }

    private SpreadsheetFiles() {
    }

    /** What the bytes are: a ZIP ("PK\3\4", an XLSX), an old OLE Excel file, or anything else (text). */
    public static Kind kindOf(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Kind.XLSX;
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            return Kind.XLS;
        }
        return Kind.TEXT;
    }

    /**
     * The records of the first sheet as text, as the cells show them, each with its 1-based row
     * number; blank rows are left out. Stops with {@link TooManyRowsException} after {@code maxRows}
     * non-blank rows.
     *
     * @throws BombException when the workbook unpacks beyond our limits
     * @throws UnreadableException when it is no workbook
     */
    public static List<NumberedRow> readFirstSheet(byte[] content, int maxRows, Locale locale) {
        List<NumberedRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows, maxRows),
                        new DataFormatter(locale), false));
                parser.parse(new InputSource(sheet));
            }
            return rows;
        } catch (TooManyRowsException e) {
            throw e;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | SAXException
                 | javax.xml.parsers.ParserConfigurationException e) {
            if (causedBy(e, TooManyRowsException.class)) {
                throw new TooManyRowsException();
            }
            if (isBomb(e)) {
                throw new BombException();
            }
            throw new UnreadableException();
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) || t instanceof SAXException s && type.isInstance(s.getException())) {
                return true;
            }
        }
        return false;
    }

    /** POI reports its zip-bomb limits only in the message text ("Zip bomb detected", "… exceeds … max"). */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    /** One non-blank record of a sheet. */
    public record NumberedRow(int number, List<String> cells) {
    }

    /** More non-blank rows than allowed. */
    public static final class TooManyRowsException extends RuntimeException {
        TooManyRowsException() {
            super("too many rows", null, false, false);
        }
    }

    /** The workbook unpacks to far more than it weighs: refused before it fills memory. */
    public static final class BombException extends RuntimeException {
        BombException() {
            super("workbook exceeds the unpacking limits");
        }
    }

    /** Not a workbook we can read. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException() {
            super("not a readable workbook");
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<NumberedRow> rows;
        private final int maxRows;
        private final List<String> cells = new ArrayList<>();

        Collector(List<NumberedRow> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new NumberedRow(rowNum + 1, List.copyOf(cells)));
                if (rows.size() > maxRows) {
                    throw new TooManyRowsException();
                }
            }
        }

        @Override
        public void cell(@Nullable String cellReference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
