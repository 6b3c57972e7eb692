package io.floorcheck.user.internal;

import java.util.Optional;

import io.floorcheck.security.Account;
import io.floorcheck.security.AccountDirectory;
import io.floorcheck.user.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Security's view of the users table. */
@Component
class DatabaseAccountDirectory implements AccountDirectory {

    private final UserRepository users;

    DatabaseAccountDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByLogin(String login) {
        return users.findByEmail(login).flatMap(user -> users.credentials(user.email()).map(credentials ->
                new Account(user.id(), user.email(), user.displayName(), user.title(), user.roles(),
                        credentials.passwordHash(), user.enabled(), credentials.version(),
                        credentials.changeRequired())));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCurrent(long accountId, String login, int credentialsVersion) {
        // By id, then the e-mail too: a session must not follow its address to another account.
        return users.findById(accountId)
                .filter(UserAccount::enabled)
                .filter(user -> user.email().equals(UserRepository.normalizeEmail(login)))
                .flatMap(user -> users.credentials(user.email()))
                .map(credentials -> credentials.version() == credentialsVersion)
                .orElse(false);
    }
}
