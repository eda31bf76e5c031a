package nl.tafelwerk.bench;

import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.ui.AdviceUiFixture;
import nl.tafelwerk.collaboration.CollaborationLoad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 14's figure: N people (20 by default) in one advice, one of them typing in the Analyse section (holding it,
 * DD043); the time for an edit to reach all the others, measured by {@link CoEditingPropagationBenchmark} itself
 * on the advice's route and section field instead of the vraagstuk's title.
 *
 * <pre>
 * mvn test -Dtest=AdviceCoWritingBenchmark -Dgroups=bench -DexcludedGroups=none \
 *     -Dmaven.test.redirectTestOutputToFile=false -DenableAssertions=false
 * </pre>
 * Options as there, e.g. {@code -Dbench.ns=20,50 -Dbench.rounds=100 -Dbench.warmup=30}.
 */
@Tag("bench")
@TafelwerkTest
class AdviceCoWritingBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CollaborationLoad load;

    @Test
    void anEditInOneAdviceReachesTwentyPeople() throws Exception {
        Advice advice;
        try {
            advice = new AdviceUiFixture(context).newAdvice("Benchmark");
        } finally {
            SecurityContextHolder.clearContext();
        }
        System.setProperty("bench.route", advice.route());
        System.setProperty("bench.field", "advice-analyse-text");
        if (System.getProperty("bench.ns") == null) {
            System.setProperty("bench.ns", "20");
        }
        CoEditingPropagationBenchmark propagation = new CoEditingPropagationBenchmark();
        propagation.port = port;
        propagation.context = context;
        propagation.load = load;
        propagation.propagationAcrossSessions();
    }
}
