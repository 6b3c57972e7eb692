package io.floorcheck.vendor.internal;

import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_CONTACT;
import static io.floorcheck.db.Tables.VENDOR_SITE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.Vendor;
import io.floorcheck.vendor.VendorCard;
import io.floorcheck.vendor.VendorContact;
import io.floorcheck.vendor.VendorDraft;
import io.floorcheck.vendor.VendorFilter;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.vendor.VendorSort;
import io.floorcheck.vendor.VendorSummary;
import io.floorcheck.db.tables.records.VendorRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Vendors with their sites and contacts. The list query pages and sorts in the database. */
@Repository
public class VendorRepository {

    private static final Field<Integer> SITE_COUNT = DSL.field(DSL.selectCount().from(VENDOR_SITE)
            .where(VENDOR_SITE.VENDOR_ID.eq(VENDOR.ID))).as("site_count");
    private static final Field<java.math.BigDecimal> SEATS = DSL.field(DSL.select(DSL.coalesce(
            DSL.sum(VENDOR_SITE.SEATS), DSL.inline(java.math.BigDecimal.ZERO))).from(VENDOR_SITE)
            .where(VENDOR_SITE.VENDOR_ID.eq(VENDOR.ID))).as("seats");

    private final DSLContext db;

    VendorRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The key that makes "ACME Ltd", "acme  ltd" and "ACME\u200B Ltd" the same legal entity:
     * lookalikes folded by {@link io.floorcheck.base.Text#key}, then accents and case as
     * utf8mb4_unicode_ci folds them, so both databases agree.
     */
    public static String legalNameKey(String legalName) {
        return java.text.Normalizer.normalize(io.floorcheck.base.Text.key(legalName), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public List<VendorSummary> search(VendorFilter filter, int offset, int limit, List<VendorSort> sort) {
        var rows = db.select(VENDOR.ID, VENDOR.LEGAL_NAME, VENDOR.SHORT_NAME, VENDOR.HQ_COUNTRY,
                        VENDOR.SERVICE_LINES, SITE_COUNT, SEATS)
                .from(VENDOR)
                .where(condition(filter))
                .orderBy(order(sort))
                .limit(limit).offset(offset)
                .fetch();
        List<Long> ids = rows.getValues(VENDOR.ID);
        Map<Long, List<String>> cities = ids.isEmpty() ? Map.of() : db.select(VENDOR_SITE.VENDOR_ID, VENDOR_SITE.CITY)
                .from(VENDOR_SITE).where(VENDOR_SITE.VENDOR_ID.in(ids))
                .orderBy(VENDOR_SITE.SORT_ORDER).fetchGroups(VENDOR_SITE.VENDOR_ID, VENDOR_SITE.CITY);
        return rows.map(r -> new VendorSummary(r.get(VENDOR.ID), r.get(VENDOR.LEGAL_NAME), r.get(VENDOR.SHORT_NAME),
                r.get(VENDOR.HQ_COUNTRY), ServiceLine.parseStored(r.get(VENDOR.SERVICE_LINES)),
                r.get(SITE_COUNT), r.get(SEATS).intValue(),
                String.join(", ", cities.getOrDefault(r.get(VENDOR.ID), List.of()))));
    }

    public int count(VendorFilter filter) {
        return db.selectCount().from(VENDOR).where(condition(filter)).fetchOne(0, int.class);
    }

    private static Condition condition(VendorFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(DSL.lower(VENDOR.LEGAL_NAME).like(like, '\\')
                    .or(DSL.lower(VENDOR.SHORT_NAME).like(like, '\\'))
                    .or(DSL.lower(VENDOR.HQ_COUNTRY).like(like, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(VENDOR_SITE).where(VENDOR_SITE.VENDOR_ID.eq(VENDOR.ID)
                            .and(DSL.lower(VENDOR_SITE.CITY).like(like, '\\')
                                    .or(DSL.lower(VENDOR_SITE.COUNTRY).like(like, '\\')))))));
        }
        if (filter.serviceLine() != null) {
            condition = condition.and(DSL.concat(DSL.inline(","), VENDOR.SERVICE_LINES, DSL.inline(","))
                    .like("%," + filter.serviceLine().name() + ",%"));
        }
        return condition;
    }

    private static List<SortField<?>> order(List<VendorSort> sort) {
        List<SortField<?>> fields = new java.util.ArrayList<>();
        for (VendorSort s : sort) {
            Field<?> field = switch (s.column()) {
                case LEGAL_NAME -> VENDOR.LEGAL_NAME;
                case SHORT_NAME -> VENDOR.SHORT_NAME;
                case HQ_COUNTRY -> VENDOR.HQ_COUNTRY;
                case SITES -> SITE_COUNT;
                case SEATS -> SEATS;
            };
            fields.add(s.ascending() ? field.asc() : field.desc());
        }
        fields.add(VENDOR.LEGAL_NAME.asc());
        fields.add(VENDOR.ID.asc());
        return fields;
    }

    public Optional<Vendor> find(long id) {
        VendorRecord vendor = db.selectFrom(VENDOR).where(VENDOR.ID.eq(id)).fetchOne();
        if (vendor == null) {
            return Optional.empty();
        }
        return Optional.of(new Vendor(id, vendor.getVersion(), new VendorDraft(vendor.getLegalName(),
                vendor.getShortName(), vendor.getHqCountry(), vendor.getWebsite(), vendor.getDescription(),
                ServiceLine.parseStored(vendor.getServiceLines()), vendor.getLanguages(), vendor.getNotes(),
                sites(List.of(id)).getOrDefault(id, List.of()), contacts(id))));
    }

    public List<VendorCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VendorSite>> sites = sites(ids);
        return db.selectFrom(VENDOR).where(VENDOR.ID.in(ids)).orderBy(VENDOR.SHORT_NAME)
                .fetch(v -> new VendorCard(v.getId(), v.getLegalName(), v.getShortName(), v.getHqCountry(),
                        v.getDescription(), ServiceLine.parseStored(v.getServiceLines()), v.getLanguages(),
                        sites.getOrDefault(v.getId(), List.of())));
    }

    private Map<Long, List<VendorSite>> sites(Collection<Long> vendorIds) {
        return db.selectFrom(VENDOR_SITE).where(VENDOR_SITE.VENDOR_ID.in(vendorIds)).orderBy(VENDOR_SITE.SORT_ORDER)
                .fetchGroups(VENDOR_SITE.VENDOR_ID, s -> new VendorSite(s.getId(), s.getCity(), s.getCountry(),
                        s.getSeats(), ServiceLine.parseStored(s.getChannels()), s.getTimeZone()));
    }

    private List<VendorContact> contacts(long vendorId) {
        return db.selectFrom(VENDOR_CONTACT).where(VENDOR_CONTACT.VENDOR_ID.eq(vendorId))
                .orderBy(VENDOR_CONTACT.SORT_ORDER)
                .fetch(c -> new VendorContact(c.getName(), c.getTitle(), c.getEmail(), c.getPhone()));
    }

    public boolean legalNameTaken(String legalName, Long except) {
        Condition same = VENDOR.LEGAL_NAME_KEY.eq(legalNameKey(legalName));
        return db.fetchExists(VENDOR, except == null ? same : same.and(VENDOR.ID.ne(except)));
    }

    /** The legal-name keys of all vendors among the given ones that already exist. */
    public Set<String> existingKeys(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : Set.copyOf(db.select(VENDOR.LEGAL_NAME_KEY).from(VENDOR)
                .where(VENDOR.LEGAL_NAME_KEY.in(keys)).fetch(VENDOR.LEGAL_NAME_KEY));
    }

    public long insert(VendorDraft draft, Instant now) {
        long id = db.insertInto(VENDOR)
                .set(VENDOR.LEGAL_NAME, draft.legalName().strip())
                .set(VENDOR.LEGAL_NAME_KEY, legalNameKey(draft.legalName()))
                .set(VENDOR.SHORT_NAME, draft.shortName().strip())
                .set(VENDOR.HQ_COUNTRY, blankToNull(draft.hqCountry()))
                .set(VENDOR.WEBSITE, blankToNull(draft.website()))
                .set(VENDOR.DESCRIPTION, blankToNull(draft.description()))
                .set(VENDOR.SERVICE_LINES, ServiceLine.store(draft.serviceLines()))
                .set(VENDOR.LANGUAGES, blankToNull(draft.languages()))
                .set(VENDOR.NOTES, blankToNull(draft.notes()))
                .set(VENDOR.CREATED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(VENDOR.VERSION, 0)
                .returning(VENDOR.ID)
                .fetchOne(VENDOR.ID);
        insertChildren(id, draft);
        return id;
    }

    public int update(long id, int expectedVersion, VendorDraft draft) {
        int updated = db.update(VENDOR)
                .set(VENDOR.LEGAL_NAME, draft.legalName().strip())
                .set(VENDOR.LEGAL_NAME_KEY, legalNameKey(draft.legalName()))
                .set(VENDOR.SHORT_NAME, draft.shortName().strip())
                .set(VENDOR.HQ_COUNTRY, blankToNull(draft.hqCountry()))
                .set(VENDOR.WEBSITE, blankToNull(draft.website()))
                .set(VENDOR.DESCRIPTION, blankToNull(draft.description()))
                .set(VENDOR.SERVICE_LINES, ServiceLine.store(draft.serviceLines()))
                .set(VENDOR.LANGUAGES, blankToNull(draft.languages()))
                .set(VENDOR.NOTES, blankToNull(draft.notes()))
                .set(VENDOR.VERSION, expectedVersion + 1)
                .where(VENDOR.ID.eq(id).and(VENDOR.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Vendor " + id + " was changed concurrently");
        }
        updateSites(id, draft.sites());
        db.deleteFrom(VENDOR_CONTACT).where(VENDOR_CONTACT.VENDOR_ID.eq(id)).execute();
        insertContacts(id, draft);
        return expectedVersion + 1;
    }

    /**
     * Sites keep their ids: a saved site is updated in place, a new one inserted, and one no
     * longer listed deleted (which the database refuses once a visit refers to it).
     */
    private void updateSites(long vendorId, List<VendorSite> sites) {
        Set<Long> existing = Set.copyOf(db.select(VENDOR_SITE.ID).from(VENDOR_SITE)
                .where(VENDOR_SITE.VENDOR_ID.eq(vendorId)).fetch(VENDOR_SITE.ID));
        Set<Long> kept = sites.stream().map(VendorSite::id).filter(java.util.Objects::nonNull).filter(existing::contains)
                .collect(java.util.stream.Collectors.toSet());
        db.deleteFrom(VENDOR_SITE).where(VENDOR_SITE.VENDOR_ID.eq(vendorId).and(VENDOR_SITE.ID.notIn(kept))).execute();
        // Sort orders are unique per vendor only in intent (no constraint), so they can be rewritten in any order.
        for (int i = 0; i < sites.size(); i++) {
            VendorSite site = sites.get(i);
            if (site.id() != null && kept.contains(site.id())) {
                db.update(VENDOR_SITE).set(VENDOR_SITE.SORT_ORDER, i + 1).set(VENDOR_SITE.CITY, site.city().strip())
                        .set(VENDOR_SITE.COUNTRY, site.country().strip()).set(VENDOR_SITE.SEATS, site.seats())
                        .set(VENDOR_SITE.CHANNELS, ServiceLine.store(site.channels()))
                        .set(VENDOR_SITE.TIME_ZONE, site.timeZone().strip())
                        .where(VENDOR_SITE.ID.eq(site.id())).execute();
            } else {
                insertSite(vendorId, i + 1, site);
            }
        }
    }

    private void insertSite(long vendorId, int order, VendorSite site) {
        db.insertInto(VENDOR_SITE, VENDOR_SITE.VENDOR_ID, VENDOR_SITE.SORT_ORDER, VENDOR_SITE.CITY, VENDOR_SITE.COUNTRY,
                        VENDOR_SITE.SEATS, VENDOR_SITE.CHANNELS, VENDOR_SITE.TIME_ZONE)
                .values(vendorId, order, site.city().strip(), site.country().strip(), site.seats(),
                        ServiceLine.store(site.channels()), site.timeZone().strip())
                .execute();
    }

    private void insertChildren(long id, VendorDraft draft) {
        for (int i = 0; i < draft.sites().size(); i++) {
            insertSite(id, i + 1, draft.sites().get(i));
        }
        insertContacts(id, draft);
    }

    private void insertContacts(long id, VendorDraft draft) {
        if (!draft.contacts().isEmpty()) {
            var insert = db.insertInto(VENDOR_CONTACT, VENDOR_CONTACT.VENDOR_ID, VENDOR_CONTACT.SORT_ORDER,
                    VENDOR_CONTACT.NAME, VENDOR_CONTACT.TITLE, VENDOR_CONTACT.EMAIL, VENDOR_CONTACT.PHONE);
            for (int i = 0; i < draft.contacts().size(); i++) {
                VendorContact contact = draft.contacts().get(i);
                insert.values(id, i + 1, contact.name().strip(), blankToNull(contact.title()),
                        blankToNull(contact.email()), blankToNull(contact.phone()));
            }
            insert.execute();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
