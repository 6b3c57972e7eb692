package io.floorcheck.user.internal;

import static io.floorcheck.db.Tables.TRUSTED_DEVICE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.floorcheck.security.Logins;
import io.floorcheck.security.TrustedDevices;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trusted browsers in the database, by token hash; a login keeps its {@link #PER_LOGIN} most
 * recently used ones, and one unused for the cookie's lifetime is forgotten.
 */
@Component
class DatabaseTrustedDevices implements TrustedDevices {

    /** Enough for someone's laptop, tablet, phone and a few shared tablets on the floor. */
    static final int PER_LOGIN = 10;
    private static final Duration KEPT = Duration.ofDays(90);

    private final DSLContext db;

    DatabaseTrustedDevices(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> trustedAmong(String login, Collection<String> tokenHashes, Instant since) {
        if (tokenHashes.isEmpty()) {
            return Optional.empty();
        }
        return db.select(TRUSTED_DEVICE.TOKEN_HASH).from(TRUSTED_DEVICE)
                .where(TRUSTED_DEVICE.LOGIN.eq(key(login)).and(TRUSTED_DEVICE.TOKEN_HASH.in(tokenHashes))
                        .and(TRUSTED_DEVICE.LAST_USED_AT.ge(utc(since))))
                .orderBy(TRUSTED_DEVICE.LAST_USED_AT.desc()).limit(1).fetchOptional(TRUSTED_DEVICE.TOKEN_HASH);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void trust(String login, String tokenHash, Instant at) {
        try {
            db.insertInto(TRUSTED_DEVICE).set(TRUSTED_DEVICE.TOKEN_HASH, tokenHash)
                    .set(TRUSTED_DEVICE.LOGIN, key(login)).set(TRUSTED_DEVICE.TRUSTED_AT, utc(at))
                    .set(TRUSTED_DEVICE.LAST_USED_AT, utc(at)).execute();
        } catch (DuplicateKeyException randomTokensDoNotCollide) {
            return; // the same new token twice (a resubmitted form): already there
        }
        // Beyond the newest PER_LOGIN of this login, by primary key: a browser trusted at this
        // moment by another sign-in is among the newest and stays.
        List<String> oldest = db.select(TRUSTED_DEVICE.TOKEN_HASH).from(TRUSTED_DEVICE)
                .where(TRUSTED_DEVICE.LOGIN.eq(key(login)))
                .orderBy(TRUSTED_DEVICE.LAST_USED_AT.desc(), TRUSTED_DEVICE.TRUSTED_AT.desc())
                .limit(1000).offset(PER_LOGIN).fetch(TRUSTED_DEVICE.TOKEN_HASH);
        if (!oldest.isEmpty()) {
            db.deleteFrom(TRUSTED_DEVICE).where(TRUSTED_DEVICE.TOKEN_HASH.in(oldest)).execute();
        }
        db.deleteFrom(TRUSTED_DEVICE).where(TRUSTED_DEVICE.LAST_USED_AT.lt(utc(at.minus(KEPT)))).execute();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void touch(String login, String tokenHash, Instant at) {
        db.update(TRUSTED_DEVICE).set(TRUSTED_DEVICE.LAST_USED_AT, utc(at))
                .where(TRUSTED_DEVICE.TOKEN_HASH.eq(tokenHash).and(TRUSTED_DEVICE.LOGIN.eq(key(login)))).execute();
    }

    @Override
    public void forget(String login) {
        db.deleteFrom(TRUSTED_DEVICE).where(TRUSTED_DEVICE.LOGIN.eq(key(Logins.normalize(login)))).execute();
    }

    private static String key(String login) {
        return DatabaseSignInFailures.truncate(login, 254);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
