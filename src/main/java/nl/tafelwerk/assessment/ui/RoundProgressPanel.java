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
import java.util.HashMap;
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
    private final Map<String, ListItem> sectorLines = new HashMap<>();
    private final Map<String, ListItem> personLines = new HashMap<>();

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

    /**
     * A member's count as their screen announced it; counts for people not in the round are ignored. Only the lines
     * that change are touched (that person, their sector, the total), so a save by one of 30 members sends each
     * screen three short texts, not the whole panel.
     */
    boolean update(String username, int itemsDone) {
        RoundProgress.MemberProgress known = members.get(username);
        if (known == null || known.itemsDone() == itemsDone) {
            return false;
        }
        RoundProgress.MemberProgress changed = new RoundProgress.MemberProgress(username, known.name(), known.sector(), itemsDone);
        members.put(username, changed);
        total.setText(getTranslation("round.progress.total", membersDone(), members.size()));
        ListItem person = personLines.get(username);
        if (person != null) {
            person.removeAll();
            person.add(personLine(changed));
        }
        ListItem sector = sectorLines.get(changed.sector());
        if (sector != null) {
            sector.removeAll();
            sector.add(sectorLine(changed.sector()));
        }
        return true;
    }

    int membersDone() {
        return (int) members.values().stream().filter(m -> m.itemsDone() >= items).count();
    }

    private void render() {
        total.setText(getTranslation("round.progress.total", membersDone(), members.size()));
        sectors.removeAll();
        sectorLines.clear();
        members.values().stream().map(RoundProgress.MemberProgress::sector).distinct().sorted().forEach(sector -> {
            ListItem li = new ListItem(sectorLine(sector));
            li.getElement().setAttribute("data-sector", sector);
            sectorLines.put(sector, li);
            sectors.add(li);
        });
        people.removeAll();
        personLines.clear();
        members.values().forEach(m -> {
            ListItem li = new ListItem(personLine(m));
            li.getElement().setAttribute("data-member", m.username());
            personLines.put(m.username(), li);
            people.add(li);
        });
    }

    private Span sectorLine(String sector) {
        int inSector = 0;
        int done = 0;
        for (RoundProgress.MemberProgress m : members.values()) {
            if (m.sector().equals(sector)) {
                inSector++;
                if (m.itemsDone() >= items) {
                    done++;
                }
            }
        }
        return line(done == inSector, getTranslation("round.progress.sector", sector, done, inSector));
    }

    private Span personLine(RoundProgress.MemberProgress m) {
        return line(m.itemsDone() >= items, getTranslation("round.progress.person", m.name(), m.sector(), m.itemsDone(), items));
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
