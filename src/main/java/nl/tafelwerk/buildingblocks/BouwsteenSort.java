package nl.tafelwerk.buildingblocks;

/** A sort order for the catalogue: a property of {@link BouwsteenListItem} and a direction. */
public record BouwsteenSort(String property, boolean ascending) {

    public static final java.util.List<String> SORTABLE = java.util.List.of("code", "name", "type", "owner", "phase",
            "impact", "tableStatus", "leadTimeWeeks");
}
