package nl.tafelwerk.agenda.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.tafelwerk.buildingblocks.LinkedVraagstuk;
import nl.tafelwerk.buildingblocks.VraagstukLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the bouwstenen catalogue which vraagstukken concern a bouwsteen. */
@Component
class BouwsteenVraagstukLinks implements VraagstukLinks {

    private final EntityManager entityManager;

    BouwsteenVraagstukLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedVraagstuk> concerning(String bouwsteenCode) {
        return entityManager.createQuery("SELECT v.code, v.title FROM VraagstukEntity v JOIN v.bouwstenen b "
                        + "WHERE b = :code ORDER BY v.code", Object[].class)
                .setParameter("code", bouwsteenCode)
                .getResultList().stream()
                .map(row -> new LinkedVraagstuk((String) row[0], (String) row[1]))
                .toList();
    }
}
