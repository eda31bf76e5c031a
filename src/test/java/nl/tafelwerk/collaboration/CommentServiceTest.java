package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Replies, resolve/reopen, mentions and read markers; every test has its own thread key. */
class CommentServiceTest extends AbstractUiTest {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    CommentService comments;

    private static TopicId freshThread() {
        return TopicId.item("comment-service-test", System.nanoTime() + "-" + SEQUENCE.incrementAndGet());
    }

    @Test
    void repliesJoinTheirDiscussionAndSurviveReReading() {
        TopicId thread = freshThread();
        login("voorzitter");
        Comment root = comments.post(thread, "Wie trekt de werkgroep?");
        login("lid-haz");
        Comment reply = comments.reply(root.id(), "HAZ neemt het op zich.");
        login("programmabureau");
        Comment replyToReply = comments.reply(reply.id(), "Dank, ik plan een eerste overleg.");

        assertThat(reply.parentId()).isEqualTo(root.id());
        assertThat(replyToReply.parentId()).as("replies are one level deep").isEqualTo(root.id());
        List<Discussion> discussions = comments.discussions(thread);
        assertThat(discussions).hasSize(1);
        Discussion discussion = discussions.getFirst();
        assertThat(discussion.root().text()).isEqualTo("Wie trekt de werkgroep?");
        assertThat(discussion.replies()).extracting(Comment::authorId).containsExactly("lid-haz", "programmabureau");
        assertThat(discussion.isResolved()).isFalse();
        assertThat(discussion.lastId()).isEqualTo(replyToReply.id());
        // The flat view still holds everything, and a second read gives the same state.
        assertThat(comments.thread(thread)).extracting(Comment::id).containsExactly(root.id(), reply.id(), replyToReply.id());
        assertThat(comments.discussions(thread)).isEqualTo(discussions);
        assertThat(comments.count(thread)).isEqualTo(3);
    }

