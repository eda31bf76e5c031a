package nl.tafelwerk.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.Csv;
import nl.tafelwerk.shared.Texts;
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
 * The agenda as the grid shows it (same filter, same sort, same columns, Dutch headers and words) as
 * CSV (UTF-8 with BOM, ';' for Dutch Excel) or XLSX. Everyone who may read the agenda may export it.
 */
@Service
public class AgendaExport {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The grid's columns plus every column the import reads, named as the import names them, so an
     * export imports again: the informational ones (order, status, gremium, meeting, last change) the
     * import recognises and skips. The message keys of their Dutch headers.
     */
    private static final List<String> HEADER_KEYS = List.of("agenda.field.position", "agenda.field.code",
            "agenda.field.title", "agenda.field.type", "agenda.field.status", "agenda.field.source",
            "agenda.field.urgency", "agenda.field.submittedBySector", "agenda.field.affectedSectors", "agenda.field.bouwstenen",
            "agenda.field.description", "agenda.field.rationale",
            "agenda.column.gremium", "agenda.field.nextMeeting", "agenda.field.updatedAt", "agenda.export.updatedBy");

    private final VraagstukService service;

    AgendaExport(VraagstukService service) {
        this.service = service;
    }

    /** The Dutch column headers of an export, in order. */
    public static List<String> headers() {
        return HEADER_KEYS.stream().map(key -> Texts.get(Texts.DUTCH, key)).toList();
    }

    /** CSV; the shared writer defuses text a spreadsheet would run as a formula. */
    @PreAuthorize("isAuthenticated()")
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.EXPORT, subject = "voorraadagenda (CSV)")
    public byte[] csv(VraagstukFilter filter, List<AgendaSort> sort) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers());
        for (Vraagstuk item : service.exportDetails(filter, sort)) {
            List<String> row = texts(item);
            row.set(13, item.nextMeeting() == null ? "" : item.nextMeeting().toString());
            row.set(14, STAMP.format(item.updatedAt().atZone(AMSTERDAM)));
            rows.add(row);
        }
        return Csv.write(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** Every column as text, in the order of {@link #HEADER_KEYS}; dates are left to the caller. */
    private static List<String> texts(Vraagstuk item) {
        return new ArrayList<>(List.of(String.valueOf(item.position()), item.code(), item.title(), label(item.type().messageKey()),
                label(item.status().messageKey()), item.source() == null ? "" : label(item.source().messageKey()),
                item.urgency() == null ? "" : label(item.urgency().messageKey()), text(item.submittedBySector()),
                AllSectors.forExport(item.affectedSectors()), String.join(", ", item.bouwstenen()),
                text(item.description()), text(item.rationale()), text(item.gremiumCode()), "", "", item.updatedBy()));
    }

    @PreAuthorize("isAuthenticated()")
    @nl.tafelwerk.shared.audit.Audited(value = nl.tafelwerk.shared.audit.AuditType.EXPORT, subject = "voorraadagenda (XLSX)")
    public byte[] xlsx(VraagstukFilter filter, List<AgendaSort> sort) {
        List<Vraagstuk> items = service.exportDetails(filter, sort);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Texts.get(Texts.DUTCH, "agenda.title"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d-m-yyyy"));
            CellStyle stamp = workbook.createCellStyle();
            stamp.setDataFormat(workbook.createDataFormat().getFormat("d-m-yyyy hh:mm"));
            List<String> headers = headers();
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Vraagstuk item : items) {
                Row row = sheet.createRow(r++);
                List<String> texts = texts(item);
                for (int i = 0; i < texts.size(); i++) {
                    row.createCell(i).setCellValue(texts.get(i));
                }
                row.getCell(0).setCellValue(item.position());
                Cell meeting = row.getCell(13);
                if (item.nextMeeting() != null) {
                    meeting.setCellValue(item.nextMeeting());
                    meeting.setCellStyle(date);
                }
                Cell updated = row.getCell(14);
                updated.setCellValue(LocalDateTime.ofInstant(item.updatedAt(), AMSTERDAM));
                updated.setCellStyle(stamp);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {9, 10, 60, 30, 20, 24, 10, 10, 20, 20, 60, 60, 10, 14, 17, 24};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String key) {
        return Texts.get(Texts.DUTCH, key);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
