package nl.tafelwerk.buildingblocks;

import java.util.List;

/** The kinds of bouwsteen the catalogue knows (the seed catalogue's vocabulary). */
public final class BouwsteenTypes {

    public static final List<String> ALL = List.of("afsprakenstelsel", "landelijke_voorziening", "generieke_functie",
            "informatiestandaard", "semantische_standaard", "norm", "architectuur", "infrastructuur", "toepassing",
            "zorgtoepassing", "regionale_toepassing");

    private BouwsteenTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
