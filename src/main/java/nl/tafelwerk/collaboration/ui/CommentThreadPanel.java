package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationMessageInput;
import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.internal.DatabaseMessagePersister;
import nl.tafelwerk.collaboration.internal.EngineUsers;

/** A live comment thread, stored in the database. People who may not comment see the thread only. */
public class CommentThreadPanel extends Composite<VerticalLayout> {

    public CommentThreadPanel(CommentService comments, Collaborator me, TopicId thread, boolean mayComment) {
        VerticalLayout layout = getContent();
        layout.addClassName("tw-comments");
        layout.setPadding(false);
        H3 title = new H3(getTranslation("comments.title"));
        CollaborationMessageList list = new CollaborationMessageList(EngineUsers.toUserInfo(me), thread.value(),
                new DatabaseMessagePersister(comments));
        list.setWidthFull();
        list.addClassName("tw-comment-list");
        layout.add(title, list);
        if (mayComment) {
            CollaborationMessageInput input = new CollaborationMessageInput(list);
            input.setWidthFull();
            MessageInputI18n i18n = new MessageInputI18n()
                    .setMessage(getTranslation("comments.input"))
                    .setSend(getTranslation("comments.send"));
            input.getContent().setI18n(i18n);
            layout.add(input);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("comments.readOnly"));
            readOnly.addClassName("tw-muted");
            layout.add(readOnly);
        }
    }
}
