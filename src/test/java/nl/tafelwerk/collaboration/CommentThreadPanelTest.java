package nl.tafelwerk.collaboration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comment panel in a mock browser: post, reply, resolve, live updates, unread markers, read-only. */
class CommentThreadPanelTest extends AbstractUiTest {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    CommentService comments;
    @Autowired
    CurrentUser currentUser;

    private static TopicId freshThread() {
        return TopicId.item("comment-panel-test", System.nanoTime() + "-" + SEQUENCE.incrementAndGet());
    }

    private CommentThreadPanel open(TopicId thread) {
        CommentThreadPanel panel = new CommentThreadPanel(comments, Collaborator.of(currentUser.require()), thread,
                currentUser.require().canEdit());
        UI.getCurrent().add(panel);
        roundtrips();
        return panel;
    }

    private static Div card(Component panel, String text) {
        List<Div> cards = _find(panel, Div.class, spec -> spec.withClasses("tw-comment-thread"));
        return cards.stream().filter(c -> c.getElement().getTextRecursively().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No discussion containing " + text));
    }

    @Test
    void memberPostsAndRepliesAndAnotherOpenPanelShowsItLive() {
        TopicId thread = freshThread();
        login("lid-haz");
        CommentThreadPanel mine = open(thread);
        CommentThreadPanel other = open(thread);
        assertThat(_find(mine, Paragraph.class, spec -> spec.withText("Nog geen opmerkingen. Schrijf hieronder de eerste.")))
                .hasSize(1);

        TextArea input = _get(mine, TextArea.class, spec -> spec.withClasses("tw-comment-input"));
        assertThat(input.getLabel()).isEqualTo("Nieuwe opmerking");
        input.setValue("Graag een reactie van @voorzitter over de planning.");
        _click(_get(mine, Button.class, spec -> spec.withClasses("tw-comment-send")));

        assertThat(input.getValue()).isEmpty();
        Div posted = card(mine, "over de planning");
        assertThat(_get(posted, Span.class, spec -> spec.withClasses("tw-comment-author")).getText()).isEqualTo("Tafellid Huisartsenzorg");
        Span mention = _get(posted, Span.class, spec -> spec.withClasses("tw-mention"));
        assertThat(mention.getText()).isEqualTo("@voorzitter");
        assertThat(mention.getElement().getAttribute("title")).isEqualTo("Onafhankelijk voorzitter");
        assertThat(_get(posted, Span.class, spec -> spec.withClasses("tw-comment-time")).getText())
                .matches("\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}");

        roundtrips();
        Div arrived = card(other, "over de planning");

        Button reply = _get(arrived, Button.class, spec -> spec.withClasses("tw-comment-reply"));
        assertThat(reply.getElement().getAttribute("aria-label")).isEqualTo("Beantwoorden op de opmerking van Tafellid Huisartsenzorg");
        _click(reply);
        TextArea replyInput = _get(arrived, TextArea.class, spec -> spec.withClasses("tw-comment-reply-input"));
        assertThat(replyInput.getLabel()).isEqualTo("Antwoord aan Tafellid Huisartsenzorg");
        replyInput.setValue("Aanvulling: ook LZ meenemen.");
        _click(_get(arrived, Button.class, spec -> spec.withClasses("tw-comment-reply-send")));

        assertThat(_find(card(other, "over de planning"), Div.class, spec -> spec.withClasses("tw-comment-reply-item")))
                .hasSize(1);
        roundtrips();
        Div inFirstPanel = card(mine, "over de planning");
        assertThat(_find(inFirstPanel, Div.class, spec -> spec.withClasses("tw-comment-reply-item")))
                .singleElement().satisfies(r -> assertThat(r.getElement().getTextRecursively()).contains("ook LZ meenemen"));
        assertThat(comments.discussions(thread).getFirst().replies()).extracting(Comment::text)
                .containsExactly("Aanvulling: ook LZ meenemen.");
    }

    @Test
    void emptyCommentIsRefusedBesideTheField() {
        login("lid-lz");
        CommentThreadPanel panel = open(freshThread());
        TextArea input = _get(panel, TextArea.class, spec -> spec.withClasses("tw-comment-input"));
        input.setValue("   ");
        _click(_get(panel, Button.class, spec -> spec.withClasses("tw-comment-send")));
        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo("Een opmerking mag niet leeg zijn");
    }

    @Test
    void chairResolvesAMembersDiscussionWhichCollapsesAndCanBeReopened() {
        TopicId thread = freshThread();
        login("lid-haz");
        comments.post(thread, "Is de begroting rond?");
        login("lid-lz");
        CommentThreadPanel member = open(thread);
        assertThat(_find(card(member, "begroting"), Button.class, spec -> spec.withClasses("tw-comment-resolve")))
                .as("another member may not resolve").isEmpty();

        login("voorzitter");
        CommentThreadPanel chair = open(thread);
        Button resolve = _get(card(chair, "begroting"), Button.class, spec -> spec.withClasses("tw-comment-resolve"));
        assertThat(resolve.getText()).isEqualTo("Oplossen");
        _click(resolve);

        Div resolved = card(chair, "begroting");
        assertThat(resolved.hasClassName("tw-comment-resolved")).isTrue();
        assertThat(resolved.getElement().getTextRecursively()).contains("Opgelost · Tafellid Huisartsenzorg: Is de begroting rond?");
        assertThat(resolved.getElement().getTextRecursively()).contains("Opgelost door Onafhankelijk voorzitter op");
        assertThat(_find(resolved, Button.class, spec -> spec.withClasses("tw-comment-reply"))).isEmpty();
        assertThat(comments.discussions(thread).getFirst().isResolved()).isTrue();
        roundtrips();
        assertThat(card(member, "begroting").hasClassName("tw-comment-resolved")).as("live for the member").isTrue();

        _click(_get(resolved, Button.class, spec -> spec.withClasses("tw-comment-reopen")));
        assertThat(card(chair, "begroting").hasClassName("tw-comment-resolved")).isFalse();
        assertThat(comments.discussions(thread).getFirst().isResolved()).isFalse();
    }

    @Test
    void unreadCommentsAreMarkedAndCountedUntilMarkedRead() {
        TopicId thread = freshThread();
        login("lid-haz");
        Comment root = comments.post(thread, "Eerste vraag");
        comments.reply(root.id(), "Nog een toelichting");
        login("programmabureau");
        CommentThreadPanel panel = open(thread);

        Span badge = _get(panel, Span.class, spec -> spec.withClasses("tw-comment-unread"));
        assertThat(badge.getText()).isEqualTo("2 ongelezen");
        assertThat(_find(panel, Span.class, spec -> spec.withClasses("tw-comment-new"))).hasSize(2);
        _click(_get(panel, Button.class, spec -> spec.withClasses("tw-comment-mark-read")));

        assertThat(badge.isVisible()).isFalse();
        assertThat(_find(panel, Span.class, spec -> spec.withClasses("tw-comment-new"))).isEmpty();
        assertThat(comments.unreadCount(thread, "programmabureau")).isZero();
    }

    @Test
    void observerReadsButHasNoInputOrActions() {
        TopicId thread = freshThread();
        login("lid-haz");
        comments.post(thread, "Ter informatie voor iedereen");
        login("waarnemer");
        CommentThreadPanel panel = open(thread);

        assertThat(card(panel, "Ter informatie")).isNotNull();
        assertThat(_find(panel, TextArea.class)).isEmpty();
        assertThat(_find(panel, Button.class, spec -> spec.withClasses("tw-comment-reply"))).isEmpty();
        assertThat(_find(panel, Button.class, spec -> spec.withClasses("tw-comment-resolve"))).isEmpty();
        assertThat(_find(panel, Paragraph.class,
                spec -> spec.withText("U kunt de opmerkingen lezen; reageren kan alleen met een bewerkende rol."))).hasSize(1);
    }
}
