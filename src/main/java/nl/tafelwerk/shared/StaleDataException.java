package nl.tafelwerk.shared;

/** Someone else saved the same item after it was loaded; the caller must choose which value stays. */
public class StaleDataException extends DomainException {

    public StaleDataException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
