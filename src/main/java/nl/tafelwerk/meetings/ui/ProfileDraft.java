package nl.tafelwerk.meetings.ui;

import java.time.LocalDate;
import nl.tafelwerk.meetings.TableProfile;
import nl.tafelwerk.shared.FieldCatalogue;
import org.jspecify.annotations.Nullable;

/** The co-edited values of the profile form; public with bean properties because the form binds by name. */
public class ProfileDraft {

    /** The profile's own fields (the seats are co-edited per sector, see {@link SeatRow}). */
    static final FieldCatalogue<ProfileDraft> FIELDS = FieldCatalogue.<ProfileDraft>builder()
            .field("name", "profile.name", ProfileDraft::getName)
            .field("purpose", "profile.purpose", ProfileDraft::getPurpose)
            .field("meetingCadence", "profile.cadence", ProfileDraft::getMeetingCadence)
            .field("nextMeetingDate", "profile.nextMeeting", ProfileDraft::getNextMeetingDate)
            .field("memberNotice", "profile.notice", ProfileDraft::getMemberNotice)
            .build();

    private String name = "";
    private String purpose = "";
    private String meetingCadence = "";
    private @Nullable LocalDate nextMeetingDate;
    private String memberNotice = "";

    static ProfileDraft of(TableProfile profile) {
        ProfileDraft draft = new ProfileDraft();
        draft.setName(profile.name());
        draft.setPurpose(profile.purpose());
        draft.setMeetingCadence(profile.meetingCadence());
        draft.setNextMeetingDate(profile.nextMeetingDate());
        draft.setMemberNotice(profile.memberNotice() == null ? "" : profile.memberNotice());
        return draft;
    }

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
