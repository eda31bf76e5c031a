package nl.tafelwerk.collaboration.internal;

import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import java.io.Serial;
import java.util.stream.Stream;
import nl.tafelwerk.collaboration.Comment;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;

/** Lets the engine's message list read and write our comment table. */
public class DatabaseMessagePersister implements CollaborationMessagePersister {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CommentService comments;

    public DatabaseMessagePersister(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public Stream<CollaborationMessage> fetchMessages(FetchQuery query) {
        return comments.threadSince(new TopicId(query.getTopicId()), query.getSince()).stream()
                .map(DatabaseMessagePersister::toMessage);
    }

    @Override
    public void persistMessage(PersistRequest request) {
        CollaborationMessage message = request.getMessage();
        comments.postAs(new TopicId(request.getTopicId()), message.getUser().getId(), message.getText(), message.getTime());
    }

    private static CollaborationMessage toMessage(Comment comment) {
        return new CollaborationMessage(EngineUsers.toUserInfo(new nl.tafelwerk.collaboration.Collaborator(comment.authorId(),
                comment.authorName())), comment.text(), comment.createdAt());
    }
}
