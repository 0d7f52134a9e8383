package dk.loeft.platform.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for login (with the kommune's name, so no page needs to look it up) and throttles
 * guessing: repeated wrong passwords lock the account. Keeps signed-in sessions in step with their
 * account: see {@link #current}.
 */
@Service
class LoeftUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    LoeftUserDetailsService(UserAccountRepository accounts, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase())
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("Ukendt bruger"));
    }

    /**
     * The signed-in user as their account is now, checked with one small query per request: the
     * same principal while the account's version is unchanged, a fresh one (new role, institutions,
     * name) after a change, empty once the account is disabled or gone. A lock from wrong passwords
     * does not end a session: whoever guesses at the login must not be able to sign the owner out.
     * Principals not signed in from an account (integration tokens) are returned as they are.
     */
    Optional<LoeftUser> current(LoeftUser user) {
        Integer signedInVersion = user.accountVersion();
        if (signedInVersion == null) {
            return Optional.of(user);
        }
        Optional<AccountState> state = jdbc.sql("select version, enabled from user_account where id = :id")
                .param("id", user.id())
                .query(AccountState.class)
                .optional();
        if (state.isEmpty() || !state.get().enabled()) {
            return Optional.empty();
        }
        if (state.get().version() == signedInVersion) {
            return Optional.of(user);
        }
        return accounts.findById(user.id()).filter(UserAccount::enabled).map(account -> {
            LoeftUser fresh = principal(account);
            fresh.eraseCredentials();
            return fresh;
        });
    }

    private LoeftUser principal(UserAccount account) {
        String kommuneName = account.kommuneCode() == null
                ? null
                : jdbc.sql("select name || ' Kommune' from kommune where code = :code")
                        .param("code", account.kommuneCode())
                        .query(String.class)
                        .optional()
                        .orElse(null);
        return account.toPrincipal(clock.instant(), kommuneName);
    }

    record AccountState(int version, boolean enabled) {}

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName().trim().toLowerCase())
                .ifPresent(account -> {
                    account.recordFailedLogin(clock.instant());
                    accounts.save(account);
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LoeftUser user) {
            accounts.findById(user.id())
                    .filter(UserAccount::recordSuccessfulLogin)
                    .ifPresent(accounts::save);
        }
    }
}
