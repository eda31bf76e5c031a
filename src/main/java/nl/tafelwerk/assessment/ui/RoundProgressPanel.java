package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.tafelwerk.assessment.RoundProgress;

/**
 * "6 van 9 leden klaar", per sector and per person, from counts only. Starts from the service's progress and follows
 * the counts members' screens put on the round's channel.
 */
class RoundProgressPanel extends Div {

    private final int items;
    private final Map<String, RoundProgress.MemberProgress> members = new LinkedHashMap<>();
    private final Paragraph total = new Paragraph();
    private final UnorderedList sectors = new UnorderedList();
    private final UnorderedList people = new UnorderedList();

    RoundProgressPanel(RoundProgress progress) {
        this.items = progress.items();
        addClassName("tw-round-progress");
        setId("round-progress");
        progress.perMember().forEach(m -> members.put(m.username(), m));
        total.addClassName("tw-round-progress-total");
        total.setId("round-progress-total");
        sectors.addClassName("tw-round-progress-sectors");
        sectors.setId("round-progress-sectors");
        people.addClassName("tw-round-progress-people");
        people.setId("round-progress-people");
        H3 perSector = new H3(getTranslation("round.progress.perSector"));
        H3 perPerson = new H3(getTranslation("round.progress.perPerson"));
        Div columns = new Div(new Div(perSector, sectors), new Div(perPerson, people));
        columns.addClassName("tw-round-progress-columns");
        add(total, columns);
        render();
    }

    /** A member's count as their screen announced it; counts for people not in the round are ignored. */
    boolean update(String username, int itemsDone) {
        RoundProgress.MemberProgress known = members.get(username);
        if (known == null || known.itemsDone() == itemsDone) {
            return false;
        }
        members.put(username, new RoundProgress.MemberProgress(username, known.name(), known.sector(), itemsDone));
        render();
        return true;
    }

    int membersDone() {
        return (int) members.values().stream().filter(m -> m.itemsDone() >= items).count();
    }

    private void render() {
        total.setText(getTranslation("round.progress.total", membersDone(), members.size()));
        Map<String, int[]> perSector = new TreeMap<>();
        members.values().forEach(m -> {
            int[] counts = perSector.computeIfAbsent(m.sector(), s -> new int[2]);
            counts[0]++;
            if (m.itemsDone() >= items) {
                counts[1]++;
            }
        });
        sectors.removeAll();
        perSector.forEach((sector, counts) -> {
            ListItem li = new ListItem(line(counts[1] == counts[0],
                    getTranslation("round.progress.sector", sector, counts[1], counts[0])));
            li.getElement().setAttribute("data-sector", sector);
            sectors.add(li);
        });
        people.removeAll();
        members.values().forEach(m -> {
            ListItem li = new ListItem(line(m.itemsDone() >= items,
                    getTranslation("round.progress.person", m.name(), m.sector(), m.itemsDone(), items)));
            li.getElement().setAttribute("data-member", m.username());
            people.add(li);
        });
    }

    private Span line(boolean done, String text) {
        var icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        icon.addClassName("tw-round-progress-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span line = new Span(icon, new Span(text));
        line.addClassName(done ? "tw-round-done" : "tw-round-busy");
        return line;
    }
}
