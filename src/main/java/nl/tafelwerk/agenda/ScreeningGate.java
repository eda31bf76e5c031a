package nl.tafelwerk.agenda;

/** The pass/fail gates of the afwegingskader (DOMAIN.md §3) that screening checks before admission. */
public enum ScreeningGate {
    G_PORT,
    G_VISIE,
    G_ROADMAP,
    G_INTERSECT,
    G_IMPL,
    G_BOUWSTEEN;

    public String code() {
        return name().replace('_', '-');
    }

    public String messageKey() {
        return "agenda.gate." + name();
    }
}
