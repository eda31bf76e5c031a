package nl.tafelwerk.identity;

/** A sector as other features see it. */
public record SectorView(String code, String name, String description, Participation participation) {

    public String label() {
        return code + " · " + name;
    }
}
