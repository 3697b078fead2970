package nl.schoolveilig.security.internal;

import java.util.List;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.DirectoryReady;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A production start on a database that holds the demo people stops, naming why. */
class NoDemoPeopleInProductionTest {

    private final Directory directory = mock(Directory.class);
    private final NoDemoPeopleInProduction check = new NoDemoPeopleInProduction(directory);

    @Test
    void aDirectoryWithDemoPeopleStopsTheStart() {
        when(directory.accounts()).thenReturn(List.of(account("f.vandijk@bestuur.example"),
                account("IJansen@Demo.Schoolveilig.nl")));

        assertThatThrownBy(() -> check.check(new DirectoryReady()))
                .hasMessageContaining("1 demo people").hasMessageContaining("production has no demo users");
    }

    @Test
    void theBoardsOwnPeoplePass() {
        when(directory.accounts()).thenReturn(List.of(account("f.vandijk@bestuur.example")));

        assertThatCode(() -> check.check(new DirectoryReady())).doesNotThrowAnyException();
    }

    private static Account account(String email) {
        return new Account(email.substring(0, email.indexOf('@')).toLowerCase(), "Iemand", email, null, null, List.of());
    }
}
