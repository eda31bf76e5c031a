package nl.tafelwerk.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 text tables, small enough to read in one go: fields quoted when they hold the separator,
 * a quote or a line break, quotes doubled inside quotes, CRLF between records. Excel in a Dutch
 * locale writes and expects ';', so that is what we write; reading accepts ';' or ',' (whichever
 * the header line uses). Strict UTF-8: a file in another encoding is refused, not garbled.
 *
 * <p>Every field that a spreadsheet would run as a formula (it starts with {@code = + - @}, TAB or CR)
 * is written with a leading apostrophe, so opening an export never runs what someone typed (CSV
 * injection); this sits in the writer so no export can forget it. Reading removes exactly that
 * apostrophe again, so a file we wrote reads back unchanged: a leading apostrophe is dropped only
 * when what follows is one of those characters, possibly after further apostrophes (a text that
 * itself starts with {@code '=} is written {@code ''=}).
 */
public final class Csv {

    /** Makes Excel read the file as UTF-8 instead of the Windows code page. */
    public static final String BOM = "\uFEFF";
    public static final char SEPARATOR = ';';

    private Csv() {
    }

    /** The table as CSV text with a BOM, ';' separators and CRLF line ends. */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(SEPARATOR);
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The text as written: a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String defused(String value) {
        return looksLikeFormula(value, 0) ? "'" + value : value;
    }

    /** The inverse of {@link #defused}. */
    public static String undefused(String field) {
        return field.startsWith("'") && looksLikeFormula(field, 1) ? field.substring(1) : field;
    }

    /** True when the text from {@code from} is apostrophes (none or more) followed by a formula start. */
    private static boolean looksLikeFormula(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    private static String field(String raw) {
        String value = defused(raw);
        if (value.indexOf(SEPARATOR) >= 0 || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /**
     * Decodes strict UTF-8 (a leading BOM is dropped).
     *
     * @throws BadEncodingException with the 1-based line of the first byte that is not UTF-8
     */
    public static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops in front of the bad input; count the line breaks before it.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BadEncodingException(line);
        }
        String text = out.flip().toString();
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

    /**
     * Splits CSV text into records of fields; the separator is ';' or ',' as used in the first line.
     *
     * @throws MalformedException when a quoted field is never closed
     */
    public static List<List<String>> read(String text) {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        char separator = separatorOf(body);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int record = 1;
        int quoteStartRecord = 1;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                quoteStartRecord = record;
            } else if (ch == separator) {
                row.add(undefused(field.toString()));
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(undefused(field.toString()));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                record++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new MalformedException(quoteStartRecord);
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(undefused(field.toString()));
            rows.add(row);
        }
        return rows;
    }

    private static char separatorOf(String body) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ';') {
                semicolons++;
            } else if (!quoted && ch == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The bytes are not UTF-8; {@link #line()} is where the first bad byte is. */
    public static final class BadEncodingException extends RuntimeException {
        private final int line;

        BadEncodingException(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** A quoted field opened in record {@link #record()} is never closed. */
    public static final class MalformedException extends RuntimeException {
        private final int record;

        MalformedException(int record) {
            super("unclosed quote in record " + record);
            this.record = record;
        }

        public int record() {
            return record;
        }
    }
}
