package dk.loeft.platform.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for login and throttles guessing: repeated wrong passwords lock the account. */
@Service
class LoeftUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    LoeftUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase())
                .map(account -> account.toPrincipal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("Ukendt bruger"));
    }

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
