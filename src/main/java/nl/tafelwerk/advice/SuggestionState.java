package nl.tafelwerk.advice;

public enum SuggestionState {
    OPEN,
    ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "advice.suggestion.state." + name();
    }
}
