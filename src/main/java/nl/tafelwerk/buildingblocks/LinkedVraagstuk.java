package nl.tafelwerk.buildingblocks;

/** A vraagstuk on the voorraadagenda that concerns a bouwsteen. */
public record LinkedVraagstuk(String code, String title) {
}
