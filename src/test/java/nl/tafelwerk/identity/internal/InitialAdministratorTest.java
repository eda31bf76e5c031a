package nl.tafelwerk.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class InitialAdministratorTest {

    @Test
    void firstAdministratorFromConfigurationMustChooseANewPasswordAtFirstLogin() {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        when(accounts.count()).thenReturn(0L);
        new InitialAdministrator(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "beheerder",
                "uit-de-configuratie").run(new DefaultApplicationArguments());

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("beheerder");
        assertThat(saved.getValue().mustChangePassword()).isTrue();
    }
}
