package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The chair carries a ranked order (a round's WSJF ranking) to the voorraadagenda: the ranked vraagstukken take
 * the places they held together, in ranked order, with the reason in each moved one's history. Not rolled back
 * (the concurrency case commits in its own threads); the agreed order is put back afterwards.
 */
@TafelwerkTest
class CarryOrderTest {

    @Autowired
    VraagstukService service;
    @Autowired
    UserDetailsService users;
    AgendaTestSupport support;
    List<String> originalOrder;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(users, service);
        support.actAs("voorzitter");
        originalOrder = agreedOrder();
    }

    @AfterEach
    void restoreOrder() {
        support.actAs("voorzitter");
        for (int i = 1; i < originalOrder.size(); i++) {
            service.moveAfter(originalOrder.get(i), originalOrder.get(i - 1));
        }
        SecurityContextHolder.clearContext();
    }

    private List<String> agreedOrder() {
        return service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX).stream()
                .map(VraagstukListItem::code).toList();
    }

    @Test
    void theRankedOnesTakeTheirJointPlacesInRankedOrderAndTheOthersStay() {
        // Ranked: the 5th, the 2nd and the 4th of the agenda, in that order.
        List<String> ranked = List.of(originalOrder.get(4), originalOrder.get(1), originalOrder.get(3));
        List<String> moved = service.carryOrder(ranked, "Rangorde van scoringsronde 1 overgenomen");

        List<String> after = agreedOrder();
        List<String> expected = new ArrayList<>(originalOrder);
        expected.set(1, originalOrder.get(4));
        expected.set(3, originalOrder.get(1));
        expected.set(4, originalOrder.get(3));
        assertThat(after).containsExactlyElementsOf(expected);
        assertThat(moved).containsExactlyInAnyOrder(originalOrder.get(4), originalOrder.get(1), originalOrder.get(3));
        assertThat(service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX))
                .extracting(VraagstukListItem::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, after.size()).boxed().toList());

        HistoryEntry line = service.history(originalOrder.get(4)).getFirst();
        assertThat(line.kind()).isEqualTo(HistoryEntry.Kind.POSITION);
        assertThat(line.oldValue()).isEqualTo("5");
        assertThat(line.newValue()).isEqualTo("2");
        assertThat(line.reason()).isEqualTo("Rangorde van scoringsronde 1 overgenomen");
        assertThat(line.actorName()).isEqualTo("Onafhankelijk voorzitter");
        assertThat(service.history(originalOrder.get(0)).stream().filter(h -> "Rangorde van scoringsronde 1 overgenomen".equals(h.reason())))
                .as("not moved, no line").isEmpty();
    }

    @Test
    void aReasonIsRequiredAndTheOrderMustNameKnownVraagstukkenOnce() {
        List<String> ranked = List.of(originalOrder.get(1), originalOrder.get(0));
        assertThatThrownBy(() -> service.carryOrder(ranked, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("agenda.carry.reasonRequired");
                    assertThat(e.field()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> service.carryOrder(List.of(originalOrder.get(0), originalOrder.get(0)), "Reden"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.carry.duplicate"));
        assertThatThrownBy(() -> service.carryOrder(List.of(originalOrder.get(0), "VS-BESTAAT-NIET"), "Reden"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.unknown"));
        assertThatThrownBy(() -> service.carryOrder(List.of(), "Reden"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.carry.empty"));
        assertThat(agreedOrder()).as("nothing moved").containsExactlyElementsOf(originalOrder);
    }

    @Test
    void onlyTheChairCarriesAnOrder() {
        List<String> ranked = List.of(originalOrder.get(1), originalOrder.get(0));
        for (String user : List.of("programmabureau", "lid-haz", "waarnemer", "beheerder")) {
            support.actAs(user);
            assertThatThrownBy(() -> service.carryOrder(ranked, "Reden")).as(user).isInstanceOf(AccessDeniedException.class);
        }
        support.actAs("voorzitter");
        assertThat(agreedOrder()).containsExactlyElementsOf(originalOrder);
    }

    @Test
    void aMoveAtTheSameTimeIsAppliedBeforeOrAfterNeverInBetween() throws Exception {
        // The chair carries the reverse of the first six while the programme office moves the 8th to the top.
        List<String> ranked = new ArrayList<>(originalOrder.subList(0, 6));
        java.util.Collections.reverse(ranked);
        String mover = originalOrder.get(7);
        CyclicBarrier together = new CyclicBarrier(2);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread chair = new Thread(() -> run("voorzitter", together, failures, () -> service.carryOrder(ranked, "Rangorde")));
        Thread office = new Thread(() -> run("programmabureau", together, failures,
                () -> service.moveBefore(mover, originalOrder.getFirst())));
        chair.start();
        office.start();
        chair.join(TimeUnit.MINUTES.toMillis(2));
        office.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(failures).isEmpty();

        List<String> after = agreedOrder();
        assertThat(after).containsExactlyInAnyOrderElementsOf(originalOrder);
        List<String> rankedAsTheyStand = after.stream().filter(ranked::contains).toList();
        assertThat(rankedAsTheyStand).as("the ranked order holds whichever ran first").containsExactlyElementsOf(ranked);
        assertThat(after.indexOf(mover)).as("the move is not lost").isLessThan(7);
        assertThat(service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX))
                .extracting(VraagstukListItem::position).as("positions 1..n, none twice")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, after.size()).boxed().toList());
    }

    private void run(String user, CyclicBarrier together, ConcurrentLinkedQueue<Throwable> failures, Runnable action) {
        try {
            support.actAs(user);
            together.await(1, TimeUnit.MINUTES);
            action.run();
        } catch (Throwable e) {
            failures.add(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
