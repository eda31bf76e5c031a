package nl.tafelwerk.buildingblocks;

import nl.tafelwerk.buildingblocks.internal.BouwsteenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bouwstenen catalogue; grows into the dependency graph and maturity analyses. */
@Service
@Transactional(readOnly = true)
public class BouwsteenService {

    private final BouwsteenRepository bouwstenen;

    BouwsteenService(BouwsteenRepository bouwstenen) {
        this.bouwstenen = bouwstenen;
    }

    public long count() {
        return bouwstenen.count();
    }

    public long countDependencies() {
        return bouwstenen.countDependencies();
    }
}
