package nl.tafelwerk.meetings;

/** Someone saved the minutes of this item since the caller loaded them. */
public class MinutesConflictException extends RuntimeException {

    private final ItemMinutes current;

    public MinutesConflictException(ItemMinutes current) {
        super("minutes changed since loaded");
        this.current = current;
    }

    public ItemMinutes current() {
        return current;
    }
}
