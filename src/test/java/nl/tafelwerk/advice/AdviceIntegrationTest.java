package nl.tafelwerk.advice;

import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.VraagstukService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice services against the real application, each test rolled back: its vraagstuk and advice disappear
 * again. {@link #support} acts as demo users and walks a fresh vraagstuk to 'in uitwerking'.
 */
@TafelwerkTest
@Transactional
abstract class AdviceIntegrationTest {

    @Autowired
    AdviceService service;
    @Autowired
    AdviceDistributionService distribution;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDetailsService userDetails;
    AdviceTestSupport support;

    @BeforeEach
    void adviceSupport() {
        support = new AdviceTestSupport(userDetails, vraagstukken);
    }

    @AfterEach
    void actAsNobody() {
        SecurityContextHolder.clearContext();
    }
}
