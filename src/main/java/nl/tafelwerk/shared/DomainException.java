package nl.tafelwerk.shared;

import org.jspecify.annotations.Nullable;

/**
 * A refusal the user can act on. Carries a message key (translated by the UI) and, where the
 * problem belongs to one input, the name of that field so the message can stand beside it.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public DomainException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
