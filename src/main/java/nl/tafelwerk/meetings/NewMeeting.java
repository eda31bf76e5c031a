package nl.tafelwerk.meetings;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

public record NewMeeting(@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place) {
}
