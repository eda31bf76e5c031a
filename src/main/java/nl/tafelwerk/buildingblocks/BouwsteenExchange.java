package nl.tafelwerk.buildingblocks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelwerk.buildingblocks.internal.BouwsteenEntity;
import nl.tafelwerk.buildingblocks.internal.BouwsteenRepository;
import nl.tafelwerk.buildingblocks.internal.DependencyEntity;
import nl.tafelwerk.buildingblocks.internal.DependencyRepository;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.SpreadsheetFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV and XLSX export of the (filtered) catalogue, and a validated import of the same columns:
 * every row is checked first, and the file is saved completely or not at all.
 */
@Service
public class BouwsteenExchange {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final String CODE = "code";
    static final String NAME = "naam";
    static final String DESCRIPTION = "beschrijving";
    static final String TYPE = "type";
    static final String OWNER = "eigenaar";
    static final String PHASE = "fase";
    static final String IMPACT = "impact";
    static final String STATUS = "status_tafel";
    static final String SECTORS = "sectoren";
    static final String LEAD_TIME = "doorlooptijd_weken";
    static final String SOURCE = "bron";
    static final String LEGAL = "wettelijk_kader";
    static final String NEEDS = "afhankelijk_van";
    static final String PROPOSAL = "voorstel";
    static final String LEVEL_PREFIX = "niveau_";
    /** The version a row was exported at; an import refuses a row whose bouwsteen changed since. */
    static final String VERSION = "versie";

