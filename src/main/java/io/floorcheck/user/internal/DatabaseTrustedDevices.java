package io.floorcheck.user.internal;

import static io.floorcheck.db.Tables.TRUSTED_DEVICE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

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
    private static final java.time.Duration KEPT = java.time.Duration.ofDays(90);

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
                .where(TRUSTED_DEVICE.LOGIN.eq(DatabaseSignInFailures.truncate(login, 254))
                        .and(TRUSTED_DEVICE.TOKEN_HASH.in(tokenHashes))
                        .and(TRUSTED_DEVICE.LAST_USED_AT.ge(utc(since))))
                .orderBy(TRUSTED_DEVICE.LAST_USED_AT.desc()).limit(1).fetchOptional(TRUSTED_DEVICE.TOKEN_HASH);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void trust(String login, String tokenHash, Instant at) {
        String key = DatabaseSignInFailures.truncate(login, 254);
        int refreshed = db.update(TRUSTED_DEVICE).set(TRUSTED_DEVICE.LAST_USED_AT, utc(at))
                .where(TRUSTED_DEVICE.TOKEN_HASH.eq(tokenHash).and(TRUSTED_DEVICE.LOGIN.eq(key))).execute();
        if (refreshed == 0) {
            try {
                db.insertInto(TRUSTED_DEVICE).set(TRUSTED_DEVICE.TOKEN_HASH, tokenHash)
                        .set(TRUSTED_DEVICE.LOGIN, key).set(TRUSTED_DEVICE.TRUSTED_AT, utc(at))
                        .set(TRUSTED_DEVICE.LAST_USED_AT, utc(at)).execute();
            } catch (DuplicateKeyException randomTokensDoNotCollide) {
                return; // the same new token twice (a resubmitted form): already there
            }
        }
        // The oldest beyond the newest PER_LOGIN of this login, and any unused for the whole lifetime.
        var keep = db.select(TRUSTED_DEVICE.TOKEN_HASH).from(TRUSTED_DEVICE).where(TRUSTED_DEVICE.LOGIN.eq(key))
                .orderBy(TRUSTED_DEVICE.LAST_USED_AT.desc()).limit(PER_LOGIN).fetch(TRUSTED_DEVICE.TOKEN_HASH);
        db.deleteFrom(TRUSTED_DEVICE).where(TRUSTED_DEVICE.LOGIN.eq(key).and(TRUSTED_DEVICE.TOKEN_HASH.notIn(keep))
                .or(TRUSTED_DEVICE.LAST_USED_AT.lt(utc(at.minus(KEPT))))).execute();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
