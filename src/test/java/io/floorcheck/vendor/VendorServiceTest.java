package io.floorcheck.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Procurement's vendor master data on MariaDB: one vendor per legal entity, searchable, importable. */
@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class VendorServiceTest {

    private static final String HEADER = "legal_name,short_name,hq_country,website,description,service_lines,"
            + "languages,notes,site_city,site_country,site_seats,site_channels,site_time_zone\n";

    @Autowired VendorService vendors;
    @Autowired TestAccounts accounts;
    @Autowired io.floorcheck.audit.internal.AuditRepository audit;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private static VendorDraft draft(String legalName, String shortName, VendorSite... sites) {
        return new VendorDraft(legalName, shortName, "Colombia", "https://example.org", "Nearshore care",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT), "Spanish, English", "Rate card pending",
                List.of(sites), List.of(new VendorContact("Lucía Gómez", "Account director", "lucia@example.org",
                        "+57 1 555 0100")));
    }

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aVendorIsSavedWholeAndItsLegalNameIsUniqueWhateverTheSpelling() {
        long id = vendors.create(draft("Andes Contact Services S.A.S.", "Andes",
                new VendorSite("Bogotá", "Colombia", 650, Set.of(ServiceLine.VOICE), "America/Bogota"),
                new VendorSite("Medellín", "Colombia", 300, Set.of(ServiceLine.CHAT), "America/Bogota")));

        Vendor saved = vendors.vendor(id);
        assertThat(saved.details().sites()).extracting(VendorSite::city).containsExactly("Bogotá", "Medellín");
        assertThat(saved.details().contacts()).singleElement().satisfies(c -> assertThat(c.email())
                .isEqualTo("lucia@example.org"));
        assertThatThrownBy(() -> vendors.create(draft("  andes contact   SERVICES s.a.s.", "Andes 2")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("vendors.error.duplicate");
    }

    @Test
    void anUpdateKeepsTheIdsOfSavedSitesAndAStaleOneIsRefused() {
        long id = vendors.create(draft("Update Test BPO Ltd", "UpdateTest",
                new VendorSite("Cebu", "Philippines", 200, Set.of(ServiceLine.VOICE), "Asia/Manila")));
        VendorSite cebu = vendors.vendor(id).details().sites().getFirst();
        VendorDraft grown = draft("Update Test BPO Ltd", "UpdateTest",
                new VendorSite(cebu.id(), "Cebu", "Philippines", 260, Set.of(ServiceLine.VOICE), "Asia/Manila"),
                new VendorSite("Davao", "Philippines", 120, Set.of(ServiceLine.EMAIL), "Asia/Manila"));

        int version = vendors.update(id, 0, grown);

        assertThat(vendors.vendor(id).details().sites()).extracting(VendorSite::id, VendorSite::city, VendorSite::seats)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(cebu.id(), "Cebu", 260));
        VendorSite davao = vendors.vendor(id).details().sites().get(1);
        vendors.update(id, version, draft("Update Test BPO Ltd", "UpdateTest", davao));
        assertThat(vendors.vendor(id).details().sites()).extracting(VendorSite::id).containsExactly(davao.id());
        assertThatThrownBy(() -> vendors.update(id, version, grown))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void badDetailsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> vendors.create(draft("Zone BPO", "Zone",
                new VendorSite("Kraków", "Poland", 90, Set.of(), "+01:00"))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("vendors.rule.timeZone");
        assertThatThrownBy(() -> vendors.create(draft(" ", "Nameless")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("vendors.rule.legalNameMissing");
    }

    @Test
    void theListFiltersByTextAndServiceLineAndPagesAndSortsInTheDatabase() {
        String tag = "Srch" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            vendors.create(new VendorDraft(tag + " Vendor " + i, tag + i, "Country " + (6 - i), null, null,
                    i % 2 == 0 ? Set.of(ServiceLine.EMAIL) : Set.of(ServiceLine.VOICE), null, null,
                    List.of(new VendorSite("City" + tag + i, "Country", i * 10, Set.of(), "Europe/Warsaw")), List.of()));
        }
        VendorFilter byText = new VendorFilter(tag.toLowerCase(), null);

        assertThat(vendors.count(byText)).isEqualTo(5);
        assertThat(vendors.count(new VendorFilter(tag, ServiceLine.EMAIL))).isEqualTo(2);
        assertThat(vendors.count(new VendorFilter("city" + tag + "3", null))).as("site cities are searched too")
                .isEqualTo(1);
        List<VendorSummary> page = vendors.search(byText, 1, 2,
                List.of(new VendorSort(VendorSort.Column.HQ_COUNTRY, true)));
        assertThat(page).extracting(VendorSummary::shortName).containsExactly(tag + 4, tag + 3);
        assertThat(vendors.search(byText, 0, 1, List.of(new VendorSort(VendorSort.Column.SEATS, false))))
                .singleElement().satisfies(v -> assertThat(v.seats()).isEqualTo(50));
    }

    @Test
    void anImportCreatesEveryVendorWithItsSites() {
        String tag = "Imp" + System.nanoTime();
        int created = vendors.importCsv(csv(
                tag + " Manila Hub Inc.,MH" + tag + ",Philippines,https://mh.example.com,,Voice;Chat,English,,"
                        + "Manila,Philippines,800,Voice,Asia/Manila\n"
                        + tag + " Manila Hub Inc.,MH" + tag + ",Philippines,https://mh.example.com,,Voice;Chat,English,,"
                        + "Cebu,Philippines,400,Voice;Chat,Asia/Manila\n"
                        + tag + " Wisła Care sp. z o.o.,WC" + tag + ",Poland,,,Back office,Polish;German,,,,,,\n"));

        assertThat(created).isEqualTo(2);
        List<VendorSummary> found = vendors.search(new VendorFilter(tag, null), 0, 10, List.of());
        assertThat(found).extracting(VendorSummary::siteCount).containsExactly(2, 0);
        assertThat(found.getFirst().serviceLines()).containsExactlyInAnyOrder(ServiceLine.VOICE, ServiceLine.CHAT);
        // Each imported vendor is on record under its own id.
        for (VendorSummary vendor : found) {
            assertThat(audit.forEntity("vendor", String.valueOf(vendor.id()))).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("VENDOR_CREATED");
                assertThat(entry.newValue()).startsWith(tag);
                assertThat(entry.reason()).isEqualTo("Imported from a CSV file");
            });
        }
    }

    @Test
    void aBadImportNamesEachLineAndWritesNothing() {
        String tag = "Bad" + System.nanoTime();
        vendors.create(draft(tag + " Existing Ltd", "Existing"));
        byte[] file = csv(tag + " New One,N1,Peru,,,Voice,,,Lima,Peru,many,Voice,America/Lima\n"
                + tag + " New Two,N2,Peru,,,Telepathy,,,Lima,Peru,10,Voice,Lima\n"
                + tag + " New Three,N3,Peru,,,Voice,,,Lima,Peru,10,Voice,America/Lima\n"
                + tag + " NEW THREE,N3 other,Peru,,,Voice,,,Cusco,Peru,10,Voice,America/Lima\n");
        byte[] duplicate = csv(tag + " existing LTD,E,Peru,,,Voice,,,Lima,Peru,10,Voice,America/Lima\n"
                + tag + " Fresh,F,Peru,,,Voice,,,Lima,Peru,10,Voice,America/Lima\n");

        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> vendors.importCsv(file));
        ImportRefused exists = catchThrowableOfType(ImportRefused.class, () -> vendors.importCsv(duplicate));

        assertThat(refused.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly(
                "2 import.notAWholeNumber", "3 vendors.import.serviceLine", "5 vendors.import.vendorDiffers");
        assertThat(exists.problems()).extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "vendors.import.exists"));
        assertThat(vendors.count(new VendorFilter(tag, null))).as("nothing written").isEqualTo(1);
    }

    @Test
    void aSiteTimeZoneMustBeARegionAndIsReportedAtTheVendorsLine() {
        String tag = "Tz" + System.nanoTime();
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> vendors.importCsv(csv(
                tag + " Zone Ltd,Z,Peru,,,Voice,,,Lima,Peru,10,Voice,Lima\n")));

        assertThat(refused.problems()).extracting(p -> p.line() + " " + p.key())
                .containsExactly("2 vendors.rule.timeZone");
    }

    @Test
    void aNameWithInvisibleCharactersIsTheSameVendorAndCannotReverseTheTextAfterIt() {
        String tag = "Zw" + System.nanoTime();
        long id = vendors.create(draft(tag + " Andes Contact Center S.A.S.", "Andes"));

        // A zero-width space, a byte-order mark and a full-width letter: the same legal entity.
        assertThatThrownBy(() -> vendors.create(draft(tag + " Andes\u200B Contact\uFEFF Center S.Ａ.S.", "Andes 2")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("vendors.error.duplicate");
        long reversed = vendors.create(draft(tag + " Harbor \u202Etxt.exe\u202C Ltd", "Harbor\u2067"));
        assertThat(vendors.vendor(reversed).details().legalName()).isEqualTo(tag + " Harbor txt.exe Ltd");
        assertThat(vendors.vendor(reversed).details().shortName()).isEqualTo("Harbor");
        assertThat(vendors.vendor(id).details().legalName()).isEqualTo(tag + " Andes Contact Center S.A.S.");
    }

    @Test
    void longTextsAreRefusedWithTheirLimitNotStored() {
        String tag = "Long" + System.nanoTime();
        VendorDraft huge = new VendorDraft(tag + " Ltd", "Long", null, null, "x".repeat(VendorDraft.TEXT_LENGTH + 1),
                Set.of(ServiceLine.VOICE), null, null, List.of(), List.of());

        assertThatThrownBy(() -> vendors.create(huge)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("vendors.rule.tooLong").hasMessageContaining("4000");
        assertThat(vendors.count(new VendorFilter(tag, null))).isZero();
    }

    @Test
    void aFileThatIsNotCsvSaysWhatToFixWithoutNamingTheParser() {
        ImportRefused broken = catchThrowableOfType(ImportRefused.class, () -> vendors.importCsv(csv(
                "\"Unclosed Ltd,U,Peru,,,Voice,,,Lima,Peru,10,Voice,America/Lima\n")));
        ImportRefused headerOnly = catchThrowableOfType(ImportRefused.class, () -> vendors.importCsv(csv("")));

        assertThat(broken.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("import.unreadable");
            assertThat(problem.args()).isEmpty();
        });
        assertThat(headerOnly.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly("2 import.noVendors");
    }
}
