package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.Comment;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.Discussion;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A live comment thread, stored in the database: discussions as cards with their replies indented,
 * reply, resolve and reopen, @mentions highlighted, unread comments marked and counted. Resolved
 * discussions are collapsed. When anyone changes the thread, every open panel on it reloads from the
 * database (announced through {@link SharedValues}). People who may not comment see the thread only.
 */
public class CommentThreadPanel extends Composite<VerticalLayout> {

    static final String CHANGED = "changed";
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9._-]*[A-Za-z0-9])");

    private final CommentService comments;
    private final Collaborator me;
    private final TopicId thread;
    private final boolean mayComment;
    private final boolean mayResolveOthers;
    private final Map<String, String> people;

    private final Span summary = new Span();
    private final Span unreadBadge = new Span();
    private final Button markRead = new Button();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final TextArea input = new TextArea();
    private final Button send = new Button();
    private final Map<Long, DiscussionCard> cards = new LinkedHashMap<>();
    private final Set<Long> expanded = new HashSet<>();
    private final SharedValues live;
    private @Nullable String lastAnnounced;
    private long newestShown;

    public CommentThreadPanel(CommentService comments, Collaborator me, TopicId thread, boolean mayComment) {
        this.comments = comments;
        this.me = me;
        this.thread = thread;
        this.mayComment = mayComment;
        this.mayResolveOthers = mayComment && comments.mayResolveOthers();
        this.people = comments.mentionable().stream()
                .collect(Collectors.toMap(Collaborator::id, Collaborator::name, (a, b) -> a, LinkedHashMap::new));

        VerticalLayout layout = getContent();
        layout.addClassName("tw-comments");
        layout.setPadding(false);
        layout.getElement().setAttribute("role", "region");
        H3 title = new H3(getTranslation("comments.title"));
        title.setId(UUID.randomUUID().toString());
        layout.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        summary.addClassName("tw-muted");
        unreadBadge.addClassName("tw-comment-unread");
        unreadBadge.getElement().setAttribute("theme", "badge primary");
        unreadBadge.getElement().setAttribute("aria-live", "polite");
        markRead.setText(getTranslation("comments.markRead"));
        markRead.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markRead.addClassName("tw-comment-mark-read");
        markRead.addClickListener(e -> {
            comments.markRead(thread, newestShown);
            refresh();
        });
        HorizontalLayout header = new HorizontalLayout(title, unreadBadge, markRead);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.addClassName("tw-comments-header");

        list.addClassName("tw-comment-list");
        list.setWidthFull();
        empty.addClassName("tw-muted");
        empty.setText(getTranslation(mayComment ? "comments.empty" : "comments.emptyReadOnly"));
        layout.add(header, summary, empty, list);
        if (mayComment) {
            layout.add(compose());
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("comments.readOnly"));
            readOnly.addClassName("tw-muted");
            layout.add(readOnly);
        }

        live = SharedValues.connect(CollaborationScope.of(layout), thread.child("comments"), me);
        live.onChange((key, value) -> {
            if (CHANGED.equals(key) && value != null && !value.equals(lastAnnounced)) {
                refresh();
            }
        });
        refresh();
    }

    private Component compose() {
        input.setLabel(getTranslation("comments.input"));
        input.setHelperText(getTranslation("comments.mentionHelp"));
        input.setMaxLength(Comment.MAX_LENGTH);
        input.setWidthFull();
        input.addClassName("tw-comment-input");
        input.addValueChangeListener(e -> input.setInvalid(false));
        send.setText(getTranslation("comments.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("tw-comment-send");
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(input);
        send.addClickListener(e -> post());

        UnorderedList names = new UnorderedList();
        names.addClassName("tw-mentionable");
        people.forEach((username, name) -> names.add(new ListItem("@" + username + " — " + name)));
        Details help = new Details(getTranslation("comments.mentionable"), names);
        help.addClassName("tw-mention-help");

        Div box = new Div(input, send, help);
        box.addClassName("tw-comment-compose");
        return box;
    }

    private void post() {
        try {
            Comment posted = comments.post(thread, input.getValue());
            input.clear();
            comments.markRead(thread, posted.id());
            changed();
        } catch (DomainException e) {
            showBeside(input, e);
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("comments.denied"));
        }
    }

    /** Re-reads the thread from the database and updates only what changed, so input and focus stay. */
    private void refresh() {
        List<Discussion> discussions = comments.discussions(thread);
        long lastRead = comments.lastReadId(thread, me.id());
        long unread = 0;
        long open = 0;
        newestShown = 0;
        for (Discussion discussion : discussions) {
            newestShown = Math.max(newestShown, discussion.lastId());
            unread += unreadIn(discussion, lastRead);
            if (!discussion.isResolved()) {
                open++;
            }
            DiscussionCard card = cards.get(discussion.rootId());
            if (card == null) {
                card = new DiscussionCard(discussion.rootId());
                cards.put(discussion.rootId(), card);
                list.add(card);
            }
            card.show(discussion, lastRead);
        }
        empty.setVisible(discussions.isEmpty());
        summary.setVisible(!discussions.isEmpty());
        summary.setText(getTranslation("comments.summary", open, discussions.size() - open));
        unreadBadge.setText(getTranslation("comments.unread", unread));
        unreadBadge.setVisible(unread > 0);
        markRead.setVisible(unread > 0);
        getContent().getElement().setAttribute("data-unread", String.valueOf(unread));
    }

    private long unreadIn(Discussion discussion, long lastRead) {
        long count = isUnread(discussion.root(), lastRead) ? 1 : 0;
        return count + discussion.replies().stream().filter(c -> isUnread(c, lastRead)).count();
    }

    private boolean isUnread(Comment comment, long lastRead) {
        return comment.id() > lastRead && !comment.authorId().equalsIgnoreCase(me.id());
    }

    /** Shows our own change at once and tells every other open panel on the thread to reload. */
    private void changed() {
        refresh();
        if (live.isConnected()) {
            String value = UUID.randomUUID().toString();
            lastAnnounced = value;
            live.put(CHANGED, value);
        }
    }

    private void showBeside(TextArea field, DomainException e) {
        if (e instanceof StaleDataException) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            refresh();
            return;
        }
        field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
    }

    private boolean mayResolve(Comment root) {
        return mayComment && (mayResolveOthers || root.authorId().equalsIgnoreCase(me.id()));
    }

    /** One discussion; its body is rebuilt when it changes, its reply box is kept with what was typed. */
    private final class DiscussionCard extends Div {

        private final long rootId;
        private final Div body = new Div();
        private final Div replyBox = new Div();
        private final TextArea replyInput = new TextArea();
        private @Nullable Object shown;

        DiscussionCard(long rootId) {
            this.rootId = rootId;
            addClassName("tw-comment-thread");
            getElement().setAttribute("data-comment-id", String.valueOf(rootId));
            getElement().setAttribute("role", "article");
            body.addClassName("tw-comment-thread-body");
            replyInput.setMaxLength(Comment.MAX_LENGTH);
            replyInput.setWidthFull();
            replyInput.setHelperText(getTranslation("comments.mentionHelp"));
            replyInput.addClassName("tw-comment-reply-input");
            replyInput.addValueChangeListener(e -> replyInput.setInvalid(false));
            Button sendReply = new Button(getTranslation("comments.send"), e -> sendReply());
            sendReply.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            sendReply.addClassName("tw-comment-reply-send");
            sendReply.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(replyInput);
            Button cancel = new Button(getTranslation("action.cancel"), e -> {
                replyInput.clear();
                replyBox.setVisible(false);
            });
            cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            replyBox.add(replyInput, new HorizontalLayout(sendReply, cancel));
            replyBox.addClassName("tw-comment-reply-box");
            replyBox.setVisible(false);
            add(body, replyBox);
        }

        void show(Discussion discussion, long lastRead) {
            Object state = List.of(discussion, discussion.root().id() > lastRead, unreadIn(discussion, lastRead));
            if (state.equals(shown)) {
                return;
            }
            shown = state;
            body.removeAll();
            Comment root = discussion.root();
            getElement().setAttribute("aria-label", getTranslation("comments.by", root.authorName()));
            setClassName("tw-comment-resolved", discussion.isResolved());
            replyInput.setLabel(getTranslation("comments.replyLabel", root.authorName()));

            Div content = new Div();
            content.add(commentBlock(root, lastRead));
            if (!discussion.replies().isEmpty()) {
                Div replies = new Div();
                replies.addClassName("tw-comment-replies");
                discussion.replies().forEach(reply -> replies.add(commentBlock(reply, lastRead)));
                content.add(replies);
            }
            Discussion.Resolution resolution = discussion.resolution();
            if (resolution != null) {
                Span status = new Span(VaadinIcon.CHECK_CIRCLE.create(),
                        new Span(getTranslation("comments.resolvedBy", resolution.byName(), DateTimes.dateTime(getLocale(), resolution.at()))));
                status.addClassName("tw-comment-status");
                content.add(status);
            }
            content.add(actions(discussion));

            if (discussion.isResolved()) {
                Icon check = VaadinIcon.CHECK.create();
                check.getElement().setAttribute("aria-hidden", "true");
                Span summaryText = new Span(getTranslation("comments.resolvedSummary", root.authorName(), excerpt(root.text()),
                        discussion.replies().size()));
                Span summaryLine = new Span(check, summaryText);
                summaryLine.addClassName("tw-comment-summary");
                Details details = new Details(summaryLine, content);
                details.setOpened(expanded.contains(rootId));
                details.addOpenedChangeListener(e -> {
                    if (e.isOpened()) {
                        expanded.add(rootId);
                    } else {
                        expanded.remove(rootId);
                    }
                });
                details.addClassName("tw-comment-collapsed");
                body.add(details);
            } else {
                body.add(content);
            }
            if (discussion.isResolved() && replyInput.isEmpty()) {
                replyBox.setVisible(false);
            }
        }

        private Component actions(Discussion discussion) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.addClassName("tw-comment-actions");
            actions.setSpacing(false);
            String author = discussion.root().authorName();
            if (mayComment && !discussion.isResolved()) {
                Button reply = new Button(getTranslation("comments.reply"), VaadinIcon.REPLY.create(), e -> {
                    replyBox.setVisible(true);
                    replyInput.focus();
                });
                reply.getElement().setAttribute("aria-label", getTranslation("comments.replyTo", author));
                reply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                reply.addClassName("tw-comment-reply");
                actions.add(reply);
            }
            if (mayResolve(discussion.root())) {
                boolean resolved = discussion.isResolved();
                Button toggle = new Button(getTranslation(resolved ? "comments.reopen" : "comments.resolve"),
                        (resolved ? VaadinIcon.ROTATE_LEFT : VaadinIcon.CHECK).create(),
                        e -> changeResolution(discussion, !resolved));
                toggle.getElement().setAttribute("aria-label",
                        getTranslation(resolved ? "comments.reopenFor" : "comments.resolveFor", author));
                toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                toggle.addClassName(resolved ? "tw-comment-reopen" : "tw-comment-resolve");
                actions.add(toggle);
            }
            return actions;
        }

        private void changeResolution(Discussion discussion, boolean resolve) {
            try {
                if (resolve) {
                    comments.resolve(discussion.rootId(), discussion.version());
                    expanded.remove(rootId);
                } else {
                    comments.reopen(discussion.rootId(), discussion.version());
                }
                changed();
            } catch (DomainException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                refresh();
            } catch (AccessDeniedException e) {
                Notifications.error(getTranslation("comments.denied"));
            }
        }

        private void sendReply() {
            try {
                Comment posted = comments.reply(rootId, replyInput.getValue());
                replyInput.clear();
                replyBox.setVisible(false);
                comments.markRead(thread, posted.id());
                changed();
            } catch (DomainException e) {
                showBeside(replyInput, e);
            } catch (AccessDeniedException e) {
                Notifications.error(getTranslation("comments.denied"));
            }
        }
    }

    private Component commentBlock(Comment comment, long lastRead) {
        Span author = new Span(comment.authorName());
        author.addClassName("tw-comment-author");
        Span when = new Span(DateTimes.dateTime(getLocale(), comment.createdAt()));
        when.addClassName("tw-comment-time");
        Div meta = new Div(author, when);
        meta.addClassName("tw-comment-meta");
        if (isUnread(comment, lastRead)) {
            Span fresh = new Span(getTranslation("comments.new"));
            fresh.getElement().setAttribute("theme", "badge contrast small");
            fresh.addClassName("tw-comment-new");
            meta.add(fresh);
        }
        Paragraph text = new Paragraph();
        text.addClassName("tw-comment-text");
        appendWithMentions(text, comment);
        Div block = new Div(meta, text);
        block.addClassName(comment.isReply() ? "tw-comment-reply-item" : "tw-comment-root");
        block.getElement().setAttribute("data-comment-id", String.valueOf(comment.id()));
        return block;
    }

    /** The text with each valid @mention as a highlighted span naming the person. */
    private void appendWithMentions(Paragraph target, Comment comment) {
        Set<String> valid = comment.mentions().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String text = comment.text();
        Matcher m = MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            String username = m.group(1).toLowerCase(Locale.ROOT);
            if (!valid.contains(username)) {
                continue;
            }
            if (m.start() > at) {
                target.add(new Span(text.substring(at, m.start())));
            }
            Span mention = new Span(m.group());
            mention.addClassName("tw-mention");
            mention.getElement().setAttribute("title", people.getOrDefault(username, username));
            if (username.equalsIgnoreCase(me.id())) {
                mention.addClassName("tw-mention-me");
            }
            target.add(mention);
            at = m.end();
        }
        if (at < text.length()) {
            target.add(new Span(text.substring(at)));
        }
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
