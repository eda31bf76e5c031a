package nl.tafelwerk.agenda;

import java.util.List;

/**
 * The gates screening checks, as the current published afwegingskader holds them (G-PORT … G-BOUWSTEEN in its
 * first version). The assessment feature implements this port, so the agenda does not depend on it (assessment
 * depends on the agenda: its rounds score vraagstukken). A vraagstuk stores the codes of the gates it passed.
 */
public interface ScreeningGates {

    /** In the framework's order; empty only when no framework is published. */
    List<Gate> current();

    record Gate(String code, String name, String description) {
    }
}
