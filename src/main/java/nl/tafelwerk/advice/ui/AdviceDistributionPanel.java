package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceDistributionService;
import nl.tafelwerk.advice.Delivery;
import nl.tafelwerk.advice.Recipient;
import nl.tafelwerk.advice.RecipientKind;
import nl.tafelwerk.advice.RecipientSelection;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/** Who received which version of an advice when, and for the chair and the programmabureau the dialog that sends a vastgestelde version. */
final class AdviceDistributionPanel extends Div {

    private final AdviceDistributionService distribution;
    private final AuthenticatedUser user;
    private final Supplier<Advice> current;
    private final Runnable afterSending;

    /** {@code current} gives the advice as it is now; {@code afterSending} runs after a version was sent. */
    AdviceDistributionPanel(AdviceDistributionService distribution, AuthenticatedUser user, Supplier<Advice> current, Runnable afterSending) {
        this.distribution = distribution;
        this.user = user;
        this.current = current;
        this.afterSending = afterSending;
        setId("advice-distribution");
    }

    void show(Advice advice) {
        removeAll();
        add(new H3(getTranslation("adviceui.distribution.heading")));
        boolean staff = user.hasAnyRole(nl.tafelwerk.identity.Role.CHAIR, nl.tafelwerk.identity.Role.SECRETARIAT);
        if (staff && advice.frozen()) {
            Button send = new Button(getTranslation("adviceui.distribution.send"), VaadinIcon.PAPERPLANE.create(), e -> distribute(advice));
            send.setId("advice-distribute");
            add(send);
        } else if (staff) {
            add(new Paragraph(getTranslation("adviceui.distribution.notYet")));
        }
        List<Delivery> deliveries = distribution.deliveries(advice.id());
        Grid<Delivery> grid = new Grid<>();
        grid.setId("advice-deliveries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> d.recipientName() + (d.sectorCode() == null ? "" : " (" + d.sectorCode() + ")"))
                .setHeader(getTranslation("adviceui.distribution.recipient")).setFlexGrow(2).setKey("recipient");
        grid.addColumn(d -> getTranslation("adviceui.version.label", d.versionNumber())).setHeader(getTranslation("adviceui.list.version"))
                .setAutoWidth(true).setFlexGrow(0).setKey("version");
        grid.addColumn(d -> DateTimes.dateTime(getLocale(), d.sentAt())).setHeader(getTranslation("adviceui.informed.sent")).setFlexGrow(1).setKey("sent");
        grid.addComponentColumn(d -> d.kind() == RecipientKind.GREMIUM ? new Span("–")
                        : AdviceBadges.read(d.readAt() != null, d.readAt() == null ? "" : DateTimes.dateTime(getLocale(), d.readAt()),
                        this::getTranslation))
                .setHeader(getTranslation("adviceui.informed.read")).setFlexGrow(1).setKey("read");
        grid.setItems(deliveries);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("adviceui.distribution.none"));
        add(grid);
    }

    private void distribute(Advice advice) {
        List<Recipient> recipients = distribution.recipients(advice.id());
        Dialog dialog = new Dialog();
        dialog.setId("advice-distribution-dialog");
        dialog.setHeaderTitle(getTranslation("adviceui.distribution.dialog", advice.versionNumber()));
        dialog.setWidth("min(44rem, 95vw)");
        Checkbox gremium = new Checkbox();
        TextField email = new TextField(getTranslation("adviceui.distribution.email"));
        email.setId("advice-distribution-email");
        email.setMaxLength(RecipientSelection.EMAIL_MAX + 1);
        Map<String, Checkbox> sectorBoxes = new LinkedHashMap<>();
        for (RecipientKind kind : RecipientKind.values()) {
            List<Recipient> ofKind = recipients.stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            dialog.add(new H3(getTranslation(kind.messageKey())));
            for (Recipient r : ofKind) {
                if (kind == RecipientKind.GREMIUM) {
                    gremium.setLabel(r.label());
                    gremium.setId("advice-recipient-gremium");
                    email.setWidthFull();
                    dialog.add(new Div(gremium), email);
                } else {
                    Checkbox box = new Checkbox(r.label() + " — " + (r.usernames().isEmpty() ? getTranslation("adviceui.distribution.noUsers")
                            : getTranslation("adviceui.distribution.users", r.usernames().size())));
                    box.setId("advice-recipient-" + r.code());
                    box.setEnabled(!r.usernames().isEmpty());
                    sectorBoxes.put(r.code(), box);
                    dialog.add(new Div(box));
                }
            }
        }
        Span problem = new Span();
        problem.setId("advice-distribution-problem");
        problem.addClassName("tw-error-text");
        problem.getElement().setAttribute("role", "alert");
        dialog.add(problem);
        Button send = new Button(getTranslation("adviceui.distribution.send"), e -> {
            problem.setText("");
            FieldFeedback.clear(email);
            Set<String> codes = new HashSet<>();
            sectorBoxes.forEach((code, box) -> {
                if (box.getValue()) {
                    codes.add(code);
                }
            });
            try {
                List<Delivery> sent = distribution.send(advice.id(), advice.versionNumber(),
                        new RecipientSelection(gremium.getValue(), email.getValue().isBlank() ? null : email.getValue(), codes));
                dialog.close();
                Notifications.success(getTranslation("adviceui.distribution.sent", sent.size()));
                show(current.get());
                afterSending.run();
            } catch (DomainException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if ("gremiumEmail".equals(refused.field()) || "email".equals(refused.field())) {
                    FieldFeedback.show(message, email);
                } else {
                    problem.setText(message);
                }
            } catch (AccessDeniedException denied) {
                problem.setText(getTranslation("error.forbidden"));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("advice-distribution-send");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
