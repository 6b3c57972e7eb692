package io.floorcheck.user.internal;

import static io.floorcheck.db.Tables.LOGIN_FAILURE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.security.SignInFailures;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in attempts in the database, shared by every application node; a day's worth is kept.
 * Each attempt is written and committed on its own before the password is checked, so parallel
 * attempts see each other. Whether a name is known at an address comes from the audit trail's
 * successful sign-ins.
 */
@Component
class DatabaseSignInFailures implements SignInFailures {

    private static final Duration KEPT = Duration.ofDays(1);
    /** How long a successful sign-in makes an address its owner's own, exempt from shared pauses. */
    private static final Duration KNOWN_FOR = Duration.ofDays(90);

    private final DSLContext db;
    private final AuditService audit;

    DatabaseSignInFailures(DSLContext db, AuditService audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long attempt(String login, String address, Instant at) {
        long id = db.insertInto(LOGIN_FAILURE).set(LOGIN_FAILURE.LOGIN, truncate(login, 254))
                .set(LOGIN_FAILURE.CLIENT_ADDRESS, address).set(LOGIN_FAILURE.FAILED_AT, utc(at))
                .returning(LOGIN_FAILURE.ID).fetchOne(LOGIN_FAILURE.ID);
        // Counting needs a window of minutes; older rows only cost space.
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(utc(at.minus(KEPT)))).execute();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Recent before(long attempt, String login, String address, Instant since, int addressLimit) {
        var earlier = LOGIN_FAILURE.ID.lt(attempt).and(LOGIN_FAILURE.FAILED_AT.ge(utc(since)));
        var ofName = db.select(DSL.count(), DSL.max(LOGIN_FAILURE.FAILED_AT)).from(LOGIN_FAILURE)
                .where(earlier.and(LOGIN_FAILURE.LOGIN.eq(truncate(login, 254)))
                        .and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address)))
                .fetchOne();
        List<Instant> atAddress = db.select(LOGIN_FAILURE.FAILED_AT).from(LOGIN_FAILURE)
                .where(earlier.and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address)))
                .orderBy(LOGIN_FAILURE.FAILED_AT.desc()).limit(addressLimit)
                .fetch(r -> r.value1().toInstant(ZoneOffset.UTC));
        int ofNameAnywhere = db.fetchCount(LOGIN_FAILURE, earlier.and(LOGIN_FAILURE.LOGIN.eq(truncate(login, 254))));
        boolean knownHere = audit.countSince(login, AuditActions.LOGIN_SUCCEEDED, since.minus(KNOWN_FOR), address) > 0;
        LocalDateTime last = ofName.value2();
        return new Recent(ofName.value1(), last == null ? null : last.toInstant(ZoneOffset.UTC), atAddress,
                ofNameAnywhere, knownHere);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withdraw(long attempt) {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.ID.eq(attempt)).execute();
    }

    @Override
    @Transactional
    public void succeeded(String login, String address, Instant at) {
        db.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.LOGIN.eq(truncate(login, 254)).and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address)))
                .execute();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
