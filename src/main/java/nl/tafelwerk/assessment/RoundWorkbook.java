package nl.tafelwerk.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import nl.tafelwerk.assessment.analysis.Agreement;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.ConsensusScore;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.CriterionStatistics;
import nl.tafelwerk.assessment.analysis.DisagreementItem;
import nl.tafelwerk.assessment.analysis.Member;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.Score;
import nl.tafelwerk.assessment.analysis.SectorRanking;
import nl.tafelwerk.assessment.analysis.Skip;
import nl.tafelwerk.assessment.analysis.Spread;
import nl.tafelwerk.assessment.analysis.UnrankedItem;
import nl.tafelwerk.assessment.analysis.ValueCount;
import nl.tafelwerk.assessment.analysis.WsjfBreakdown;
import nl.tafelwerk.shared.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of a revealed round (DD023): every score with its rationale (per member, or per sector only when
 * the round was opened sectors-only), the consensus per item and criterion with the chair's rationale, the
 * statistics, the ranking with its breakdown, the sector rankings and the agreement. Written as a stream
 * ({@link SXSSFWorkbook}: only a window of rows in memory), so a large round never sits in memory as cell objects.
 *
 * <p>Every text goes into a text cell, never a formula, so a rationale starting with {@code =} stays text; such
 * cells are also marked "quote prefix", so Excel keeps them text when someone edits them. This class only formats:
 * the caller (the rounds service) decides who may export, and only after the reveal.
 */
