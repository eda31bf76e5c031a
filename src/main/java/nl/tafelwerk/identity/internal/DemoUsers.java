package nl.tafelwerk.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for every role and every sector: a member for each sector at the table, an informed
 * (read-only) account for each sector that is not at the table yet. Demo profile only.
 */
@Component
class DemoUsers implements SeedImportStep {

    private final UserAccountRepository accounts;
    private final SectorRepository sectors;
    private final PasswordEncoder passwordEncoder;
    private final String demoPassword;

    DemoUsers(UserAccountRepository accounts, SectorRepository sectors, PasswordEncoder passwordEncoder,
              @Value("${tafelwerk.demo.password:tafelwerk-demo}") String demoPassword) {
        this.accounts = accounts;
        this.sectors = sectors;
        this.passwordEncoder = passwordEncoder;
        this.demoPassword = demoPassword;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "demogebruikers";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        List<Account> wanted = new ArrayList<>(List.of(
                new Account("voorzitter", "Onafhankelijk voorzitter", Role.CHAIR, null),
                new Account("programmabureau", "Secretaris programmabureau", Role.SECRETARIAT, null),
                new Account("waarnemer", "Waarnemer", Role.OBSERVER, null),
                new Account("beheerder", "Functioneel beheerder", Role.ADMIN, null)));
        for (SectorEntity sector : sectors.findAll()) {
            SectorView view = sector.toView();
            boolean atTable = view.participation().atTheTable();
            String username = (atTable ? "lid-" : "info-") + view.code().toLowerCase(Locale.ROOT);
            String name = (atTable ? "Tafellid " : "Geïnformeerd ") + view.name();
            wanted.add(new Account(username, name, atTable ? Role.MEMBER : Role.OBSERVER, view.code()));
        }
        int added = 0;
        String hash = null;
        Clock clock = Clock.systemUTC();
        for (Account a : wanted) {
            String email = a.username() + "@example.org";
            var existing = accounts.findByUsernameIgnoreCase(a.username());
            if (existing.isEmpty()) {
                if (hash == null) {
                    hash = passwordEncoder.encode(demoPassword);
                }
                UserAccount account = new UserAccount(a.username(), a.displayName(), hash, a.role(), a.sectorCode(),
                        clock.instant());
                account.setEmail(email);
                accounts.save(account);
                added++;
            } else if (existing.get().getEmail() == null) {
                // demo databases made before accounts had an address get one too
                existing.get().setEmail(email);
            }
        }
        return added;
    }

    private record Account(String username, String displayName, Role role, @Nullable String sectorCode) {
    }

}
