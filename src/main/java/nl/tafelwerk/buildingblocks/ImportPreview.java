package nl.tafelwerk.buildingblocks;

import java.util.List;

/** What an import file would do; nothing is saved while {@link #problems()} is not empty. */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }

    public long newCount() {
        return rows.stream().filter(ImportRow::isNew).count();
    }
}
