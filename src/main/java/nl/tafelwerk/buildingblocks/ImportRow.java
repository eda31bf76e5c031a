package nl.tafelwerk.buildingblocks;

import java.util.List;

/** One row of an import file as read, with the problems found in it (empty when it can be imported). */
public record ImportRow(int rowNumber, String code, String name, boolean isNew, List<String> dependsOn,
                        List<ImportProblem> problems) {
}
