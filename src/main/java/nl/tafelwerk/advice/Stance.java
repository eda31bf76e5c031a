package nl.tafelwerk.advice;

/** A participating sector's position on the advice. Anything but full support needs a reason. */
public enum Stance {
    STEUNT,
    STEUNT_MET_VOORBEHOUD,
    STEUNT_NIET;

    public boolean reasonRequired() {
        return this != STEUNT;
    }

    public String messageKey() {
        return "advice.stance." + name();
    }
}
