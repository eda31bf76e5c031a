package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Our collaboration API with two people, without any UI in between. */
class CollaborationApiTest extends AbstractUiTest {

    private static final Collaborator CHAIR = new Collaborator("voorzitter", "Onafhankelijk voorzitter");
    private static final Collaborator OFFICE = new Collaborator("programmabureau", "Secretaris programmabureau");

    @Autowired
    PresenceService presence;
    @Autowired
    CommentService comments;

    @Test
    void twoPeopleOnOneTopicSeeEachOther() {
        TopicId topic = TopicId.item("presence-test", "VS-01");
        AtomicReference<List<Collaborator>> seenByChair = new AtomicReference<>(List.of());
        Registration watching = presence.watch(CollaborationScope.background(), topic, CHAIR, seenByChair::set);
        Registration chairHere = presence.announce(CollaborationScope.background(), topic, CHAIR);
        Registration officeHere = presence.announce(CollaborationScope.background(), topic, OFFICE);

        await(() -> seenByChair.get().containsAll(List.of(CHAIR, OFFICE)));

        officeHere.remove();
        await(() -> !seenByChair.get().contains(OFFICE) && seenByChair.get().contains(CHAIR));
        chairHere.remove();
        watching.remove();
    }

    @Test
    void aValueSetByOneReachesTheOther() {
        TopicId topic = TopicId.item("values-test", "table-profile");
        SharedValues chair = SharedValues.connect(CollaborationScope.background(), topic, CHAIR);
        SharedValues office = SharedValues.connect(CollaborationScope.background(), topic, OFFICE);
        List<String> receivedByOffice = new CopyOnWriteArrayList<>();
        office.onChange((key, value) -> receivedByOffice.add(key + "=" + value));
        await(() -> chair.isConnected() && office.isConnected());

        chair.put("saved", "7|voorzitter");

        await(() -> receivedByOffice.contains("saved=7|voorzitter"));
        assertThat(office.get("saved")).contains("7|voorzitter");
        chair.remove();
        office.remove();
    }

    @Test
    void aCommentIsStoredAndReadBackInOrder() {
        login("voorzitter");
        TopicId thread = TopicId.item("comment-test", "VS-02");
        Comment first = comments.post(thread, "Graag voor de volgende vergadering uitwerken.");
        login("lid-haz");
        Comment second = comments.post(thread, "HAZ kan de werkgroep trekken.");

        List<Comment> reloaded = comments.thread(thread);
        assertThat(reloaded).extracting(Comment::text)
                .containsExactly("Graag voor de volgende vergadering uitwerken.", "HAZ kan de werkgroep trekken.");
        assertThat(reloaded.get(0).authorName()).isEqualTo("Onafhankelijk voorzitter");
        assertThat(reloaded.get(1).authorId()).isEqualTo("lid-haz");
        assertThat(first.id()).isLessThan(second.id());
    }

    @Test
    void observersCannotCommentAndEmptyOrOverlongCommentsAreRefused() {
        TopicId thread = TopicId.item("comment-test", "refusals");
        login("waarnemer");
        assertThatThrownBy(() -> comments.post(thread, "Mag dit?"))
                .isInstanceOf(AccessDeniedException.class);
        login("lid-lz");
        assertThatThrownBy(() -> comments.post(thread, "   "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.empty"));
        assertThatThrownBy(() -> comments.post(thread, "x".repeat(Comment.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.tooLong"));
        assertThat(comments.thread(thread)).isEmpty();
    }

    @Test
    void aMemberCannotPostInSomeoneElsesName() {
        login("lid-haz");
        TopicId thread = TopicId.item("comment-test", "impersonation");
        for (Method method : CommentService.class.getMethods()) {
            if (method.getReturnType() == Comment.class) {
                assertThat(Arrays.stream(method.getParameters()).map(Parameter::getName))
                        .as(method.getName() + " lets the caller choose the author")
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("author"));
            }
        }
        Comment posted = comments.post(thread, "@voorzitter namens de voorzitter: akkoord.");
        assertThat(posted.authorId()).isEqualTo("lid-haz");
        assertThat(comments.thread(thread)).extracting(Comment::authorId).containsExactly("lid-haz");
    }

    @Test
    void topicNamesAreChecked() {
        assertThat(TopicId.item("vraagstuk", "VS-01").child("title").value()).isEqualTo("vraagstuk/VS-01/title");
        assertThatThrownBy(() -> TopicId.of("spaties zijn niet toegestaan")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
