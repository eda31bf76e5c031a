package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.AdviceVersion;
import nl.tafelwerk.advice.VersionDiff;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.documents.Markdown;
import nl.tafelwerk.shared.ui.DateTimes;
import org.jspecify.annotations.Nullable;

/** The vastgestelde versions of an advice, each readable as it was fixed, and the word differences between any two. */
final class AdviceVersionsPanel extends Div {

    private final AdviceService service;

    AdviceVersionsPanel(AdviceService service) {
        this.service = service;
        setId("advice-versions");
    }

    void show(Advice advice) {
        removeAll();
        add(new H3(getTranslation("adviceui.versions.heading")));
        List<AdviceVersion> versions = service.versions(advice.id());
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("adviceui.versions.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AdviceVersion v : versions) {
            Button view = new Button(getTranslation("adviceui.versions.view"), e -> showVersion(advice, v));
            view.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            view.setId("advice-version-" + v.number() + "-view");
            view.getElement().setAttribute("aria-label", getTranslation("adviceui.versions.viewLabel", v.number()));
            list.add(new ListItem(new Span(getTranslation("adviceui.version.label", v.number()) + " · "
                    + DateTimes.dateTime(getLocale(), v.fixedAt()) + " · " + v.fixedBy()
                    + (v.reason() == null ? "" : " — " + v.reason())), view));
        }
        add(list);
        if (versions.size() >= 2) {
            Select<Integer> from = new Select<>();
            Select<Integer> to = new Select<>();
            List<Integer> numbers = versions.stream().map(AdviceVersion::number).sorted().toList();
            from.setLabel(getTranslation("adviceui.diff.from"));
            to.setLabel(getTranslation("adviceui.diff.to"));
            from.setItems(numbers);
            to.setItems(numbers);
            from.setValue(numbers.get(numbers.size() - 2));
            to.setValue(numbers.getLast());
            from.setId("advice-diff-from");
            to.setId("advice-diff-to");
            Div diff = new Div();
            diff.setId("advice-diff");
            Button compare = new Button(getTranslation("adviceui.diff.show"), e -> showDiff(advice.id(), from.getValue(), to.getValue(), diff));
            compare.setId("advice-diff-show");
            HorizontalLayout row = new HorizontalLayout(from, to, compare);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row, diff);
        }
    }

    private void showVersion(Advice advice, AdviceVersion version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("adviceui.version.label", version.number()) + " · " + advice.label());
        dialog.setWidth("min(60rem, 95vw)");
        dialog.setId("advice-version-dialog");
        for (AdviceSection section : AdviceSection.values()) {
            Div text = new Div();
            text.getElement().setProperty("innerHTML", Markdown.toSafeHtml(version.text(section)));
            dialog.add(new H3(getTranslation(section.labelKey())), text);
        }
        dialog.getFooter().add(new Button(getTranslation("adviceui.close"), e -> dialog.close()));
        dialog.open();
    }

    private void showDiff(long adviceId, @Nullable Integer from, @Nullable Integer to, Div target) {
        target.removeAll();
        if (from == null || to == null || from.equals(to)) {
            target.add(new Paragraph(getTranslation("adviceui.diff.choose")));
            return;
        }
        try {
            VersionDiff diff = service.diff(adviceId, Math.min(from, to), Math.max(from, to));
            boolean any = false;
            for (VersionDiff.SectionDiff section : diff.sections()) {
                if (!section.changed()) {
                    continue;
                }
                any = true;
                Paragraph text = new Paragraph();
                for (VersionDiff.Part part : section.parts()) {
                    Span span = new Span(part.text());
                    switch (part.kind()) {
                        case ADDED -> {
                            span = new Span(part.text());
                            span.getElement().setAttribute("aria-label", getTranslation("adviceui.diff.added") + ": " + part.text());
                            span.addClassName("tw-diff-added");
                        }
                        case REMOVED -> {
                            span.getElement().setAttribute("aria-label", getTranslation("adviceui.diff.removed") + ": " + part.text());
                            span.addClassName("tw-diff-removed");
                        }
                        case SAME -> { }
                    }
                    text.add(span);
                }
                target.add(new H3(getTranslation(section.section().labelKey())), text);
            }
            if (!any) {
                target.add(new Paragraph(getTranslation("adviceui.diff.same")));
            }
        } catch (DomainException refused) {
            target.add(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }
}
