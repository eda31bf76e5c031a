package nl.tafelwerk.advice.internal;

import java.util.List;
import nl.tafelwerk.advice.SuggestionState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuggestionRepository extends JpaRepository<SuggestionEntity, Long> {

    List<SuggestionEntity> findByAdviceIdOrderByProposedAtAscIdAsc(long adviceId);

    List<SuggestionEntity> findByAdviceIdAndState(long adviceId, SuggestionState state);
}
