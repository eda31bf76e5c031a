package nl.tafelwerk.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.MeetingLinkTargets;
import nl.tafelwerk.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda item on a scoring round (DD039): the reference is the round's number. A revealed round
 * opens on its ranking and shows its top five; before the reveal it shows how far the scoring is.
 */
@Component
class RoundMeetingLink implements MeetingLinkTargets {

    static final int TOP = 5;

    private final RoundService rounds;

    RoundMeetingLink(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public AgendaItemKind kind() {
        return AgendaItemKind.SCORERONDE;
    }

    @Override
    public Optional<LinkTarget> find(String reference) {
        long id;
        try {
            id = Long.parseLong(reference.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return rounds.find(id).map(this::target);
    }

    private LinkTarget target(ScoringRound round) {
        String title = "Scoringsronde " + round.id() + ": " + round.title();
        List<String> summary = new ArrayList<>();
        if (round.revealed()) {
            try {
                RoundAnalysis analysis = rounds.analysis(round.id());
                List<String> top = analysis.ranking().top(TOP);
                for (int i = 0; i < top.size(); i++) {
                    String code = top.get(i);
                    String name = round.items().stream().filter(item -> item.code().equals(code)).map(RoundItem::title)
                            .findFirst().orElse("");
                    summary.add((i + 1) + ". " + code + (name.isEmpty() ? "" : " · " + name));
                }
            } catch (DomainException e) {
                summary.add("Uitslag nog niet beschikbaar");
            }
            return new LinkTarget(title, "scoringsrondes/" + round.id() + "/rangorde", summary);
        }
        summary.add(round.items().size() + " onderdelen, " + round.members() + " leden; uitslag na onthulling");
        return new LinkTarget(title, "scoringsrondes/" + round.id(), summary);
    }
}
