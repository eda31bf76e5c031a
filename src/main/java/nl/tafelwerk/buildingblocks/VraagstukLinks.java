package nl.tafelwerk.buildingblocks;

import java.util.List;

/**
 * Implemented by the agenda feature: which vraagstukken name a bouwsteen. The catalogue asks through
 * this interface so it never reads the agenda's tables.
 */
public interface VraagstukLinks {

    List<LinkedVraagstuk> concerning(String bouwsteenCode);
}
