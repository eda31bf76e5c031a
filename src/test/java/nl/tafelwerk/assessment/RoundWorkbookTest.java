package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.Boosts;
import nl.tafelwerk.assessment.analysis.ConsensusScore;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.ItemKind;
import nl.tafelwerk.assessment.analysis.Member;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.RoundScores;
import nl.tafelwerk.assessment.analysis.Score;
import nl.tafelwerk.assessment.analysis.Skip;
import nl.tafelwerk.shared.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook of a revealed round, read back with POI: what went in is there, and formulas stay text. */
class RoundWorkbookTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"klik\")";

    private static RoundWorkbook.Contents contents(boolean sectorsOnly) {
        List<AssessedItem> items = List.of(new AssessedItem("VS-01", "Medicatieoverdracht", ItemKind.VRAAGSTUK, true, 0),
                new AssessedItem("MITZ", "Mitz", ItemKind.BOUWSTEEN, false, 2));
        List<Criterion> criteria = List.of(new Criterion("WAARDE", "Waarde", 2, WsjfPart.BUSINESS_VALUE, ScoreScale.FIBONACCI),
                new Criterion("OMVANG", "Omvang", 1, WsjfPart.JOB_SIZE, ScoreScale.FIBONACCI));
        List<Member> members = List.of(new Member("anna", "Anna de Vries", "HAZ"),
                new Member("bert", "Bert Jansen", "MSZ"), new Member("carla", "Carla Smit", "HAZ"));
        List<Score> scores = new ArrayList<>(List.of(
                new Score("anna", "VS-01", "WAARDE", 5), new Score("anna", "VS-01", "OMVANG", 3),
                new Score("anna", "MITZ", "WAARDE", 8), new Score("anna", "MITZ", "OMVANG", 2),
                new Score("bert", "VS-01", "WAARDE", 13), new Score("bert", "VS-01", "OMVANG", 5),
                new Score("carla", "VS-01", "WAARDE", 3), new Score("carla", "VS-01", "OMVANG", 8),
                new Score("carla", "MITZ", "WAARDE", 5), new Score("carla", "MITZ", "OMVANG", 3)));
        RoundScores round = new RoundScores(items, criteria, members, scores,
                List.of(new Skip("bert", "MITZ", "geen zicht op")), new Boosts(5, 1));
        RoundAnalysis analysis = RoundAnalysis.of(round, List.of(new ConsensusScore("VS-01", "WAARDE", 5)));
        return new RoundWorkbook.Contents("Ronde 1 — voorjaar", analysis, sectorsOnly,
                List.of(new RoundWorkbook.MemberRationale("anna", "VS-01", "WAARDE", FORMULA),
                        new RoundWorkbook.MemberRationale("bert", "VS-01", "WAARDE", "Grote winst voor de keten")),
                List.of(new RoundWorkbook.ConsensusRationale("VS-01", "WAARDE", "+31 toch middenin: eens na discussie")));
    }

    private static XSSFWorkbook read(RoundWorkbook.Contents contents) throws Exception {
        byte[] bytes = RoundWorkbook.toBytes(contents, Texts.DUTCH);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> {
                        double v = cell.getNumericCellValue();
                        yield v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
                    }
                    case STRING -> cell.getStringCellValue();
                    default -> cell.getCellType().name();
                });
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void everyScoreRationaleConsensusStatisticAndTheRankingAreInTheWorkbook() throws Exception {
        try (XSSFWorkbook workbook = read(contents(false))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.getSheetName(0)).isEqualTo("Scores");

            List<List<String>> scores = rows(workbook.getSheet("Scores"));
            assertThat(scores.getFirst()).containsExactly("Lid", "Sector", "Item", "Titel", "Criterium", "Naam criterium",
                    "Score", "Toelichting");
            assertThat(scores).hasSize(1 + 10 + 1);
            assertThat(scores).contains(List.of("Anna de Vries", "HAZ", "VS-01", "Medicatieoverdracht", "WAARDE", "Waarde",
                    "5", FORMULA));
            assertThat(scores).contains(List.of("Bert Jansen", "MSZ", "VS-01", "Medicatieoverdracht", "WAARDE", "Waarde",
                    "13", "Grote winst voor de keten"));
            assertThat(scores).contains(List.of("Bert Jansen", "MSZ", "MITZ", "Mitz", "", "", "", "Overgeslagen: geen zicht op"));

            List<List<String>> consensus = rows(workbook.getSheet("Consensus"));
            // VS-01 value: consensus 5 with the chair's note; median of 3, 5, 13 = 5, IQR 4 … 9 = 5
            assertThat(consensus.get(1)).containsExactly("VS-01", "Medicatieoverdracht", "WAARDE", "Waarde", "5",
                    "+31 toch middenin: eens na discussie", "5", "consensus", "5", "5");
            // VS-01 job size: no consensus, median of 3, 5, 8 = 5
            assertThat(consensus.get(2)).containsExactly("VS-01", "Medicatieoverdracht", "OMVANG", "Omvang", "",
                    "", "5", "mediaan (nog geen consensus)", "5", "2.5");

            List<List<String>> statistics = rows(workbook.getSheet("Statistiek"));
            assertThat(statistics.getFirst()).contains("Mediaan", "Q1", "Q3", "IQR", "Aantal met 1", "Aantal met 20");
            // MITZ value: 8 and 5 (Bert skipped): median 6.5, Q1 5.75, Q3 7.25
            assertThat(statistics.get(3).subList(0, 10)).containsExactly("MITZ", "WAARDE", "2", "1", "6.5", "5", "8",
                    "5.75", "7.25", "1.5");

            List<List<String>> ranking = rows(workbook.getSheet("Rangorde"));
            // MITZ: (2·6.5 + 2 dependents)/2.5 = 6; VS-01: (2·5 + 5 legal)/5 = 3
            assertThat(ranking.get(1).subList(0, 6)).containsExactly("1", "MITZ", "Mitz", "Bouwsteen", "6", "15");
            assertThat(ranking.get(2).subList(0, 6)).containsExactly("2", "VS-01", "Medicatieoverdracht", "Vraagstuk", "3", "15");

            assertThat(rows(workbook.getSheet("Overeenstemming")).get(1)).containsExactly("Ronde", "Ronde 1 — voorjaar");
            assertThat(rows(workbook.getSheet("Sectoren"))).extracting(r -> r.getFirst()).contains("HAZ", "MSZ");
        }
    }

    @Test
    void aTextStartingWithAnEqualsSignIsStoredAsTextNeverAsFormula() throws Exception {
        try (XSSFWorkbook workbook = read(contents(false))) {
            Cell rationale = null;
            for (Row row : workbook.getSheet("Scores")) {
                Cell cell = row.getCell(7);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(FORMULA)) {
                    rationale = cell;
                }
            }
            assertThat(rationale).as("the rationale with a formula in it").isNotNull();
            assertThat(rationale.getCellType()).isEqualTo(CellType.STRING);
            assertThat(rationale.getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Cell consensusNote = workbook.getSheet("Consensus").getRow(1).getCell(5);
            assertThat(consensusNote.getStringCellValue()).startsWith("+31");
            assertThat(consensusNote.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aSectorsOnlyRoundNamesNoMemberAnywhere() throws Exception {
        try (XSSFWorkbook workbook = read(contents(true))) {
            List<List<String>> scores = rows(workbook.getSheet("Scores"));
            assertThat(scores.getFirst()).containsExactly("Sector", "Item", "Titel", "Criterium", "Naam criterium", "Score",
                    "Toelichting");
            assertThat(scores).hasSize(12);
            assertThat(scores).contains(List.of("HAZ", "VS-01", "Medicatieoverdracht", "WAARDE", "Waarde", "5", FORMULA));
            // sorted by sector, item, criterion and score: the HAZ scores on VS-01 value are 3 then 5, whoever gave them
            int three = scores.indexOf(List.of("HAZ", "VS-01", "Medicatieoverdracht", "WAARDE", "Waarde", "3", ""));
            assertThat(three).isPositive().isLessThan(scores.indexOf(
                    List.of("HAZ", "VS-01", "Medicatieoverdracht", "WAARDE", "Waarde", "5", FORMULA)));
            for (Sheet sheet : workbook) {
                for (List<String> row : rows(sheet)) {
                    for (String cell : row) {
                        assertThat(cell).as(sheet.getSheetName()).doesNotContain("Anna", "Bert", "Carla", "anna", "bert", "carla");
                    }
                }
            }
        }
    }
}
