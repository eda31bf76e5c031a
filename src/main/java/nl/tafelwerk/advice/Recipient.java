package nl.tafelwerk.advice;

import java.util.List;


/**
 * A recipient the distribution offers: the gremium ({@code code} = gremium code, no users) or a sector
 * ({@code code} = sector code) with the user names that receive it.
 */
public record Recipient(RecipientKind kind, String code, String name, List<String> usernames) {

    public Recipient {
        usernames = List.copyOf(usernames);
    }

    public String label() {
        return code + " · " + name;
    }

}