    /** The columns of an export, in order; an import needs at least code, naam and type. */
    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of(CODE, NAME, DESCRIPTION, TYPE, OWNER, PHASE, IMPACT, STATUS, SECTORS,
                LEAD_TIME, SOURCE, LEGAL));
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            columns.add(LEVEL_PREFIX + c.name().toLowerCase(Locale.ROOT));
        }
        columns.add(NEEDS);
        columns.add(PROPOSAL);
        columns.add(VERSION);
        COLUMNS = List.copyOf(columns);
    }

    private final BouwsteenService service;
    private final BouwsteenRepository bouwstenen;
    private final DependencyRepository dependencies;
    private final DependencyAnalysis analysis;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    BouwsteenExchange(BouwsteenService service, BouwsteenRepository bouwstenen, DependencyRepository dependencies,
                      DependencyAnalysis analysis, CurrentUser currentUser) {
        this.service = service;
        this.bouwstenen = bouwstenen;
        this.dependencies = dependencies;
        this.analysis = analysis;
        this.currentUser = currentUser;
    }

    // ---- export ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.EXPORT, subject = "bouwstenen (CSV)")
    public byte[] exportCsv(BouwsteenFilter filter) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS);
        table.addAll(rows(filter));
        return Csv.write(table).getBytes(StandardCharsets.UTF_8);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.EXPORT, subject = "bouwstenen (XLSX)")
    public byte[] exportXlsx(BouwsteenFilter filter) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Bouwstenen");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> values : rows(filter)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (!v.isEmpty() && (COLUMNS.get(i).equals(LEAD_TIME) || COLUMNS.get(i).equals(VERSION)
                            || COLUMNS.get(i).startsWith(LEVEL_PREFIX))) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < 3; i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows(BouwsteenFilter filter) {
        Map<String, Set<String>> needs = service.needsMap();
        List<List<String>> rows = new ArrayList<>();
        for (Bouwsteen b : service.allDetails(filter)) {
            List<String> row = new ArrayList<>(List.of(b.code(), b.name(), text(b.description()), b.type(), text(b.owner()),
                    name(b.phase()), name(b.impact()), name(b.tableStatus()), String.join(",", b.sectors()),
                    b.leadTimeWeeks() == null ? "" : b.leadTimeWeeks().toString(), text(b.source()), text(b.legalAnchor())));
            for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
                row.add(String.valueOf(b.level(c)));
            }
            row.add(String.join(",", needs.getOrDefault(b.code(), Set.of())));
            row.add(b.proposalState().name());
            row.add(String.valueOf(b.version()));
            rows.add(row);
        }
        return rows;
    }

    // ---- import ----

    /** Reads and checks a file without saving anything. */
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        return check(read(fileName, content));
    }

    /** Saves every row of the file, or nothing: refused with the first problem when the file has any. */
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR')")
    @Transactional
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.IMPORT, subject = "bouwstenen", detailArgument = 0)
    public ImportPreview importFile(String fileName, byte[] content) {
        AuthenticatedUser user = currentUser.require();
        List<Map<String, String>> table = read(fileName, content);
        ImportPreview preview = check(table);
        if (!preview.isValid()) {
            ImportProblem first = preview.problems().get(0);
            throw new DomainException(null, "import.refused", preview.problems().size(), first.rowNumber());
        }
        Map<String, BouwsteenEntity> byCode = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Map<String, String> row = table.get(i);
            String code = row.get(CODE).strip().toUpperCase(Locale.ROOT);
            BouwsteenEntity entity = bouwstenen.findByCode(code).orElse(null);
            boolean isNew = entity == null;
            if (isNew) {
                entity = new BouwsteenEntity(code, row.get(NAME).strip(), null, row.get(TYPE).strip().toLowerCase(Locale.ROOT));
                apply(entity, row);
                entity.touch(user.displayName(), clock.instant());
                entity = bouwstenen.saveAndFlush(entity);
                service.record(entity, user, "created", null, code + " · " + entity.getName() + " (" + fileName + ")");
            } else {
                Bouwsteen before = entity.toBouwsteen();
                apply(entity, row);
                // a row read back unchanged (an export imported again) leaves the bouwsteen as it was
                if (service.recordChanges(entity, user, clock.instant(), before)) {
                    entity.touch(user.displayName(), clock.instant());
                    entity = bouwstenen.saveAndFlush(entity);
                }
            }
            byCode.put(code, entity);
        }
        Map<String, Set<String>> existing = service.needsMap();
        for (Map<String, String> row : table) {
            String code = row.get(CODE).strip().toUpperCase(Locale.ROOT);
            for (String needed : codes(row.get(NEEDS))) {
                if (existing.getOrDefault(code, Set.of()).contains(needed)) {
                    continue;
                }
                BouwsteenEntity from = byCode.get(code);
                BouwsteenEntity to = byCode.containsKey(needed) ? byCode.get(needed) : service.load(needed);
                dependencies.save(new DependencyEntity(from.id(), to.id(), "Uit import " + fileName, ProposalState.BEVESTIGD,
                        user.displayName(), clock.instant()));
                existing.computeIfAbsent(code, k -> new TreeSet<>()).add(needed);
                service.record(from, user, "dependency", null, code + " → " + needed);
            }
        }
        dependencies.flush();
        return preview;
    }

    private void apply(BouwsteenEntity entity, Map<String, String> row) {
        entity.setName(row.get(NAME).strip());
        if (row.containsKey(DESCRIPTION)) {
            entity.setDescription(blankToNull(row.get(DESCRIPTION)));
        }
        entity.setType(row.get(TYPE).strip().toLowerCase(Locale.ROOT));
        if (row.containsKey(OWNER)) {
            entity.setOwner(blankToNull(row.get(OWNER)));
        }
        if (row.containsKey(PHASE)) {
            entity.setPhase(blank(row.get(PHASE)) ? null : ImplementationPhase.parse(row.get(PHASE)).orElseThrow());
        }
        if (row.containsKey(IMPACT)) {
            entity.setImpact(blank(row.get(IMPACT)) ? null : Impact.parse(row.get(IMPACT)).orElseThrow());
        }
        if (row.containsKey(STATUS)) {
            entity.setTableStatus(blank(row.get(STATUS)) ? null : BouwsteenStatus.parse(row.get(STATUS)).orElseThrow());
        }
        if (row.containsKey(SECTORS)) {
            entity.setSectors(service.checkSectors(codes(row.get(SECTORS))));
        }
        if (row.containsKey(LEAD_TIME)) {
            entity.setLeadTimeWeeks(blank(row.get(LEAD_TIME)) ? null : Integer.parseInt(row.get(LEAD_TIME).strip()));
        }
        if (row.containsKey(SOURCE)) {
            entity.setSource(blankToNull(row.get(SOURCE)));
        }
        if (row.containsKey(LEGAL)) {
            entity.setLegalAnchor(blankToNull(row.get(LEGAL)));
        }
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            String column = LEVEL_PREFIX + c.name().toLowerCase(Locale.ROOT);
            if (row.containsKey(column)) {
                entity.setLevel(c, blank(row.get(column)) ? 0 : Integer.parseInt(row.get(column).strip()));
            }
        }
    }

    private ImportPreview check(List<Map<String, String>> table) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        if (table.isEmpty()) {
            problems.add(new ImportProblem(1, "import.empty"));
            return new ImportPreview(rows, problems);
        }
        Set<String> header = table.get(0).keySet();
        for (String required : List.of(CODE, NAME, TYPE)) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(1, "import.column.missing", required));
            }
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add(new ImportProblem(1, "import.column.unknown", column));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPreview(rows, problems);
        }
        if (table.size() > MAX_ROWS) {
            problems.add(new ImportProblem(1, "import.tooMany", MAX_ROWS));
            return new ImportPreview(rows, problems);
        }
        Map<String, Long> versions = bouwstenen.findAll().stream()
                .collect(Collectors.toMap(BouwsteenEntity::getCode, BouwsteenEntity::getVersion, (a, b) -> a));
        Set<String> known = versions.keySet();
        Map<String, Integer> inFile = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String code = table.get(i).get(CODE).strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !inFile.containsKey(code)) {
                inFile.put(code, i + 2);
            }
        }
        Map<String, Set<String>> needs = new TreeMap<>(service.needsMap());
        for (int i = 0; i < table.size(); i++) {
            int rowNumber = i + 2;
            Map<String, String> row = table.get(i);
            List<ImportProblem> own = new ArrayList<>();
            String code = row.get(CODE).strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                own.add(new ImportProblem(rowNumber, "import.row.required", CODE));
            } else if (!BouwsteenService.CODE.matcher(code).matches()) {
                own.add(new ImportProblem(rowNumber, "import.row.code", code));
            } else if (inFile.get(code) != rowNumber) {
                own.add(new ImportProblem(rowNumber, "import.row.duplicate", code, inFile.get(code)));
            }
            if (row.containsKey(VERSION) && !blank(row.get(VERSION)) && known.contains(code)) {
                Integer version = integer(row.get(VERSION));
                if (version == null) {
                    own.add(new ImportProblem(rowNumber, "import.row.version", row.get(VERSION).strip()));
                } else if (version.longValue() != versions.get(code)) {
                    own.add(new ImportProblem(rowNumber, "import.row.stale", code, version, versions.get(code)));
                }
            }
            for (String column : List.of(CODE, NAME, DESCRIPTION, TYPE, OWNER, SOURCE, LEGAL)) {
                if (row.containsKey(column)) {
                    ControlCharacters.check(column, row.get(column)).ifPresent(e ->
                            own.add(new ImportProblem(rowNumber, "import.row.controlCharacter", column, e.arguments()[0], e.arguments()[1])));
                }
            }
            String name = row.get(NAME).strip();
            if (name.isEmpty()) {
                own.add(new ImportProblem(rowNumber, "import.row.required", NAME));
            } else if (name.length() > Bouwsteen.NAME_MAX) {
                own.add(new ImportProblem(rowNumber, "import.row.tooLong", NAME, Bouwsteen.NAME_MAX));
            }
            if (row.containsKey(DESCRIPTION) && row.get(DESCRIPTION).length() > Bouwsteen.DESCRIPTION_MAX) {
                own.add(new ImportProblem(rowNumber, "import.row.tooLong", DESCRIPTION, Bouwsteen.DESCRIPTION_MAX));
            }
            String type = row.get(TYPE).strip().toLowerCase(Locale.ROOT);
            if (!BouwsteenTypes.isKnown(type)) {
                own.add(new ImportProblem(rowNumber, "import.row.type", row.get(TYPE)));
            }
            if (row.containsKey(PHASE) && !blank(row.get(PHASE)) && ImplementationPhase.parse(row.get(PHASE)).isEmpty()) {
                own.add(new ImportProblem(rowNumber, "import.row.phase", row.get(PHASE)));
            }
            if (row.containsKey(IMPACT) && !blank(row.get(IMPACT)) && Impact.parse(row.get(IMPACT)).isEmpty()) {
                own.add(new ImportProblem(rowNumber, "import.row.impact", row.get(IMPACT)));
            }
            if (row.containsKey(STATUS) && !blank(row.get(STATUS)) && BouwsteenStatus.parse(row.get(STATUS)).isEmpty()) {
                own.add(new ImportProblem(rowNumber, "import.row.status", row.get(STATUS)));
            }
            if (row.containsKey(SECTORS)) {
                try {
                    service.checkSectors(codes(row.get(SECTORS)));
                } catch (DomainException e) {
                    own.add(e.arguments().length == 0 ? new ImportProblem(rowNumber, e.messageKey())
                            : new ImportProblem(rowNumber, "import.row.sector", e.arguments()[0]));
                }
            }
            if (row.containsKey(LEAD_TIME) && !blank(row.get(LEAD_TIME))) {
                Integer weeks = integer(row.get(LEAD_TIME));
                if (weeks == null || weeks < 0 || weeks > Bouwsteen.LEAD_TIME_MAX) {
                    own.add(new ImportProblem(rowNumber, "import.row.leadTime", row.get(LEAD_TIME), 0, Bouwsteen.LEAD_TIME_MAX));
                }
            }
            for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
                String column = LEVEL_PREFIX + c.name().toLowerCase(Locale.ROOT);
                if (row.containsKey(column) && !blank(row.get(column))) {
                    Integer level = integer(row.get(column));
                    if (level == null || level < AcceptanceCriterion.MIN_LEVEL || level > AcceptanceCriterion.MAX_LEVEL) {
                        own.add(new ImportProblem(rowNumber, "import.row.level", row.get(column).strip(), column,
                                AcceptanceCriterion.MIN_LEVEL, AcceptanceCriterion.MAX_LEVEL));
                    }
                }
            }
            List<String> needed = row.containsKey(NEEDS) ? codes(row.get(NEEDS)) : List.of();
            for (String target : needed) {
                if (!known.contains(target) && !inFile.containsKey(target)) {
                    own.add(new ImportProblem(rowNumber, "import.row.unknownCode", target, NEEDS));
                } else if (target.equals(code)) {
                    own.add(new ImportProblem(rowNumber, "import.row.self", code));
                } else if (!needs.getOrDefault(code, Set.of()).contains(target)) {
                    List<String> cycle = analysis.cycleClosedBy(needs, code, target);
                    if (cycle.isEmpty()) {
                        needs.computeIfAbsent(code, k -> new TreeSet<>()).add(target);
                    } else {
                        own.add(new ImportProblem(rowNumber, "import.row.cycle", String.join(" → ", cycle)));
                    }
                }
            }
            problems.addAll(own);
            rows.add(new ImportRow(rowNumber, code, name, !known.contains(code), needed, own));
        }
        return new ImportPreview(rows, problems);
    }

    // ---- reading files ----

    /**
     * The file as rows of named cells. What it is comes from its content, not its name: a workbook
     * renamed to .csv is still read as a workbook, and an old .xls gets its own message.
     */
    List<Map<String, String>> read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new DomainException("file", "upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> cells;
        String lower = fileName.toLowerCase(Locale.ROOT);
        switch (SpreadsheetFiles.kindOf(content)) {
            case XLSX -> cells = readXlsx(content);
            case XLS -> throw new DomainException("file", "agenda.import.xls");
            default -> {
                if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                    throw new DomainException("file", "import.unreadable");
                }
                if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
                    throw new DomainException("file", "import.format", fileName);
                }
                cells = readCsv(content);
            }
        }
        List<Map<String, String>> table = new ArrayList<>();
        if (cells.isEmpty()) {
            return table;
        }
        List<String> header = cells.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (List<String> line : cells.subList(1, cells.size())) {
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    row.put(header.get(i), i < line.size() ? line.get(i) : "");
                }
            }
            table.add(row);
        }
        return table;
    }

    /** Streams the first sheet; blank rows keep their place so row numbers match the spreadsheet. */
    private static List<List<String>> readXlsx(byte[] content) {
        try {
            List<List<String>> cells = new ArrayList<>();
            for (SpreadsheetFiles.NumberedRow row : SpreadsheetFiles.readFirstSheet(content, MAX_ROWS + 1, Locale.ROOT)) {
                while (cells.size() < row.number() - 1) {
                    cells.add(List.of());
                }
                cells.add(row.cells());
            }
            return cells;
        } catch (SpreadsheetFiles.TooManyRowsException e) {
            throw new DomainException("file", "import.tooMany", MAX_ROWS);
        } catch (SpreadsheetFiles.BombException e) {
            throw new DomainException("file", "upload.bomb");
        } catch (SpreadsheetFiles.UnreadableException e) {
            throw new DomainException("file", "import.unreadable");
        }
    }

    /** RFC 4180 with ';' or ',' as separator; bytes that are not UTF-8 or an unclosed quote are refused. */
    static List<List<String>> readCsv(byte[] content) {
        try {
            return Csv.read(Csv.decodeUtf8(content));
        } catch (Csv.BadEncodingException e) {
            throw new DomainException("file", "import.encoding", e.line());
        } catch (Csv.MalformedException e) {
            throw new DomainException("file", "import.unclosedQuote", e.record());
        }
    }

    private static List<String> codes(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static @Nullable Integer integer(String text) {
        try {
            String t = text.strip();
            if (t.endsWith(".0")) {
                t = t.substring(0, t.length() - 2);
            }
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String name(@Nullable Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
