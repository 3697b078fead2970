package nl.schoolveilig.security.internal;

import java.util.Locale;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.DirectoryReady;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the production profile the demo directory is never loaded; a database that holds its people all the same
 * (a copied development database) stops the start, before anyone could sign in as one of them.
 */
@Component
@Profile(ProductionSettings.PROFILE)
class NoDemoPeopleInProduction {

    static final String DEMO_DOMAIN = "@demo.schoolveilig.nl";

    private final Directory directory;

    NoDemoPeopleInProduction(Directory directory) {
        this.directory = directory;
    }

    @EventListener
    void check(DirectoryReady ready) {
        long demoPeople = directory.accounts().stream()
                .filter(account -> account.email().toLowerCase(Locale.ROOT).endsWith(DEMO_DOMAIN)).count();
        if (demoPeople > 0) {
            throw new IllegalStateException("The directory holds " + demoPeople + " demo people (e-mail addresses ending in "
                    + DEMO_DOMAIN + "): production has no demo users. Start on a database of its own, or remove them.");
        }
    }
}
