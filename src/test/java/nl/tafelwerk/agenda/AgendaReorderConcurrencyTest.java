package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The chair and the programme office reorder the agenda at the same moment, many times over: no
 * move is lost, no position is used twice. Not rolled back (the moves commit in their own
 * threads); the agreed order of the demo data is put back afterwards.
 */
@TafelwerkTest
class AgendaReorderConcurrencyTest {

    private static final int ROUNDS = 4;

    @Autowired
    VraagstukService service;
    @Autowired
    UserDetailsService userDetails;
    AgendaTestSupport support;
    List<String> originalOrder;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(userDetails, service);
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

    @Test
    void twoChairsMovingAtOnceNeverLoseAMoveNorShareAPosition() throws Exception {
        assertThat(originalOrder).hasSizeGreaterThanOrEqualTo(12);
        // Interleaved, so that each one's moves cross the other's.
        List<String> chairs = new ArrayList<>();
        List<String> office = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            (i % 2 == 0 ? chairs : office).add(originalOrder.get(i));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread chair = new Thread(() -> chain(chairs, "voorzitter", together, failures));
        Thread secretariat = new Thread(() -> chain(office, "programmabureau", together, failures));
        chair.start();
        secretariat.start();
        chair.join(TimeUnit.MINUTES.toMillis(3));
        secretariat.join(TimeUnit.MINUTES.toMillis(3));
        assertThat(failures).as("moves refused or failed").isEmpty();

        List<VraagstukListItem> after = service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0,
                VraagstukService.PAGE_MAX);
        assertThat(after).extracting(VraagstukListItem::code).as("every vraagstuk once")
                .containsExactlyInAnyOrderElementsOf(originalOrder);
        assertThat(after).extracting(VraagstukListItem::position).as("positions 1..n, none twice")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, after.size()).boxed().toList());
        // The last round built each one's items into one run, in reverse: only if every move was applied.
        List<String> order = after.stream().map(VraagstukListItem::code).toList();
        assertThat(runOf(order, chairs)).isEqualTo(reversed(chairs));
        assertThat(runOf(order, office)).isEqualTo(reversed(office));
    }

    /**
     * Strings the items together, each placed right after the one before it (odd rounds) or
     * reversed (even rounds). Moves by the other user only place their own items after their own
     * items, so they never break this run.
     */
    private void chain(List<String> items, String user, CyclicBarrier together, ConcurrentLinkedQueue<Throwable> failures) {
        try {
            support.actAs(user);
            for (int round = 1; round <= ROUNDS; round++) {
                together.await(1, TimeUnit.MINUTES);
                List<String> sequence = round % 2 == 1 ? items : reversed(items);
                for (int i = 1; i < sequence.size(); i++) {
                    service.moveAfter(sequence.get(i), sequence.get(i - 1));
                }
            }
        } catch (Throwable e) {
            failures.add(e);
            together.reset();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The items as they stand in the order, if they stand together; otherwise the whole order, to show. */
    private static List<String> runOf(List<String> order, List<String> items) {
        int start = order.indexOf(reversed(items).getFirst());
        if (start < 0 || start + items.size() > order.size()) {
            return order;
        }
        List<String> run = order.subList(start, start + items.size());
        return run.containsAll(items) ? run : order;
    }

    private static List<String> reversed(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private List<String> agreedOrder() {
        return service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX).stream()
                .map(VraagstukListItem::code).toList();
    }
}