public final class RoundWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows kept in memory per sheet while writing. */
    private static final int WINDOW = 200;

    /** A member's rationale for one score. */
    public record MemberRationale(String memberId, String itemCode, String criterionCode, String text) {
    }

    /** The chair's rationale for the consensus on one item and criterion. */
    public record ConsensusRationale(String itemCode, String criterionCode, String text) {
    }

    /**
     * What goes into the workbook.
     *
     * @param sectorsOnly the round was opened sectors-only: the scores sheet names sectors, never members, and its
     *                    rows are sorted by sector, item, criterion and score, so one member's rows cannot be linked
     */
    public record Contents(String roundTitle, RoundAnalysis analysis, boolean sectorsOnly,
                           List<MemberRationale> rationales, List<ConsensusRationale> consensusRationales) {

        public Contents {
            rationales = List.copyOf(rationales);
            consensusRationales = List.copyOf(consensusRationales);
        }
    }

    private RoundWorkbook() {
    }

    public static byte[] toBytes(Contents contents, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(contents, locale, out);
        return out.toByteArray();
    }

    public static void write(Contents contents, Locale locale, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            new Writer(workbook, contents, locale).write();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the bytes are written or the exception above says why not
            }
        }
    }

    /** True when a spreadsheet would take the text for a formula (or DDE) when typed in. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static final class Writer {
        private final SXSSFWorkbook workbook;
        private final Contents contents;
        private final RoundAnalysis analysis;
        private final Locale locale;
        private final CellStyle header;
        private final CellStyle quoted;
        private final CellStyle decimal;
        private final CellStyle wrapped;
        private final Map<String, AssessedItem> items = new HashMap<>();
        private final Map<String, Criterion> criteria = new HashMap<>();

        Writer(SXSSFWorkbook workbook, Contents contents, Locale locale) {
            this.workbook = workbook;
            this.contents = contents;
            this.analysis = contents.analysis();
            this.locale = locale;
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            analysis.round().items().forEach(i -> items.put(i.code(), i));
            analysis.round().criteria().forEach(c -> criteria.put(c.code(), c));
        }

        void write() {
            scores();
            consensus();
            statistics();
            ranking();
            sectors();
            agreement();
        }

        private String t(String key, Object... arguments) {
            return Texts.get(locale, key, arguments);
        }

        private SXSSFSheet sheet(String key, String... headerKeys) {
            SXSSFSheet sheet = workbook.createSheet(t(key));
            Row row = sheet.createRow(0);
            for (int i = 0; i < headerKeys.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(t(headerKeys[i]));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        private void text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (looksLikeFormula(value)) {
                cell.setCellStyle(quoted);
            }
        }

        private void number(Row row, int column, double value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (value != Math.rint(value)) {
                cell.setCellStyle(decimal);
            }
        }

        private void scores() {
            SXSSFSheet sheet = contents.sectorsOnly()
                    ? sheet("analysis.workbook.sheet.scores", "analysis.workbook.sector", "analysis.workbook.item",
                    "analysis.workbook.itemTitle", "analysis.workbook.criterion", "analysis.workbook.criterionName",
                    "analysis.workbook.score", "analysis.workbook.rationale")
                    : sheet("analysis.workbook.sheet.scores", "analysis.workbook.member", "analysis.workbook.sector",
                    "analysis.workbook.item", "analysis.workbook.itemTitle", "analysis.workbook.criterion",
                    "analysis.workbook.criterionName", "analysis.workbook.score", "analysis.workbook.rationale");
            Map<String, Member> members = new HashMap<>();
            analysis.round().members().forEach(m -> members.put(m.id(), m));
            Map<String, String> rationale = new HashMap<>();
            contents.rationales().forEach(r -> rationale.put(r.memberId() + '\u0000' + r.itemCode() + '\u0000'
                    + r.criterionCode(), r.text()));
            record Line(Member member, String item, String criterion, Integer score, String note) {
            }
            List<Line> lines = new ArrayList<>();
            for (Score s : analysis.round().scores()) {
                Member m = members.get(s.memberId());
                lines.add(new Line(m, s.itemCode(), s.criterionCode(), s.value(),
                        rationale.getOrDefault(s.memberId() + '\u0000' + s.itemCode() + '\u0000' + s.criterionCode(), "")));
            }
            for (Skip skip : analysis.round().skips()) {
                lines.add(new Line(members.get(skip.memberId()), skip.itemCode(), "", null,
                        t("analysis.workbook.skipped", skip.reason())));
            }
            Map<String, Integer> itemOrder = new HashMap<>();
            for (int i = 0; i < analysis.round().items().size(); i++) {
                itemOrder.put(analysis.round().items().get(i).code(), i);
            }
            Map<String, Integer> criterionOrder = new HashMap<>();
            for (int c = 0; c < analysis.round().criteria().size(); c++) {
                criterionOrder.put(analysis.round().criteria().get(c).code(), c);
            }
            Comparator<Line> byItem = Comparator.comparing((Line l) -> itemOrder.get(l.item()))
                    .thenComparing(l -> criterionOrder.getOrDefault(l.criterion(), -1));
            if (contents.sectorsOnly()) {
                lines.sort(Comparator.comparing((Line l) -> l.member().sector()).thenComparing(byItem)
                        .thenComparing(l -> l.score() == null ? Integer.MIN_VALUE : l.score())
                        .thenComparing(Line::note));
            } else {
                Map<String, Integer> memberOrder = new HashMap<>();
                for (int m = 0; m < analysis.round().members().size(); m++) {
                    memberOrder.put(analysis.round().members().get(m).id(), m);
                }
                lines.sort(Comparator.comparing((Line l) -> memberOrder.get(l.member().id())).thenComparing(byItem));
            }
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                int c = 0;
                if (!contents.sectorsOnly()) {
                    text(row, c++, line.member().displayName());
                }
                text(row, c++, line.member().sector());
                text(row, c++, line.item());
                text(row, c++, items.get(line.item()).title());
                text(row, c++, line.criterion());
                text(row, c++, line.criterion().isEmpty() ? "" : criteria.get(line.criterion()).name());
                if (line.score() != null) {
                    number(row, c, line.score());
                }
                c++;
                text(row, c, line.note());
            }
        }

        private void consensus() {
            SXSSFSheet sheet = sheet("analysis.workbook.sheet.consensus", "analysis.workbook.item",
                    "analysis.workbook.itemTitle", "analysis.workbook.criterion", "analysis.workbook.criterionName",
                    "analysis.workbook.consensus", "analysis.workbook.consensusRationale", "analysis.workbook.tableScore",
                    "analysis.workbook.source", "analysis.workbook.median", "analysis.workbook.iqr");
            Map<String, Double> agreed = new HashMap<>();
            for (ConsensusScore c : analysis.consensus()) {
                agreed.put(c.itemCode() + '\u0000' + c.criterionCode(), c.value());
            }
            Map<String, String> notes = new HashMap<>();
            contents.consensusRationales().forEach(c -> notes.put(c.itemCode() + '\u0000' + c.criterionCode(), c.text()));
            int r = 1;
            for (AssessedItem item : analysis.round().items()) {
                for (Criterion criterion : analysis.round().criteria()) {
                    String key = item.code() + '\u0000' + criterion.code();
                    Row row = sheet.createRow(r++);
                    text(row, 0, item.code());
                    text(row, 1, item.title());
                    text(row, 2, criterion.code());
                    text(row, 3, criterion.name());
                    if (agreed.containsKey(key)) {
                        number(row, 4, agreed.get(key));
                    }
                    text(row, 5, notes.getOrDefault(key, ""));
                    OptionalDouble used = analysis.tableScore(item.code(), criterion.code());
                    if (used.isPresent()) {
                        number(row, 6, used.getAsDouble());
                    }
                    text(row, 7, t(agreed.containsKey(key) ? "analysis.workbook.source.consensus"
                            : used.isPresent() ? "analysis.workbook.source.median" : "analysis.workbook.source.none"));
                    Optional<Spread> spread = analysis.statistics(item.code(), criterion.code()).spread();
                    if (spread.isPresent()) {
                        number(row, 8, spread.get().median());
                        number(row, 9, spread.get().iqr());
                    }
                }
            }
        }

        private void statistics() {
            TreeSet<Integer> values = new TreeSet<>();
            analysis.round().criteria().forEach(c -> values.addAll(c.scale().values()));
            List<String> headers = new ArrayList<>(List.of("analysis.workbook.item", "analysis.workbook.criterion",
                    "analysis.workbook.scored", "analysis.workbook.skippedCount", "analysis.workbook.median",
                    "analysis.workbook.min", "analysis.workbook.max", "analysis.workbook.q1", "analysis.workbook.q3",
                    "analysis.workbook.iqr"));
            SXSSFSheet sheet = sheet("analysis.workbook.sheet.statistics", headers.toArray(String[]::new));
            Row head = sheet.getRow(0);
            int first = headers.size();
            int column = first;
            Map<Integer, Integer> valueColumn = new HashMap<>();
            for (int value : values) {
                Cell cell = head.createCell(column);
                cell.setCellValue(t("analysis.workbook.valueCount", value));
                cell.setCellStyle(header);
                valueColumn.put(value, column++);
            }
            int r = 1;
            for (CriterionStatistics s : analysis.statistics()) {
                Row row = sheet.createRow(r++);
                text(row, 0, s.itemCode());
                text(row, 1, s.criterionCode());
                number(row, 2, s.scored());
                number(row, 3, s.skipped());
                if (s.spread().isPresent()) {
                    Spread spread = s.spread().get();
                    number(row, 4, spread.median());
                    number(row, 5, spread.min());
                    number(row, 6, spread.max());
                    number(row, 7, spread.q1());
                    number(row, 8, spread.q3());
                    number(row, 9, spread.iqr());
                }
                for (ValueCount count : s.distribution()) {
                    number(row, valueColumn.get(count.value()), count.count());
                }
            }
        }

        private void ranking() {
            SXSSFSheet sheet = sheet("analysis.workbook.sheet.ranking", "analysis.ranking.position",
                    "analysis.workbook.item", "analysis.workbook.itemTitle", "analysis.ranking.kind", "analysis.ranking.wsjf",
                    "analysis.ranking.costOfDelay", "analysis.part.BUSINESS_VALUE", "analysis.part.TIME_CRITICALITY",
                    "analysis.part.RISK_REDUCTION", "analysis.part.legal", "analysis.part.dependencies",
                    "analysis.part.JOB_SIZE", "analysis.workbook.fromMedian");
            int r = 1;
            for (RankedItem item : analysis.ranking().ranked()) {
                Row row = sheet.createRow(r++);
                WsjfBreakdown b = item.breakdown();
                number(row, 0, item.position());
                text(row, 1, item.item().code());
                text(row, 2, item.item().title());
                text(row, 3, t("analysis.kind." + item.item().kind().name()));
                Cell wsjf = row.createCell(4);
                wsjf.setCellValue(b.wsjf());
                wsjf.setCellStyle(decimal);
                number(row, 5, b.costOfDelay());
                number(row, 6, b.businessValue());
                number(row, 7, b.timeCriticality());
                number(row, 8, b.riskReduction());
                number(row, 9, b.legalBoost());
                number(row, 10, b.dependencyBoost());
                number(row, 11, b.jobSize());
                text(row, 12, String.join(", ", item.criteriaFromMedian()));
            }
            for (UnrankedItem item : analysis.ranking().unranked()) {
                Row row = sheet.createRow(r++);
                text(row, 1, item.item().code());
                text(row, 2, item.item().title());
                text(row, 3, t("analysis.kind." + item.item().kind().name()));
                text(row, 12, t("analysis.workbook.unranked", String.join(", ", item.missingCriteria())));
            }
        }

        private void sectors() {
            SXSSFSheet sheet = sheet("analysis.workbook.sheet.sectors", "analysis.workbook.sector",
                    "analysis.workbook.members", "analysis.ranking.position", "analysis.workbook.item",
                    "analysis.workbook.itemTitle", "analysis.ranking.wsjf");
            int r = 1;
            for (SectorRanking sector : analysis.sectorRankings()) {
                for (RankedItem item : sector.ranking().ranked()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, sector.sector());
                    number(row, 1, sector.members());
                    number(row, 2, item.position());
                    text(row, 3, item.item().code());
                    text(row, 4, item.item().title());
                    Cell wsjf = row.createCell(5);
                    wsjf.setCellValue(item.wsjf());
                    wsjf.setCellStyle(decimal);
                }
            }
        }

        private void agreement() {
            SXSSFSheet sheet = sheet("analysis.workbook.sheet.agreement", "analysis.workbook.what",
                    "analysis.workbook.value");
            int r = 1;
            Row title = sheet.createRow(r++);
            text(title, 0, t("analysis.workbook.round"));
            text(title, 1, contents.roundTitle());
            Optional<Agreement> agreement = analysis.agreement();
            Row w = sheet.createRow(r++);
            text(w, 0, t("analysis.workbook.kendallW"));
            if (agreement.isPresent()) {
                Cell cell = w.createCell(1);
                cell.setCellValue(agreement.get().w());
                cell.setCellStyle(decimal);
                Row words = sheet.createRow(r++);
                text(words, 0, t("analysis.workbook.agreementWords"));
                text(words, 1, t(agreement.get().level().messageKey()));
                Row raters = sheet.createRow(r++);
                text(raters, 0, t("analysis.workbook.raters"));
                number(raters, 1, agreement.get().raters());
            } else {
                text(w, 1, t("analysis.workbook.undefined"));
            }
            r++;
            Row head = sheet.createRow(r++);
            String[] disagreement = {"analysis.workbook.disagreementOrder", "analysis.workbook.item",
                    "analysis.workbook.largestSpread", "analysis.workbook.criterion", "analysis.workbook.meanSpread"};
            for (int i = 0; i < disagreement.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(t(disagreement[i]));
                cell.setCellStyle(header);
            }
            int place = 1;
            for (DisagreementItem item : analysis.byDisagreement()) {
                Row row = sheet.createRow(r++);
                number(row, 0, place++);
                text(row, 1, item.item().code());
                Cell largest = row.createCell(2);
                largest.setCellValue(item.largestSpread());
                largest.setCellStyle(decimal);
                text(row, 3, item.criterionCode());
                Cell mean = row.createCell(4);
                mean.setCellValue(item.meanSpread());
                mean.setCellStyle(decimal);
            }
        }
    }
}
