package nl.tafelwerk.meetings.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The co-edited values of the profile form; public with bean properties because the form binds by name. */
public class ProfileDraft {

    private String name = "";
    private String purpose = "";
    private String meetingCadence = "";
    private @Nullable LocalDate nextMeetingDate;
    private String memberNotice = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getMeetingCadence() {
        return meetingCadence;
    }

    public void setMeetingCadence(String meetingCadence) {
        this.meetingCadence = meetingCadence;
    }

    public @Nullable LocalDate getNextMeetingDate() {
        return nextMeetingDate;
    }

    public void setNextMeetingDate(@Nullable LocalDate nextMeetingDate) {
        this.nextMeetingDate = nextMeetingDate;
    }

    public String getMemberNotice() {
        return memberNotice;
    }

    public void setMemberNotice(String memberNotice) {
        this.memberNotice = memberNotice;
    }
}
