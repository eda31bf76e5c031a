package nl.tafelwerk.agenda;

import nl.tafelwerk.agenda.internal.VraagstukRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The voorraadagenda; grows into the co-edited agenda with its lifecycle. */
@Service
@Transactional(readOnly = true)
public class VraagstukService {

    private final VraagstukRepository vraagstukken;

    VraagstukService(VraagstukRepository vraagstukken) {
        this.vraagstukken = vraagstukken;
    }

    public long count() {
        return vraagstukken.count();
    }
}
