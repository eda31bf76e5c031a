package nl.tafelwerk.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "sector_code")
    private @Nullable String sectorCode;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private @Nullable String email;

    @Column(name = "oidc_issuer")
    private @Nullable String oidcIssuer;

    @Column(name = "oidc_subject")
    private @Nullable String oidcSubject;

    @Version
    private long version;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.OBSERVER;
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, @Nullable String sectorCode,
                       Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.sectorCode = sectorCode;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("User account is not saved yet");
        }
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public void changeProfile(String displayName, Role role, @Nullable String sectorCode) {
        this.displayName = displayName;
        this.role = role;
        this.sectorCode = sectorCode;
    }

    /** A new password; {@code mustChange} when someone other than the owner chose it. */
    public void changePasswordHash(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Links this account to the person an OpenID Connect provider knows by this subject (DD019). */
    public void linkSingleSignOn(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public boolean signsInThroughSso() {
        return oidcSubject != null;
    }

    public TafelwerkUserDetails toUserDetails() {
        return new TafelwerkUserDetails(toAuthenticatedUser(), passwordHash, active, mustChangePassword);
    }

    public AuthenticatedUser toAuthenticatedUser() {
        return new AuthenticatedUser(getId(), username, displayName, role, sectorCode);
    }

    public UserListItem toListItem() {
        return new UserListItem(getId(), username, displayName, role, sectorCode, active, createdAt, version,
                signsInThroughSso(), email);
    }
}
