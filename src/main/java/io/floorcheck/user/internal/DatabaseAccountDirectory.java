package io.floorcheck.user.internal;

import java.util.Optional;

import io.floorcheck.security.Account;
import io.floorcheck.security.AccountDirectory;
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
        return users.findByEmail(login).flatMap(user -> users.passwordHash(user.email()).map(hash ->
                new Account(user.id(), user.email(), user.displayName(), user.title(), user.roles(), hash,
                        user.enabled())));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(String login) {
        return users.findByEmail(login).map(user -> user.enabled()).orElse(false);
    }
}
