package nl.tafelwerk.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.tafelwerk.meetings.GremiumView;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "gremium")
public class GremiumEntity {

    @Id
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private String level = "";

    @Column(nullable = false)
    private boolean decides;

    @Column(nullable = false)
    private boolean established = true;

    private @Nullable String description;

    @Version
    private long version;

    protected GremiumEntity() {
    }

    public GremiumEntity(String code, String name, String level, boolean decides, boolean established,
                         @Nullable String description) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.decides = decides;
        this.established = established;
        this.description = description;
    }

    public GremiumView toView() {
        return new GremiumView(code, name, level, decides, established, description == null ? "" : description);
    }
}
