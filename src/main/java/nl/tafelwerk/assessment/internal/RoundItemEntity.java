package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundItemKind;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "scoring_round_item")
public class RoundItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private @Nullable ScoringRoundEntity round;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundItemKind kind = RoundItemKind.VRAAGSTUK;

    @Column(nullable = false)
    private String code = "";

    @Column(nullable = false)
    private String title = "";

    protected RoundItemEntity() {
    }

    public RoundItemEntity(ScoringRoundEntity round, int position, RoundItemKind kind, String code, String title) {
        this.round = round;
        this.position = position;
        this.kind = kind;
        this.code = code;
        this.title = title;
    }

    public RoundItem toItem() {
        return new RoundItem(kind, code, title);
    }
}
