package io.floorcheck.user.internal;

import static io.floorcheck.db.Tables.LOGIN_FAILURE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.floorcheck.security.SignInFailures;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in attempts in the database, shared by every application node; a day's worth is kept.
 * Each attempt is written and committed on its own before the password is checked, so parallel
 * attempts see each other. An attempt from a browser trusted for the name carries the browser's
 * token hash and is counted against that browser alone.
 */
@Component
class DatabaseSignInFailures implements SignInFailures {

    /** As long as the throttle remembers a client's failures of a name (a day). */
    private static final Duration KEPT = Duration.ofDays(1);

    private final DSLContext db;

    DatabaseSignInFailures(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long attempt(String login, String address, String device, Instant at) {
        long id = db.insertInto(LOGIN_FAILURE).set(LOGIN_FAILURE.LOGIN, truncate(login, 254))
                .set(LOGIN_FAILURE.CLIENT_ADDRESS, address).set(LOGIN_FAILURE.DEVICE, device)
                .set(LOGIN_FAILURE.FAILED_AT, utc(at))
                .returning(LOGIN_FAILURE.ID).fetchOne(LOGIN_FAILURE.ID);
        // Counting needs a window of minutes; older rows only cost space.
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(utc(at.minus(KEPT)))).execute();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Recent before(long attempt, String login, String address, String device, Instant since,
            Instant rememberedSince, int addressLimit) {
        var earlier = LOGIN_FAILURE.ID.lt(attempt).and(LOGIN_FAILURE.FAILED_AT.ge(utc(since)));
        var remembered = LOGIN_FAILURE.ID.lt(attempt).and(LOGIN_FAILURE.FAILED_AT.ge(utc(rememberedSince)));
        var name = LOGIN_FAILURE.LOGIN.eq(truncate(login, 254));
        var untrusted = LOGIN_FAILURE.DEVICE.isNull();
        var thisClient = device != null ? LOGIN_FAILURE.DEVICE.eq(device)
                : untrusted.and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address));
        var ofName = db.select(DSL.count(), DSL.max(LOGIN_FAILURE.FAILED_AT)).from(LOGIN_FAILURE)
                .where(remembered.and(name).and(thisClient)).fetchOne();
        LocalDateTime last = ofName.value2();
        Instant lastOfName = last == null ? null : last.toInstant(ZoneOffset.UTC);
        List<Instant> atAddress = db.select(LOGIN_FAILURE.FAILED_AT).from(LOGIN_FAILURE)
                .where(earlier.and(untrusted).and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address)))
                .orderBy(LOGIN_FAILURE.FAILED_AT.desc()).limit(addressLimit)
                .fetch(r -> r.value1().toInstant(ZoneOffset.UTC));
        int ofNameAnywhere = db.fetchCount(LOGIN_FAILURE, earlier.and(untrusted).and(name));
        // The throttle decides what the untrusted counts mean for a trusted browser (nothing).
        return new Recent(ofName.value1(), lastOfName, atAddress, ofNameAnywhere, device != null);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withdraw(long attempt) {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.ID.eq(attempt)).execute();
    }

    @Override
    @Transactional
    public void succeeded(String login, String address, String device, Instant at) {
        // A trusted browser forgets its own failures only: someone failing from the same address
        // gets no fresh start from the owner signing in there.
        var thisClient = device != null ? LOGIN_FAILURE.DEVICE.eq(device)
                : LOGIN_FAILURE.DEVICE.isNull().and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address));
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.LOGIN.eq(truncate(login, 254)).and(thisClient)).execute();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
