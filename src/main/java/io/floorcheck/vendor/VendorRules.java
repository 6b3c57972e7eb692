package io.floorcheck.vendor;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.floorcheck.base.RuleViolation;

/**
 * What a vendor must satisfy, for the form and the import alike. Each problem is a message key
 * with arguments; the first one found is what a save reports.
 */
public final class VendorRules {

    public static final int LEGAL_NAME_LENGTH = 200;
    public static final int SHORT_NAME_LENGTH = 80;

    private VendorRules() {
    }

    /** A message key and its arguments. */
    public record Problem(String key, List<Object> args) {

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    public static List<Problem> problems(VendorDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (blank(draft.legalName())) {
            problems.add(Problem.of("vendors.rule.legalNameMissing"));
        } else if (draft.legalName().strip().length() > LEGAL_NAME_LENGTH) {
            problems.add(Problem.of("vendors.rule.tooLong", "legal_name", LEGAL_NAME_LENGTH));
        }
        if (blank(draft.shortName())) {
            problems.add(Problem.of("vendors.rule.shortNameMissing"));
        } else if (draft.shortName().strip().length() > SHORT_NAME_LENGTH) {
            problems.add(Problem.of("vendors.rule.tooLong", "short_name", SHORT_NAME_LENGTH));
        }
        longer(problems, "hq_country", draft.hqCountry(), 80);
        longer(problems, "website", draft.website(), 300);
        longer(problems, "languages", draft.languages(), 300);
        longer(problems, "description", draft.description(), VendorDraft.TEXT_LENGTH);
        longer(problems, "notes", draft.notes(), VendorDraft.TEXT_LENGTH);
        longer(problems, "service_lines", ServiceLine.store(draft.serviceLines()), 100);
        if (!blank(draft.website()) && !draft.website().strip().matches("(?i)https?://[^\\s]+")) {
            problems.add(Problem.of("vendors.rule.website", draft.website().strip()));
        }
        Set<String> places = new HashSet<>();
        for (VendorSite site : draft.sites()) {
            if (blank(site.city()) || blank(site.country())) {
                problems.add(Problem.of("vendors.rule.siteMissing"));
                continue;
            }
            if (!places.add(site.city().strip().toLowerCase(Locale.ROOT) + "|"
                    + site.country().strip().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.of("vendors.rule.siteTwice", site.city().strip()));
            }
            longer(problems, "site_city", site.city(), 120);
            longer(problems, "site_country", site.country(), 80);
            if (site.seats() != null && site.seats() < 0) {
                problems.add(Problem.of("vendors.rule.seats", site.city().strip()));
            }
            if (!validZone(site.timeZone())) {
                problems.add(Problem.of("vendors.rule.timeZone", site.timeZone() == null ? "" : site.timeZone(),
                        site.city().strip()));
            }
        }
        for (VendorContact contact : draft.contacts()) {
            longer(problems, "contact_name", contact.name(), 160);
            longer(problems, "contact_title", contact.title(), 160);
            longer(problems, "contact_email", contact.email(), 254);
            longer(problems, "contact_phone", contact.phone(), 60);
            if (blank(contact.name())) {
                problems.add(Problem.of("vendors.rule.contactName"));
            } else if (!blank(contact.email()) && !contact.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(Problem.of("vendors.rule.email", contact.email().strip()));
            }
        }
        return problems;
    }

    /** The column sizes of the schema, checked here so a long value gets a message, not a database error. */
    private static void longer(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(Problem.of("vendors.rule.tooLong", field, max));
        }
    }

    static void require(VendorDraft draft) {
        List<Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.getFirst().key(), problems.getFirst().args().toArray());
        }
    }

    public static boolean validZone(String zone) {
        if (blank(zone)) {
            return false;
        }
        try {
            // Region ids only ("Asia/Manila"): an offset like +08:00 ignores daylight saving.
            return zone.strip().contains("/") && ZoneId.of(zone.strip()) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
