package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.VraagstukService;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13 + 14: an agenda item on an advice names an existing advice (by vraagstuk or number); meeting mode opens it. */
@TafelwerkTest
@Transactional // rolled back: other test classes list the meetings
class AdviceMeetingLinkTest {

    @Autowired
    AdviceService advices;
    @Autowired
    MeetingService meetings;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDetailsService users;
    AdviceTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AdviceTestSupport(users, vraagstukken);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdviceItemMustNameAnExistingAdviceAndMeetingModeShowsItsStateAndMissingSectors() {
        support.actAs("programmabureau");
        Advice demo = advices.ofVraagstuk("VS-09").orElseThrow();
        LocalDateTime start = LocalDate.now().plusYears(8).plusDays(System.nanoTime() % 300).atTime(14, 0);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(2), "Utrecht"));

        assertThatThrownBy(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.ADVIES, "VS-999", null, null, 15)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reference");
                    assertThat(e.messageKey()).isEqualTo("meeting.item.linkUnknown.ADVIES");
                });
        assertThatThrownBy(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.ADVIES, "99999999", null, null, 15)))
                .isInstanceOf(DomainException.class);

        AgendaItem byCode = meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.ADVIES, "vs-09", null, "Voorzitter", 20));
        assertThat(byCode.title()).startsWith("Advies VS-09: ");
        MeetingLinkTargets.LinkTarget target = meetings.linkedContent(byCode).orElseThrow();
        assertThat(target.route()).isEqualTo("adviezen/" + demo.id());
        assertThat(target.summary()).first().asString().contains("Versie 1", "consultatie");
        assertThat(target.summary()).anySatisfy(line -> assertThat(line).startsWith("Standpunt ontbreekt: ").contains("LZ"));

        AgendaItem byNumber = meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.ADVIES, String.valueOf(demo.id()), null, null, 10));
        assertThat(meetings.linkedContent(byNumber).orElseThrow().route()).isEqualTo("adviezen/" + demo.id());
    }
}
