package nl.tafelwerk.collaboration.ui;

import java.util.Optional;

/**
 * "Version {@code version} was saved by {@code userName}", put on an item's state topic by the editor
 * that saved it ({@code editorId}, so that editor does not react to its own save; the same user in
 * another tab does).
 */
record SaveAnnouncement(long version, String editorId, String userId, String userName) {

    private static final String SEPARATOR = "|";

    String encode() {
        return version + SEPARATOR + editorId + SEPARATOR + userId + SEPARATOR + userName;
    }

    static Optional<SaveAnnouncement> parse(String text) {
        String[] parts = text.split("\\|", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SaveAnnouncement(Long.parseLong(parts[0]), parts[1], parts[2], parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
