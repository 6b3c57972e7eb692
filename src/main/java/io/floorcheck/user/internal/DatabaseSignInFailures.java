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
import org.springframework.transaction.annotation.Transactional;

/** Failed sign-ins in the database, shared by every application node; a day's worth is kept. */
@Component
class DatabaseSignInFailures implements SignInFailures {

    private static final Duration KEPT = Duration.ofDays(1);

    private final DSLContext db;

    DatabaseSignInFailures(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Recent since(String login, String address, Instant since, int addressLimit) {
        var ofName = db.select(DSL.count(), DSL.max(LOGIN_FAILURE.FAILED_AT)).from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.LOGIN.eq(login).and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address))
                        .and(LOGIN_FAILURE.FAILED_AT.ge(utc(since))))
                .fetchOne();
        List<Instant> atAddress = db.select(LOGIN_FAILURE.FAILED_AT).from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address).and(LOGIN_FAILURE.FAILED_AT.ge(utc(since))))
                .orderBy(LOGIN_FAILURE.FAILED_AT.desc()).limit(addressLimit)
                .fetch(r -> r.value1().toInstant(ZoneOffset.UTC));
        LocalDateTime last = ofName.value2();
        return new Recent(ofName.value1(), last == null ? null : last.toInstant(ZoneOffset.UTC), atAddress);
    }

    @Override
    @Transactional
    public void failed(String login, String address, Instant at) {
        db.insertInto(LOGIN_FAILURE).set(LOGIN_FAILURE.LOGIN, truncate(login, 254))
                .set(LOGIN_FAILURE.CLIENT_ADDRESS, address).set(LOGIN_FAILURE.FAILED_AT, utc(at)).execute();
        // Counting needs a window of minutes; older rows only cost space.
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(utc(at.minus(KEPT)))).execute();
    }

    @Override
    @Transactional
    public void succeeded(String login, String address) {
        db.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.LOGIN.eq(login).and(LOGIN_FAILURE.CLIENT_ADDRESS.eq(address))).execute();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
