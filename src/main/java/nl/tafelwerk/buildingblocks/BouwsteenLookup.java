package nl.tafelwerk.buildingblocks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The codes and names of the catalogue, for features that link to bouwstenen (e.g. vraagstukken). */
@Service
@Transactional(readOnly = true)
public class BouwsteenLookup {

    @PersistenceContext
    private EntityManager em;

    public List<BouwsteenRef> all() {
        return em.createQuery("select new nl.tafelwerk.buildingblocks.BouwsteenRef(b.code, b.name) from BouwsteenEntity b order by b.code",
                BouwsteenRef.class).getResultList();
    }
}
