package nl.tafelwerk.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.advice.AdviceSent;
import nl.tafelwerk.collaboration.Notice;
import org.junit.jupiter.api.Test;

/** The notice of a sent advice reaches exactly its recipients through {@code Notifications}. */
class AdviceNoticesTest {

    @Test
    void theNoticeGoesToTheRecipientsOfTheSending() {
        List<String> told = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        AdviceNotices listener = new AdviceNotices((usernames, notice) -> {
            told.addAll(usernames);
            notices.add(notice);
        });
        Notice notice = new Notice("advice.sent", "Advies VS-07 versie 1 ontvangen", "Tekst", "adviezen/7");
        listener.sent(new AdviceSent(7, 1, List.of("lid-haz", "info-farm"), notice));
        assertThat(told).containsExactly("lid-haz", "info-farm");
        assertThat(notices).containsExactly(notice);
    }
}