    @Test
    void replyRulesTheSameAsPosting() {
        TopicId thread = freshThread();
        login("lid-lz");
        Comment root = comments.post(thread, "Eerste punt");
        assertThatThrownBy(() -> comments.reply(root.id(), "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.empty"));
        assertThatThrownBy(() -> comments.reply(root.id(), "x".repeat(Comment.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.tooLong"));
        assertThatThrownBy(() -> comments.reply(-1, "Op niets"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.notFound"));
        assertThat(comments.discussions(thread).getFirst().replies()).isEmpty();
    }

    @Test
    void theAuthorTheChairAndTheProgrammeOfficeMayResolveAndReopenOthersMayNot() {
        TopicId thread = freshThread();
        login("lid-haz");
        Comment root = comments.post(thread, "Kan dit naar de volgende vergadering?");
        long version = comments.discussions(thread).getFirst().version();

        login("lid-lz");
        assertThatThrownBy(() -> comments.resolve(root.id(), version)).isInstanceOf(AccessDeniedException.class);
        login("waarnemer");
        assertThatThrownBy(() -> comments.resolve(root.id(), version)).isInstanceOf(AccessDeniedException.class);
        assertThat(comments.discussions(thread).getFirst().isResolved()).isFalse();

        login("lid-haz");
        Discussion resolvedByAuthor = comments.resolve(root.id(), version);
        assertThat(resolvedByAuthor.isResolved()).isTrue();
        assertThat(resolvedByAuthor.resolution().byId()).isEqualTo("lid-haz");
        assertThat(resolvedByAuthor.version()).isGreaterThan(version);
        assertThatThrownBy(() -> comments.reply(root.id(), "Nog één ding"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.resolved"));

        login("lid-lz");
        assertThatThrownBy(() -> comments.reopen(root.id(), resolvedByAuthor.version())).isInstanceOf(AccessDeniedException.class);

        login("voorzitter");
        Discussion reopened = comments.reopen(root.id(), resolvedByAuthor.version());
        assertThat(reopened.isResolved()).isFalse();
        assertThat(reopened.resolution()).isNull();

        login("programmabureau");
        Discussion resolvedByOffice = comments.resolve(root.id(), reopened.version());
        assertThat(resolvedByOffice.resolution().byName()).isEqualTo("Secretaris programmabureau");

        // Re-read from the database: the state is the one last saved.
        Discussion reloaded = comments.discussions(thread).getFirst();
        assertThat(reloaded.isResolved()).isTrue();
        assertThat(reloaded.resolution().byId()).isEqualTo("programmabureau");
        assertThat(reloaded.version()).isEqualTo(resolvedByOffice.version());
    }

    @Test
    void aStaleVersionIsRefusedAndTheFirstChangeStays() {
        TopicId thread = freshThread();
        login("lid-nictiz");
        Comment root = comments.post(thread, "Wie bewaakt de planning?");
        long loadedByBoth = comments.discussions(thread).getFirst().version();

        login("voorzitter");
        comments.resolve(root.id(), loadedByBoth);
        login("programmabureau");
        assertThatThrownBy(() -> comments.resolve(root.id(), loadedByBoth))
                .isInstanceOfSatisfying(StaleDataException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.stale"));
        assertThatThrownBy(() -> comments.reopen(root.id(), loadedByBoth)).isInstanceOf(StaleDataException.class);

        Discussion stored = comments.discussions(thread).getFirst();
        assertThat(stored.isResolved()).isTrue();
        assertThat(stored.resolution().byId()).isEqualTo("voorzitter");
    }

    @Test
    void mentionsOfActiveUsersAreStoredUnknownNamesStayPlainText() {
        TopicId thread = freshThread();
        login("voorzitter");
        Comment comment = comments.post(thread,
                "Graag reactie van @lid-haz. en @Programmabureau, niet van @niemand-bekend of info@example.org; @lid-haz nogmaals.");

        assertThat(comment.mentions()).containsExactlyInAnyOrder("lid-haz", "programmabureau");
        Comment reloaded = comments.thread(thread).getFirst();
        assertThat(reloaded.mentions()).containsExactlyInAnyOrder("lid-haz", "programmabureau");
        assertThat(reloaded.text()).contains("@niemand-bekend");

        Comment reply = comments.reply(comment.id(), "@waarnemer ter informatie");
        assertThat(reply.mentions()).containsExactly("waarnemer");
        assertThat(CommentService.mentionTokens("@a.b- @c_ x@y")).containsExactly("a.b", "c");
    }

    @Test
    void unreadCountsArePerPersonAndMarkReadMovesOnlyForward() {
        TopicId thread = freshThread();
        login("voorzitter");
        Comment first = comments.post(thread, "Eerste");
        login("lid-haz");
        comments.reply(first.id(), "Antwoord");
        Comment own = comments.post(thread, "Tweede onderwerp");

        assertThat(comments.unreadCount(thread, "voorzitter")).as("own comment never unread").isEqualTo(2);
        assertThat(comments.unreadCount(thread, "lid-haz")).isEqualTo(1);
        assertThat(comments.unreadCount(thread, "lid-lz")).isEqualTo(3);
        assertThat(comments.unreadCount(thread, "waarnemer")).isEqualTo(3);

        login("lid-lz");
        comments.markRead(thread);
        assertThat(comments.unreadCount(thread)).isZero();
        comments.markRead(thread, first.id());
        assertThat(comments.unreadCount(thread)).as("marking an older id does not make comments unread again").isZero();
        assertThat(comments.lastReadId(thread, "lid-lz")).isEqualTo(own.id());

        login("waarnemer");
        comments.markRead(thread, first.id());
        assertThat(comments.unreadCount(thread)).as("an observer may mark read").isEqualTo(2);

        login("voorzitter");
        comments.post(thread, "Derde");
        assertThat(comments.unreadCount(thread, "lid-lz")).isEqualTo(1);
        assertThat(comments.unreadCount(thread, "voorzitter")).isEqualTo(2);
        assertThat(comments.unreadCount(thread, "waarnemer")).isEqualTo(3);
    }

    @Test
    void observersCanNeverPostReplyResolveOrReopen() {
        TopicId thread = freshThread();
        login("lid-lz");
        Comment root = comments.post(thread, "Voor iedereen");
        long version = comments.discussions(thread).getFirst().version();

        login("waarnemer");
        assertThatThrownBy(() -> comments.post(thread, "Mag dit?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.reply(root.id(), "Mag dit?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.resolve(root.id(), version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.reopen(root.id(), version)).isInstanceOf(AccessDeniedException.class);
        assertThat(comments.mayResolveOthers()).isFalse();
        assertThat(comments.count(thread)).isEqualTo(1);

        logout();
        assertThatThrownBy(() -> comments.reply(root.id(), "Anoniem")).isInstanceOf(AccessDeniedException.class);
    }
}
