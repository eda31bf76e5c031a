package nl.tafelwerk.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook of a revealed round: every score with its rationale and every skip, the consensus, and the ranking.
 * Only ever built from {@link RoundResults}, which exist after the reveal alone.
 */
final class RoundExport {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RoundExport() {
    }

    static byte[] xlsx(RoundResults results, RoundAnalysis analysis) {
        ScoringRound round = results.round();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet scores = workbook.createSheet("Scores");
            row(scores, 0, "Item", "Criterium", "Lid", "Sector", "Score", "Toelichting");
            int r = 1;
            for (RoundItem item : round.items()) {
                for (RoundResults.RevealedBallot ballot : results.ballots()) {
                    String skipped = ballot.skipped().get(item.key());
                    if (skipped != null) {
                        row(scores, r++, item.label(), "", ballot.label(), ballot.sector(), "overgeslagen", skipped);
                        continue;
                    }
                    for (ScoredCriterion criterion : round.criteria()) {
                        Optional<RoundScore> score = ballot.score(item.key(), criterion.code());
                        if (score.isPresent()) {
                            Row row = row(scores, r++, item.label(), criterion.name(), ballot.label(), ballot.sector(), "",
                                    Optional.ofNullable(score.get().rationale()).orElse(""));
                            row.getCell(4).setCellValue(score.get().value());
                        }
                    }
                }
            }
            Sheet consensus = workbook.createSheet("Consensus");
            row(consensus, 0, "Item", "Criterium", "Consensus", "Onderbouwing", "Vastgelegd door");
            r = 1;
            for (RoundConsensus c : results.consensus()) {
                Row row = row(consensus, r++, round.item(c.itemKey()).label(), round.criterion(c.criterionCode()).name(), "",
                        Optional.ofNullable(c.rationale()).orElse(""), c.decidedBy());
                row.getCell(2).setCellValue(c.value());
            }
            Sheet ranking = workbook.createSheet("Rangorde");
            row(ranking, 0, "Positie", "Item", "WSJF", "Kosten van uitstel", "Omvang");
            r = 1;
            for (RankedItem item : analysis.ranking().ranked()) {
                Row row = row(ranking, r++, "", round.item(item.item().code()).label(), "", "", "");
                row.getCell(0).setCellValue(item.position());
                row.getCell(2).setCellValue(item.wsjf());
                row.getCell(3).setCellValue(item.breakdown().costOfDelay());
                row.getCell(4).setCellValue(item.breakdown().jobSize());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text cells only: a value starting with = stays text, never a formula. */
    private static Row row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
        return row;
    }

    static List<String> sheets() {
        return List.of("Scores", "Consensus", "Rangorde");
    }
}
