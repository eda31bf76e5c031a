package nl.tafelwerk;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rows of a role × action matrix test: every action with every user, and whether the matrix allows it. */
public final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** (action, user, allowed) for each action in declaration order and each user in {@code users}' order. */
    public static <A extends Enum<A>> Stream<Arguments> pairs(Class<A> actions, List<String> users, Map<A, Set<String>> allowed) {
        return Arrays.stream(actions.getEnumConstants())
                .flatMap(action -> users.stream().map(user -> Arguments.of(action, user, allowed.get(action).contains(user))));
    }
}
