package nl.tafelwerk.advice.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryRepository extends JpaRepository<DeliveryEntity, Long> {

    List<DeliveryEntity> findByAdviceIdOrderBySentAtDescIdAsc(long adviceId);

    List<DeliveryEntity> findByRecipientOrderBySentAtDesc(String recipient);

    List<DeliveryEntity> findByRecipientAndAdviceId(String recipient, long adviceId);
}
