package nl.tafelwerk.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX of a scenario: amounts are numbers, and text that looks like a formula stays text. */
class ScenarioExportTest {

    @Test
    void amountsAreNumbersAndNoCellIsEverAFormula() throws Exception {
        Scenario s = new Scenario("SC-X", "VS-01", null, "=HYPERLINK(\"http://evil\",\"klik\")", "+SUM(A1:A9)", "@cmd", "", Set.of(), "",
                "", "", "", "", 2026, 2027, new BigDecimal("4"), List.of(), List.of(),
                List.of(new MoneyLine("m", 2026, "-2+3", MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, new BigDecimal("1234.56"), "=1+1")),
                List.of(), List.of(), java.time.Instant.EPOCH, "t", 0);
        ScenarioAnalysis a = ScenarioAnalysis.of(s, Map.of(), Map.of(), Set.of());

        byte[] xlsx = ScenarioExport.workbook(List.of(a), null);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int formulas = 0;
            boolean nameAsText = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                        nameAsText |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("=HYPERLINK");
                    }
                }
            }
            assertThat(formulas).isZero();
            assertThat(nameAsText).isTrue();
            Sheet money = wb.getSheet("SC-X");
            Cell costs2026 = money.getRow(2).getCell(1);
            assertThat(costs2026.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(costs2026.getNumericCellValue()).isEqualTo(1234.56);
        }
    }
}
