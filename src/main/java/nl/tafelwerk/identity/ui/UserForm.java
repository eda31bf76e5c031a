package nl.tafelwerk.identity.ui;

import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorView;
import org.jspecify.annotations.Nullable;

/** The admin form's working copy of one account. */
class UserForm {

    private @Nullable Long id;
    private long version;
    private String username = "";
    private String displayName = "";
    private @Nullable Role role;
    private @Nullable SectorView sector;
    private String password = "";
    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @Nullable Long getId() {
        return id;
    }

    void setId(@Nullable Long id) {
        this.id = id;
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable SectorView getSector() {
        return sector;
    }

    public void setSector(@Nullable SectorView sector) {
        this.sector = sector;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
