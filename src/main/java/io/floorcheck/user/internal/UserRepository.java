package io.floorcheck.user.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.APP_USER_ROLE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.floorcheck.db.tables.records.AppUserRecord;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserDraft;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Users and their roles. E-mail addresses are stored lower-case, so lookups are exact matches. */
@Repository
public class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    public static String normalizeEmail(String email) {
        return io.floorcheck.security.Logins.normalize(email);
    }

    public long insert(UserDraft draft, String passwordHash, Instant now) {
        return insert(draft, passwordHash, false, now);
    }

    /** Inserts a user; {@code changeRequired} when the password was generated for them. */
    public long insert(UserDraft draft, String passwordHash, boolean changeRequired, Instant now) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.EMAIL, normalizeEmail(draft.email()))
                .set(APP_USER.DISPLAY_NAME, draft.displayName().trim())
                .set(APP_USER.TITLE, blankToNull(draft.title()))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.PASSWORD_CHANGE_REQUIRED, changeRequired)
                .set(APP_USER.CREATED_AT, utc(now))
                .set(APP_USER.UPDATED_AT, utc(now))
                .set(APP_USER.VERSION, 0)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        insertRoles(id, draft.roles());
        return id;
    }

    public Optional<UserAccount> findById(long id) {
        return find(APP_USER.ID.eq(id)).stream().findFirst();
    }

    public List<UserAccount> findByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : find(APP_USER.ID.in(ids));
    }

    public List<UserAccount> findByEmails(java.util.Collection<String> emails) {
        return emails.isEmpty() ? List.of() : find(APP_USER.EMAIL.in(emails.stream().map(UserRepository::normalizeEmail)
                .toList()));
    }

    public Optional<UserAccount> findByEmail(String email) {
        return find(APP_USER.EMAIL.eq(normalizeEmail(email))).stream().findFirst();
    }

    public Optional<String> passwordHash(String email) {
        return credentials(email).map(Credentials::passwordHash);
    }

    /**
     * What a sign-in checks, the version a session compares against later, and whether the
     * password was seen by someone else and must be replaced.
     */
    public record Credentials(String passwordHash, int version, boolean changeRequired) {
    }

    public Optional<Credentials> credentials(String email) {
        return db.select(APP_USER.PASSWORD_HASH, APP_USER.CREDENTIALS_VERSION, APP_USER.PASSWORD_CHANGE_REQUIRED)
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(normalizeEmail(email)))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3()));
    }

    /** Users whose name, e-mail or title contains the filter (case-insensitive), by name. */
    public List<UserAccount> search(String filter) {
        Condition condition = DSL.trueCondition();
        if (filter != null && !filter.isBlank()) {
            String like = "%" + filter.trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = DSL.lower(APP_USER.DISPLAY_NAME).like(like, '\\')
                    .or(APP_USER.EMAIL.like(like, '\\'))
                    .or(DSL.lower(APP_USER.TITLE).like(like, '\\'));
        }
        return find(condition);
    }

    /**
     * The enabled users with a role, their rows locked until the transaction ends, so two
     * administrators demoting each other at the same moment cannot both pass a "another
     * administrator remains" check.
     */
    public List<Long> lockEnabledWithRole(String role) {
        // A join, not a subquery: a locking read locks and re-reads the rows of both tables,
        // while a nested subquery would read the role rows from the transaction's snapshot.
        return db.select(APP_USER.ID).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue().and(APP_USER_ROLE.ROLE.eq(role)))
                .forUpdate()
                .fetch(APP_USER.ID);
    }

    public boolean existsEnabledWithRole(String role) {
        return countEnabledWithRole(role) > 0;
    }

    // A plain SELECT COUNT(*) with a join: fetchCount(select) derives a table with a column
    // list, which MariaDB does not accept.
    public int countEnabledWithRole(String role) {
        return db.selectCount().from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue().and(APP_USER_ROLE.ROLE.eq(role)))
                .fetchOne(0, int.class);
    }

    /** Updates profile and roles if nobody changed the user since {@code expectedVersion}. */
    public void update(long id, int expectedVersion, UserDraft draft, Instant now) {
        boolean rolesChange = !rolesOf(List.of(id)).getOrDefault(id, Set.of()).equals(draft.roles());
        int updated = db.update(APP_USER)
                .set(APP_USER.EMAIL, normalizeEmail(draft.email()))
                .set(APP_USER.DISPLAY_NAME, draft.displayName().trim())
                .set(APP_USER.TITLE, blankToNull(draft.title()))
                // New roles end the sessions signed in under the old ones; a new name does not.
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(rolesChange ? 1 : 0))
                .set(APP_USER.UPDATED_AT, utc(now))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute();
        requireOne(updated, id);
        if (rolesChange) {
            db.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(id)).execute();
            insertRoles(id, draft.roles());
        }
    }

    public void setEnabled(long id, int expectedVersion, boolean enabled, Instant now) {
        int updated = db.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, utc(now))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute();
        requireOne(updated, id);
    }

    /**
     * Replaces the password and returns the new credentials version. {@code changeRequired}
     * is true when someone other than the user chose it (generated for them).
     */
    public int setPasswordHash(long id, String passwordHash, boolean changeRequired, Instant now) {
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGE_REQUIRED, changeRequired)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, utc(now))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
        return db.select(APP_USER.CREDENTIALS_VERSION).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOne(APP_USER.CREDENTIALS_VERSION);
    }

    private List<UserAccount> find(Condition condition) {
        List<AppUserRecord> users = db.selectFrom(APP_USER).where(condition)
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.EMAIL).fetch();
        Map<Long, Set<String>> roles = rolesOf(users.stream().map(AppUserRecord::getId).toList());
        return users.stream().map(u -> new UserAccount(u.getId(), u.getEmail(), u.getDisplayName(), u.getTitle(),
                roles.getOrDefault(u.getId(), Set.of()), u.getEnabled(), u.getVersion())).toList();
    }

    private Map<Long, Set<String>> rolesOf(Collection<Long> userIds) {
        Map<Long, Set<String>> roles = new HashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        db.select(APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.in(userIds))
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return roles;
    }

    private void insertRoles(long userId, Set<String> roles) {
        var insert = db.insertInto(APP_USER_ROLE, APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE);
        roles.stream().sorted().forEach(role -> insert.values(userId, role));
        insert.execute();
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("User " + id + " was changed or removed concurrently");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
