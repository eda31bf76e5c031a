package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.advice.Delivery;
import nl.tafelwerk.advice.RecipientKind;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "advice_delivery")
public class DeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "advice_id")
    private long adviceId;
    @Column(name = "version_number")
    private int versionNumber;
    @Enumerated(EnumType.STRING)
    private RecipientKind kind = RecipientKind.GREMIUM;
    private String recipient = "";
    @Column(name = "recipient_name")
    private String recipientName = "";
    @Column(name = "sector_code")
    private @Nullable String sectorCode;
    private @Nullable String email;
    @Column(name = "sent_at")
    private Instant sentAt = Instant.EPOCH;
    @Column(name = "sent_by")
    private String sentBy = "";
    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected DeliveryEntity() {
    }

    public DeliveryEntity(long adviceId, int versionNumber, RecipientKind kind, String recipient, String recipientName,
                          @Nullable String sectorCode, @Nullable String email, Instant sentAt, String sentBy) {
        this.adviceId = adviceId;
        this.versionNumber = versionNumber;
        this.kind = kind;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.sectorCode = sectorCode;
        this.email = email;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public Delivery toDelivery() {
        return new Delivery(adviceId, versionNumber, kind, recipient, recipientName, sectorCode, email, sentAt, sentBy, readAt);
    }

    public long getAdviceId() {
        return adviceId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
