package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingLinkTargets;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.NewAgendaItem;
import nl.tafelwerk.meetings.NewMeeting;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13: an agenda item on a scoring round must name an existing round; meeting mode opens its ranking. */
@TafelwerkTest
@Transactional // rolled back: other test classes list the rounds and the meetings
class RoundMeetingLinkTest {

    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;
    RoundTestSupport support;

    @BeforeEach
    void setUp() {
        support = new RoundTestSupport(users, rounds, frameworks);
    }

    @AfterEach
    void clear() {
        RoundTestSupport.nobody();
    }

    @Test
    void anItemOnAScoringRoundMustNameAnExistingRoundAndOpensItsRankingOnceRevealed() {
        ScoringRound round = support.open("Ronde voor de vergadering");
        support.actAs("programmabureau");
        LocalDateTime start = LocalDate.now().plusYears(9).plusDays(System.nanoTime() % 300).atTime(9, 0);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(1), "Online"));

        assertThatThrownBy(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCORERONDE, "999999", null, null, 20)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reference");
                    assertThat(e.messageKey()).isEqualTo("meeting.item.linkUnknown.SCORERONDE");
                });
        assertThatThrownBy(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCORERONDE, "R-2027-1", null, null, 20)))
                .isInstanceOf(DomainException.class);

        AgendaItem item = meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCORERONDE, String.valueOf(round.id()),
                null, "Programmabureau", 20));
        assertThat(item.title()).isEqualTo("Scoringsronde " + round.id() + ": Ronde voor de vergadering");
        MeetingLinkTargets.LinkTarget before = meetings.linkedContent(item).orElseThrow();
        assertThat(before.route()).isEqualTo("scoringsrondes/" + round.id());
        assertThat(before.summary()).singleElement().asString().contains("uitslag na onthulling");

        support.scoreAll(round, "lid-haz", 3, "Past bij de planning");
        support.revealAnyway(round);
        support.actAs("voorzitter");
        MeetingLinkTargets.LinkTarget revealed = meetings.linkedContent(item).orElseThrow();
        assertThat(revealed.route()).isEqualTo("scoringsrondes/" + round.id() + "/rangorde");
        assertThat(revealed.summary()).as("the top of the ranking, shown in meeting mode").isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("\\d\\. .*"));
    }
}
