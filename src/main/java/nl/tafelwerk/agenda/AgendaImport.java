package nl.tafelwerk.agenda;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.internal.VraagstukEntity;
import nl.tafelwerk.agenda.internal.VraagstukRepository;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.SpreadsheetFiles;
import nl.tafelwerk.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of vraagstukken from CSV (UTF-8) or XLSX: the file is read and every row checked first
 * (a preview with row-level problems in Dutch); only a file without any problem is saved, all rows in
 * one transaction, each as a submission (status Ingediend) with a history line "geïmporteerd".
 * Only the programme office and the chair import.
 */
@Service
public class AgendaImport {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_MEGABYTES = 5;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,19}");

    /** The columns an import file may have, by their Dutch header; the order in the file is free. */
    public enum Column {
        CODE("Code"),
        TITLE("Titel"),
        TYPE("Type"),
        SOURCE("Bron"),
        DESCRIPTION("Omschrijving"),
        RATIONALE("Onderbouwing"),
        URGENCY("Urgentie"),
        SUBMITTER("Indienende sector"),
        AFFECTED("Geraakte sectoren"),
        BOUWSTENEN("Bouwstenen"),
        // What an export adds for the reader; an import recognises these columns and skips them.
        POSITION(Texts.get(Texts.DUTCH, "agenda.field.position"), true),
        STATUS(Texts.get(Texts.DUTCH, "agenda.field.status"), true),
        GREMIUM(Texts.get(Texts.DUTCH, "agenda.column.gremium"), true),
        NEXT_MEETING(Texts.get(Texts.DUTCH, "agenda.field.nextMeeting"), true),
        UPDATED_AT(Texts.get(Texts.DUTCH, "agenda.field.updatedAt"), true),
        UPDATED_BY(Texts.get(Texts.DUTCH, "agenda.export.updatedBy"), true);

        private final String header;
        private final boolean informational;

        Column(String header) {
            this(header, false);
        }

        Column(String header, boolean informational) {
            this.header = header;
            this.informational = informational;
        }

        public String header() {
            return header;
        }

        public boolean informational() {
            return informational;
        }
    }

    public static final Set<Column> REQUIRED = EnumSet.of(Column.TITLE, Column.TYPE);

    /** A problem in the file ({@code row} 0) or in one row and, where known, one column. */
    public record Problem(int row, @Nullable String column, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem ofFile(String messageKey, Object... arguments) {
            return new Problem(0, null, messageKey, Arrays.asList(arguments));
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A data row as read: its row number in the spreadsheet (the header is row 1), its fields and its problems. */
    public record Row(int row, @Nullable String code, VraagstukDraft draft, List<Problem> problems, boolean unchanged) {

        public Row {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** What would be imported, and everything that stands in the way. */
    public record Preview(String fileName, List<Row> rows, List<Problem> fileProblems) {

        public Preview {
            rows = List.copyOf(rows);
            fileProblems = List.copyOf(fileProblems);
        }

        public boolean isValid() {
            return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::isValid);
        }

        public long unchangedRows() {
            return rows.stream().filter(Row::unchanged).count();
        }

        public long invalidRows() {
            return rows.stream().filter(r -> !r.isValid()).count();
        }

        public int problemCount() {
            return fileProblems.size() + rows.stream().mapToInt(r -> r.problems().size()).sum();
        }
    }

    /** What was saved. */
    public record Result(List<String> codes, long millis) {
    }

    private final VraagstukService service;
    private final VraagstukRepository vraagstukken;

    AgendaImport(VraagstukService service, VraagstukRepository vraagstukken) {
        this.service = service;
        this.vraagstukken = vraagstukken;
    }

    /** Reads and checks a file; saves nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    public Preview preview(String fileName, byte[] content) {
        return check(fileName, content);
    }

    /**
     * Checks the file again and saves every row, or nothing: a file with any problem is refused with
     * the number of problems and nothing is saved.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.IMPORT, subject = "voorraadagenda", detailArgument = 0)
    public Result importFile(String fileName, byte[] content) {
        long start = System.nanoTime();
        Preview preview = check(fileName, content);
        if (!preview.isValid()) {
            throw new DomainException("file", "agenda.import.refused", Math.max(1, preview.problemCount()));
        }
        List<VraagstukService.Imported> items = preview.rows().stream().filter(r -> !r.unchanged())
                .map(r -> new VraagstukService.Imported(r.code(), r.draft())).toList();
        List<String> codes = service.importAll(items, fileName);
        return new Result(codes, (System.nanoTime() - start) / 1_000_000);
    }

    /** The import columns' headers, in the order of a template. */
    public static List<String> headers() {
        return Arrays.stream(Column.values()).filter(c -> !c.informational()).map(Column::header).toList();
    }

    // ---------------------------------------------------------------- checking

    private Preview check(String fileName, byte[] content) {
        List<Line> lines;
        try {
            lines = read(fileName, content);
        } catch (DomainException e) {
            return new Preview(fileName, List.of(), List.of(Problem.ofFile(e.messageKey(), e.arguments())));
        }
        if (lines.isEmpty()) {
            return new Preview(fileName, List.of(), List.of(Problem.ofFile("agenda.import.empty")));
        }
        Line headerLine = lines.getFirst();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headerLine.cells().size(); i++) {
            String name = headerLine.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.header().equalsIgnoreCase(name)).findFirst();
            if (column.isEmpty() || columns.containsKey(column.get())) {
                unknown.add(name);
            } else {
                columns.put(column.get(), i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).map(Column::header).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            return new Preview(fileName, List.of(), List.of(Problem.ofFile("agenda.import.columns",
                    unknown.isEmpty() ? "—" : String.join(", ", unknown),
                    missing.isEmpty() ? "—" : String.join(", ", missing), String.join("; ", headers()))));
        }
        List<Line> data = lines.subList(1, lines.size());
        if (data.isEmpty()) {
            return new Preview(fileName, List.of(), List.of(Problem.ofFile("agenda.import.empty")));
        }
        if (data.size() > MAX_ROWS) {
            return new Preview(fileName, List.of(), List.of(Problem.ofFile("agenda.import.tooManyRows", MAX_ROWS)));
        }

        VraagstukService.Lookups known = service.lookups();
        Map<String, String> sectors = new HashMap<>(canonical(known.sectors()));
        sectors.put(key(AllSectors.CODE), AllSectors.CODE);
        sectors.put(key(Texts.get(Texts.DUTCH, AllSectors.MESSAGE_KEY)), AllSectors.CODE);
        Map<String, String> bouwstenen = canonical(known.bouwstenen());
        Set<String> existing = new HashSet<>(vraagstukken.findAllCodes());
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        int width = headerLine.cells().size();
        List<Row> rows = new ArrayList<>(data.size());
        for (Line line : data) {
            rows.add(checkRow(line, width, columns, known, sectors, bouwstenen, existing, firstRowOfCode, this::stored));
        }
        return new Preview(fileName, rows, List.of());
    }

    private static Row checkRow(Line line, int width, Map<Column, Integer> columns, VraagstukService.Lookups known,
                                Map<String, String> sectors,
                         Map<String, String> bouwstenen, Set<String> existing, Map<String, Integer> firstRowOfCode,
                         Function<String, Optional<Vraagstuk>> stored) {
        int n = line.number();
        List<Problem> problems = new ArrayList<>();
        if (line.cells().size() > width && line.cells().subList(width, line.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add(new Problem(n, null, "agenda.import.extraCells", List.of(line.cells().size(), width)));
        }
        Function<Column, String> cell = c -> {
            Integer i = columns.get(c);
            return i == null || i >= line.cells().size() ? "" : line.cells().get(i).strip();
        };

        String code = cell.apply(Column.CODE).toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            if (!CODE.matcher(code).matches()) {
                problems.add(problem(n, Column.CODE, "agenda.import.codeFormat", code));
            } else if (firstRowOfCode.containsKey(code)) {
                problems.add(problem(n, Column.CODE, "agenda.import.duplicateCode", code, firstRowOfCode.get(code)));
            } else {
                firstRowOfCode.put(code, n);
            }
        }

        String typeText = cell.apply(Column.TYPE);
        VraagstukType type = null;
        if (!typeText.isEmpty()) {
            type = VraagstukType.parse(typeText).or(() -> byLabel(VraagstukType.values(), VraagstukType::messageKey, typeText))
                    .orElse(null);
            if (type == null) {
                problems.add(problem(n, Column.TYPE, "agenda.import.unknownType", typeText,
                        labels(VraagstukType.values(), VraagstukType::messageKey)));
            }
        }
        String sourceText = cell.apply(Column.SOURCE);
        VraagstukBron source = null;
        if (!sourceText.isEmpty()) {
            source = VraagstukBron.parse(sourceText).or(() -> byLabel(VraagstukBron.values(), VraagstukBron::messageKey, sourceText))
                    .orElse(null);
            if (source == null) {
                problems.add(problem(n, Column.SOURCE, "agenda.import.unknownSource", sourceText,
                        labels(VraagstukBron.values(), VraagstukBron::messageKey)));
            }
        }
        String urgencyText = cell.apply(Column.URGENCY);
        Urgentie urgency = null;
        if (!urgencyText.isEmpty()) {
            urgency = Urgentie.parse(urgencyText).orElse(null);
            if (urgency == null) {
                problems.add(problem(n, Column.URGENCY, "agenda.import.unknownUrgency", urgencyText,
                        labels(Urgentie.values(), Urgentie::messageKey)));
            }
        }
        String submitter = cell.apply(Column.SUBMITTER);
        VraagstukDraft draft = new VraagstukDraft(cell.apply(Column.TITLE), type, source, cell.apply(Column.DESCRIPTION),
                cell.apply(Column.RATIONALE), urgency, submitter.isEmpty() ? null : sectors.getOrDefault(key(submitter), submitter),
                codes(cell.apply(Column.AFFECTED), sectors), codes(cell.apply(Column.BOUWSTENEN), bouwstenen),
                null, null, null, null, 0);
        for (DomainException e : VraagstukService.problems(draft, known)) {
            if ("type".equals(e.field()) && !typeText.isEmpty()) {
                continue; // already reported as an unknown type
            }
            problems.add(new Problem(n, columnOf(e.field()), e.messageKey(), Arrays.asList(e.arguments())));
        }
        // An exported item read back unchanged is skipped; a changed one goes through the editor (DD006).
        boolean unchanged = false;
        if (CODE.matcher(code).matches() && existing.contains(code)) {
            unchanged = problems.isEmpty() && stored.apply(code).map(v -> sameAsImported(v, draft)).orElse(false);
            if (!unchanged) {
                problems.add(problem(n, Column.CODE, "agenda.import.codeExists", code));
            }
        }
        return new Row(n, code.isEmpty() ? null : code, draft, problems, unchanged);
    }

    private Optional<Vraagstuk> stored(String code) {
        return vraagstukken.findByCode(code).map(VraagstukEntity::toVraagstuk);
    }

    /** The fields an import sets are those of the stored item (the rest an import never touches). */
    static boolean sameAsImported(Vraagstuk v, VraagstukDraft d) {
        return v.title().equals(d.title().strip()) && v.type() == d.type() && v.source() == d.source()
                && Objects.equals(v.description(), blankToNull(d.description()))
                && Objects.equals(v.rationale(), blankToNull(d.rationale())) && v.urgency() == d.urgency()
                && Objects.equals(v.submittedBySector(), blankToNull(d.submittedBySector()))
                && new TreeSet<>(v.affectedSectors()).equals(new TreeSet<>(d.affectedSectors()))
                && new TreeSet<>(v.bouwstenen()).equals(new TreeSet<>(d.bouwstenen()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Problem problem(int row, Column column, String key, Object... arguments) {
        return new Problem(row, column.header(), key, Arrays.asList(arguments));
    }

    private static @Nullable String columnOf(@Nullable String field) {
        if (field == null) {
            return null;
        }
        Column column = switch (field) {
            case "title" -> Column.TITLE;
            case "type" -> Column.TYPE;
            case "description" -> Column.DESCRIPTION;
            case "rationale" -> Column.RATIONALE;
            case "submittedBySector" -> Column.SUBMITTER;
            case "affectedSectors" -> Column.AFFECTED;
            case "bouwstenen" -> Column.BOUWSTENEN;
            default -> null;
        };
        return column == null ? null : column.header();
    }

    /** Codes as the catalogue spells them, looked up case-insensitively; an unknown code stays as typed. */
    private static Set<String> codes(String text, Map<String, String> canonical) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split("[,;]")) {
            String code = part.strip();
            if (!code.isEmpty()) {
                codes.add(canonical.getOrDefault(key(code), code));
            }
        }
        return codes;
    }

    private static Map<String, String> canonical(Set<String> codes) {
        return codes.stream().collect(Collectors.toMap(AgendaImport::key, c -> c, (a, b) -> a));
    }

    private static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> byLabel(E[] values, Function<E, String> messageKey, String text) {
        String wanted = key(text);
        return Arrays.stream(values).filter(v -> key(Texts.get(Texts.DUTCH, messageKey.apply(v))).equals(wanted)).findFirst();
    }

    private static <E extends Enum<E>> String labels(E[] values, Function<E, String> messageKey) {
        return Arrays.stream(values).map(v -> Texts.get(Texts.DUTCH, messageKey.apply(v))).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- reading files

    /** A record of the file with its row number as a spreadsheet shows it. */
    record Line(int number, List<String> cells) {
    }

    /** All non-blank records, the header first; refuses files that are too large, not UTF-8 or not readable. */
    static List<Line> read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new DomainException("file", "agenda.import.tooLarge", MAX_MEGABYTES);
        }
        SpreadsheetFiles.Kind kind = SpreadsheetFiles.kindOf(content);
        boolean zip = kind == SpreadsheetFiles.Kind.XLSX;
        boolean ole = kind == SpreadsheetFiles.Kind.XLS;
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (ole || lower.endsWith(".xls")) {
            throw new DomainException("file", "agenda.import.xls");
        }
        if (zip || lower.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        String text;
        try {
            text = Csv.decodeUtf8(content);
        } catch (Csv.BadEncodingException e) {
            throw new DomainException("file", "agenda.import.encoding", e.line());
        }
        List<List<String>> records;
        try {
            records = Csv.read(text);
        } catch (Csv.MalformedException e) {
            throw new DomainException("file", "agenda.import.unclosedQuote", e.record());
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                lines.add(new Line(i + 1, cells));
                if (lines.size() > MAX_ROWS + 1) {
                    throw new DomainException("file", "agenda.import.tooManyRows", MAX_ROWS);
                }
            }
        }
        return lines;
    }

    /** Streams the first sheet (see {@link SpreadsheetFiles}); stops after the limit. */
    private static List<Line> readXlsx(byte[] content) {
        try {
            return SpreadsheetFiles.readFirstSheet(content, MAX_ROWS + 1, Texts.DUTCH).stream()
                    .map(r -> new Line(r.number(), r.cells())).toList();
        } catch (SpreadsheetFiles.TooManyRowsException e) {
            throw new DomainException("file", "agenda.import.tooManyRows", MAX_ROWS);
        } catch (SpreadsheetFiles.BombException e) {
            throw new DomainException("file", "upload.bomb");
        } catch (SpreadsheetFiles.UnreadableException e) {
            throw new DomainException("file", "agenda.import.unreadable");
        }
    }
}
