package nl.tafelwerk.scenarios;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.shared.Texts;
import nl.tafelwerk.shared.audit.AuditType;
import nl.tafelwerk.shared.audit.Audited;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A scenario and a comparison as an Excel workbook: amounts and FTE as numbers (euro format), every
 * text as a text cell, so a name like {@code =HYPERLINK(…)} is shown, never run. No cell is a formula.
 */
@Service
public class ScenarioExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScenarioService service;

    ScenarioExport(ScenarioService service) {
        this.service = service;
    }

    @PreAuthorize("isAuthenticated()")
    @Audited(value = AuditType.EXPORT, subject = "scenario (XLSX)")
    public byte[] scenario(String code) {
        Scenario s = service.find(code).orElseThrow(() -> new nl.tafelwerk.shared.DomainException("code", "scenario.unknown", code));
        return workbook(List.of(service.analyse(s)), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Audited(value = AuditType.EXPORT, subject = "scenariovergelijking (XLSX)")
    public byte[] comparison(List<String> codes) {
        Comparison c = service.compare(codes);
        return workbook(c.scenarios(), c);
    }

    static byte[] workbook(List<ScenarioAnalysis> analyses, @Nullable Comparison comparison) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet overview = wb.createSheet(t(comparison == null ? "scenario.section.general" : "scenario.compare.title"));
            List<ScenarioAnalysis> all = analyses;
            int r = 0;
            r = row(overview, r, st.bold, t("scenario.compare.parameter"), all.stream().map(a -> (Object) a.scenario().label()).toList());
            r = row(overview, r, null, t("scenario.list.vraagstuk"), all.stream().map(a -> (Object) a.scenario().vraagstukCode()).toList());
            r = row(overview, r, null, t("scenario.list.variantOf"), all.stream().map(a -> (Object) text(a.scenario().variantOf())).toList());
            r = row(overview, r, null, t("scenario.field.summary"), all.stream().map(a -> (Object) a.scenario().summary()).toList());
            r = row(overview, r, null, t("scenario.field.assumptions"), all.stream().map(a -> (Object) a.scenario().assumptions()).toList());
            r = row(overview, r, null, t("scenario.field.delivered"), all.stream().map(a -> (Object) a.scenario().delivered()).toList());
            r = row(overview, r, null, t("scenario.field.forSectors"), all.stream().map(a -> (Object) String.join(", ", new java.util.TreeSet<>(a.scenario().forSectors()))).toList());
            r = row(overview, r, null, t("scenario.field.effects"), all.stream().map(a -> (Object) a.scenario().effects()).toList());
            r = row(overview, r, null, t("scenario.timeline.end"), all.stream().map(a -> (Object) text(a.timeline().lastQuarter())).toList());
            r = row(overview, r, null, t("scenario.timeline.criticalPath"), all.stream().map(a -> (Object) String.join(" → ", a.timeline().criticalPath())).toList());
            r = row(overview, r, st.euro, t("scenario.money.costs"), all.stream().map(a -> (Object) a.money().totalCosts()).toList());
            r = row(overview, r, st.euro, t("scenario.money.benefits"), all.stream().map(a -> (Object) a.money().totalBenefits()).toList());
            r = row(overview, r, st.euro, t("scenario.money.result"), all.stream().map(a -> (Object) a.money().totalResult()).toList());
            r = row(overview, r, st.euro, Texts.get(Texts.DUTCH, "scenario.money.npv", "r"), all.stream().map(a -> (Object) a.money().npv()).toList());
            r = row(overview, r, null, t("scenario.risk.profile"), all.stream().map(a -> (Object) profile(a)).toList());
            r = row(overview, r, null, t("scenario.compare.warnings"), all.stream().map(a -> (Object) String.valueOf(a.warnings().size())).toList());
            if (comparison != null) {
                r++;
                r = row(overview, r, st.bold, t("scenario.compare.bouwstenen"), List.of());
                for (Comparison.BouwsteenRow b : comparison.bouwstenen()) {
                    r = row(overview, r, null, b.code(), b.starts().stream().map(q -> (Object) (q == null ? "—" : q.toString())).toList());
                }
                r++;
                r = row(overview, r, st.bold, t("scenario.preference.title"), List.of());
                for (Preference p : comparison.preferences()) {
                    r = row(overview, r, null, p.byChair() ? t("scenario.preference.chair") : p.party(),
                            List.of(p.scenarioCode(), p.rationale(), p.recordedBy()));
                }
            }
            overview.setColumnWidth(0, 34 * 256);
            for (int i = 1; i <= all.size(); i++) {
                overview.setColumnWidth(i, 40 * 256);
            }
            for (ScenarioAnalysis a : all) {
                moneySheet(wb, st, a);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moneySheet(XSSFWorkbook wb, Styles st, ScenarioAnalysis a) {
        Sheet sheet = wb.createSheet(a.scenario().code());
        MoneyFigures f = a.money();
        int r = row(sheet, 0, st.bold, a.scenario().label(), List.of());
        r = row(sheet, r, st.bold, t("scenario.money.year"), List.of(t("scenario.money.costs"), t("scenario.money.benefits"),
                t("scenario.money.budget"), t("scenario.money.result"), t("scenario.money.cumulative"), t("scenario.fte.kind.INZET"),
                t("scenario.fte.kind.VRIJGESPEELD")));
        for (int year : f.years()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(year);
            List<BigDecimal> values = List.of(f.costs().get(year), f.benefits().get(year), f.budget().get(year),
                    f.result().get(year), f.cumulative().get(year));
            for (int i = 0; i < values.size(); i++) {
                number(row.createCell(i + 1), values.get(i), st.euro);
            }
            number(row.createCell(6), f.fteInzet().get(year), st.fte);
            number(row.createCell(7), f.fteReleased().get(year), st.fte);
        }
        Row total = sheet.createRow(r++);
        text(total.createCell(0), t("scenario.money.total"), st.bold);
        number(total.createCell(1), f.totalCosts(), st.euro);
        number(total.createCell(2), f.totalBenefits(), st.euro);
        number(total.createCell(4), f.totalResult(), st.euro);
        r++;
        r = row(sheet, r, st.bold, t("scenario.part.MONEY"), List.of(t("scenario.money.party"), t("scenario.money.flow"),
                t("scenario.money.category"), t("scenario.money.recurrence"), t("scenario.money.amount"), t("scenario.money.description")));
        for (MoneyLine m : a.scenario().money()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(m.year());
            text(row.createCell(1), m.party(), null);
            text(row.createCell(2), t(m.flow().messageKey()), null);
            text(row.createCell(3), t(m.category().messageKey()), null);
            text(row.createCell(4), t(m.recurrence().messageKey()), null);
            number(row.createCell(5), m.amount(), st.euro);
            text(row.createCell(6), m.description(), null);
        }
        r++;
        r = row(sheet, r, st.bold, t("scenario.part.PLAN"), List.of(t("scenario.plan.start"), t("scenario.plan.end"), t("scenario.timeline.criticalPath")));
        for (Timeline.Bar bar : a.timeline().bars()) {
            r = row(sheet, r, null, bar.code(), List.of(bar.start().toString(), bar.end().plus(-1).toString(),
                    a.timeline().criticalPath().contains(bar.code()) ? "ja" : ""));
        }
        r++;
        r = row(sheet, r, st.bold, t("scenario.risk.nr"), List.of(t("scenario.risk.risk"), t("scenario.risk.kans"), t("scenario.risk.impact"),
                t("scenario.risk.prio"), t("scenario.risk.prioWritten"), t("scenario.risk.mitigation"), t("scenario.risk.owner"),
                t("scenario.risk.escalation")));
        for (ScenarioRisk risk : a.scenario().risks()) {
            r = row(sheet, r, null, risk.nr(), List.of(risk.risk(), risk.kansWritten() + " (" + risk.kans() + ")",
                    risk.impactWritten() + " (" + risk.impact() + ")", risk.prio().name(), text(risk.prioWritten()), risk.mitigation(),
                    risk.owner(), risk.escalation()));
        }
        sheet.setColumnWidth(0, 30 * 256);
        for (int i = 1; i < 9; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static int row(Sheet sheet, int index, @Nullable CellStyle style, String head, List<Object> values) {
        Row row = sheet.createRow(index);
        text(row.createCell(0), head, style != null && style.getFontIndex() != 0 ? style : null);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            Cell cell = row.createCell(i + 1);
            if (v instanceof BigDecimal amount) {
                number(cell, amount, style);
            } else {
                text(cell, String.valueOf(v), style);
            }
        }
        return index + 1;
    }

    private static void number(Cell cell, BigDecimal value, @Nullable CellStyle style) {
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Always a text cell: XLSX keeps it as a string, so nothing typed becomes a formula. */
    private static void text(Cell cell, String value, @Nullable CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String profile(ScenarioAnalysis a) {
        var p = a.riskProfile();
        return Texts.get(Texts.DUTCH, "scenario.risk.profileValue", p.get(RiskLevel.H), p.get(RiskLevel.M), p.get(RiskLevel.L));
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String t(String key) {
        return Texts.get(Texts.DUTCH, key);
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle euro;
        final CellStyle fte;

        Styles(XSSFWorkbook wb) {
            bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            euro = wb.createCellStyle();
            euro.setDataFormat(wb.createDataFormat().getFormat("€ #,##0.00;[Red]€ -#,##0.00"));
            fte = wb.createCellStyle();
            fte.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }
    }

    static List<String> sheetNames(byte[] xlsx) {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            wb.forEach(s -> names.add(s.getSheetName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
