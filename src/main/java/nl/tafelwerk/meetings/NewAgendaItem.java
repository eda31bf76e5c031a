package nl.tafelwerk.meetings;

import org.jspecify.annotations.Nullable;

public record NewAgendaItem(@Nullable AgendaItemKind kind, @Nullable String reference, @Nullable String title,
                            @Nullable String presenter, int plannedMinutes) {
}
