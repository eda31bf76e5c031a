package nl.tafelwerk.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sealed ballots: only the round service reads them, and it decides who may see what. */
public interface ScoreBallotRepository extends JpaRepository<ScoreBallotEntity, Long> {

    List<ScoreBallotEntity> findByRoundIdOrderBySectorCodeAscMemberNameAsc(long roundId);

    Optional<ScoreBallotEntity> findByRoundIdAndMemberUsername(long roundId, String memberUsername);
}
