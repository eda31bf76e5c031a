package nl.tafelwerk.meetings.ui;

import org.jspecify.annotations.Nullable;

/** The co-edited seats of one sector. */
public class SeatDraft {

    private @Nullable Integer seats;
    private String representation = "";

    public @Nullable Integer getSeats() {
        return seats;
    }

    public void setSeats(@Nullable Integer seats) {
        this.seats = seats;
    }

    public String getRepresentation() {
        return representation;
    }

    public void setRepresentation(String representation) {
        this.representation = representation;
    }
}
