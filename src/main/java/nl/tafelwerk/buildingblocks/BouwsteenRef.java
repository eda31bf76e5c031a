package nl.tafelwerk.buildingblocks;

/** A bouwsteen as other features refer to it: its code and name. */
public record BouwsteenRef(String code, String name) {

    public String label() {
        return code + " · " + name;
    }
}
