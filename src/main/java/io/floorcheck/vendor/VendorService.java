package io.floorcheck.vendor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.security.Roles;
import io.floorcheck.vendor.internal.VendorRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor master data: procurement and administrators keep it. Evaluation members read only
 * the candidates of their own evaluations, as cards without commercial notes.
 */
@Service
public class VendorService {

    static final String ENTITY = "vendor";
    private static final String KEEPERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')";

    private final VendorRepository vendors;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectProvider<VendorVisibility> visibility;
    private final ApplicationEventPublisher events;

    VendorService(VendorRepository vendors, AuditService audit, Clock clock,
            ObjectProvider<VendorVisibility> visibility, ApplicationEventPublisher events) {
        this.events = events;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock;
        this.visibility = visibility;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public List<VendorSummary> search(VendorFilter filter, int offset, int limit, List<VendorSort> sort) {
        return vendors.search(filter, offset, Math.min(limit, 500), sort);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public int count(VendorFilter filter) {
        return vendors.count(filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public Vendor vendor(long id) {
        return vendors.find(id).orElseThrow(() -> new RuleViolation("vendors.error.notFound"));
    }

    /**
     * Cards of the given vendors. Procurement sees any; anyone else only vendors that are
     * candidates in an evaluation they belong to — asking for any other is refused.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VendorCard> cards(Collection<Long> ids) {
        if (!isKeeper()) {
            VendorVisibility rule = visibility.getIfAvailable();
            for (long id : ids) {
                if (rule == null || !rule.maySee(id)) {
                    String what = "Vendor " + id + " is not a candidate of your evaluations";
                    events.publishEvent(AccessRefused.of(what));
                    throw new AccessDeniedException(what);
                }
            }
        }
        return vendors.cards(ids);
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public long create(VendorDraft draft) {
        VendorRules.require(draft);
        if (vendors.legalNameTaken(draft.legalName(), null)) {
            throw new RuleViolation("vendors.error.duplicate", draft.legalName().strip());
        }
        long id = vendors.insert(draft, clock.instant());
        audit.record(AuditEntry.of("VENDOR_CREATED", ENTITY, id).withValues(null, draft.legalName().strip()));
        return id;
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public int update(long id, int expectedVersion, VendorDraft draft) {
        VendorRules.require(draft);
        Vendor before = vendor(id);
        if (vendors.legalNameTaken(draft.legalName(), id)) {
            throw new RuleViolation("vendors.error.duplicate", draft.legalName().strip());
        }
        int version;
        try {
            version = vendors.update(id, expectedVersion, draft);
        } catch (DataIntegrityViolationException e) {
            // Names and sizes are checked above; what is left is a removed site that a visit refers to.
            throw new RuleViolation("vendors.error.siteInUse");
        }
        audit.record(AuditEntry.of("VENDOR_UPDATED", ENTITY, id)
                .withValues(describe(before.details()), describe(draft)));
        return version;
    }

    /**
     * Creates every vendor in the file, or none: a legal name that already exists is a
     * problem of its line like any other. Returns how many were created.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public int importCsv(byte[] csv) {
        List<VendorCsvReader.ReadVendor> read = VendorCsvReader.read(csv);
        Set<String> existing = vendors.existingKeys(read.stream()
                .map(v -> VendorRepository.legalNameKey(v.draft().legalName())).toList());
        List<ImportProblem> problems = new ArrayList<>();
        for (VendorCsvReader.ReadVendor vendor : read) {
            if (existing.contains(VendorRepository.legalNameKey(vendor.draft().legalName()))) {
                problems.add(ImportProblem.at(vendor.line(), "vendors.import.exists", vendor.draft().legalName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        // Each vendor gets its own entry, with its id, like one created by hand.
        read.forEach(vendor -> {
            long id = vendors.insert(vendor.draft(), clock.instant());
            audit.record(AuditEntry.of("VENDOR_CREATED", ENTITY, id).withValues(null, vendor.draft().legalName())
                    .withReason("Imported from a CSV file"));
        });
        // The names of the first 50 are enough to find the import again; the count says the rest.
        audit.record(AuditEntry.of("VENDORS_IMPORTED", ENTITY, null).withValues(null, read.size() + " vendors: "
                + String.join(", ", read.stream().limit(50).map(v -> v.draft().legalName()).toList())
                + (read.size() > 50 ? ", …" : "")));
        return read.size();
    }

    private static boolean isKeeper() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + Roles.ADMIN) || a.equals("ROLE_" + Roles.PROCUREMENT));
    }

    private static String describe(VendorDraft draft) {
        return draft.legalName() + " (" + draft.shortName() + "), " + draft.sites().size() + " sites, "
                + draft.contacts().size() + " contacts";
    }
}
