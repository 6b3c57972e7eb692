package io.floorcheck.evaluation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.evaluation.CoiDecision;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.Weights;
import io.floorcheck.security.DemoSeeder;
import io.floorcheck.security.SeedingClock;
import io.floorcheck.user.Person;
import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.VendorContact;
import io.floorcheck.vendor.VendorDraft;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo mode: three BPO candidates and one open evaluation, created through the services by the
 * demo people themselves (so the audit trail and every rule apply as in real use). All
 * evaluators but one have declared their conflicts, so a newcomer meets the gate.
 */
@Component
@Conditional(DemoDataCondition.class)
// After the demo users; before the demo visits of the evaluation.
@Order(DemoEvaluation.ORDER)
class DemoEvaluation extends DemoSeeder {

    /** Demo visits (a later feature) run after this, at a higher order. */
    static final int ORDER = 100;
    static final String NAME = "Inbound customer care outsourcing 2027";
    private static final String LEAD = "priya.nair@example.com";
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

    private final EvaluationService evaluations;
    private final VendorService vendors;

    DemoEvaluation(EvaluationService evaluations, VendorService vendors, UserDetailsService accounts,
            PlatformTransactionManager transactions) {
        super(accounts, transactions);
        this.evaluations = evaluations;
        this.vendors = vendors;
    }

    /** Set up five weeks ago, so that the visits (three and two weeks ago) come after it. */
    @Override
    protected void seed() {
        SeedingClock.at(Instant.now().minus(Duration.ofDays(35)), () -> {
            seedEvaluation();
            return null;
        });
    }

    private void seedEvaluation() {
        boolean seeded = as(LEAD, () -> evaluations.visible().stream().map(EvaluationSummary::name)
                .anyMatch(NAME::equals));
        if (seeded) {
            return;
        }
        long pacific = as(LEAD, () -> vendors.create(pacificHarbor()));
        long vistula = as(LEAD, () -> vendors.create(vistula()));
        long andes = as(LEAD, () -> vendors.create(andes()));
        long id = as(LEAD, () -> {
            EvaluationDraft defaults = evaluations.newDraft();
            long created = evaluations.create(new EvaluationDraft(NAME,
                    "Outsource tier-1 inbound voice and chat care for our EU and US customers (about 2.4 million "
                            + "contacts a year, English, German and Spanish), with a 3-year contract from Q3 2027. "
                            + "We visit each candidate's main site, sit with agents, and hear their leadership's "
                            + "first recommendations for our own operation.",
                    LocalDate.of(2027, 3, 31), defaults.visitRubricId(), defaults.recommendationRubricId(),
                    defaults.sessionRubricId(), Weights.DEFAULT));
            evaluations.setCandidates(created, List.of(pacific, vistula, andes));
            Map<String, Long> people = evaluations.people().stream()
                    .collect(Collectors.toMap(Person::name, Person::id, (a, b) -> a));
            evaluations.putMember(created, people.get("Marcus Weber"), MemberRole.EVALUATOR);
            evaluations.putMember(created, people.get("Sofía Álvarez"), MemberRole.EVALUATOR);
            evaluations.putMember(created, people.get("Kenji Tanaka"), MemberRole.EVALUATOR);
            evaluations.putMember(created, people.get("Claire Dubois"), MemberRole.READER);
            evaluations.advance(created, evaluations.evaluation(created).version());
            return created;
        });
        as("marcus.weber@example.com", () -> {
            for (long vendor : List.of(pacific, vistula, andes)) {
                evaluations.declare(id, vendor, false, null);
            }
            return null;
        });
        as("sofia.alvarez@example.com", () -> {
            evaluations.declare(id, pacific, false, null);
            evaluations.declare(id, vistula, false, null);
            evaluations.declare(id, andes, true, "I was workforce manager at Andes Contact Center in Bogotá from "
                    + "2019 to 2021. No shares, no contact with their leadership since.");
            return null;
        });
        as(LEAD, () -> {
            var evaluation = evaluations.evaluation(id);
            long sofia = evaluation.members().stream().filter(m -> m.name().equals("Sofía Álvarez"))
                    .findFirst().orElseThrow().userId();
            int version = evaluation.declaration(sofia, andes).orElseThrow().version();
            evaluations.decide(id, sofia, andes, version, CoiDecision.ALLOW, "Left Andes more than three years ago, no financial ties; the "
                    + "steering committee agreed her WFM expertise is needed on this visit.");
            return null;
        });
        log.info("Demo mode: created the evaluation '{}' with three candidates", NAME);
    }

    private static VendorDraft pacificHarbor() {
        return new VendorDraft("Pacific Harbor Contact Solutions Inc.", "Pacific Harbor", "Philippines",
                "https://pacificharbor.example.com",
                "Philippine BPO with 14,000 agents across Metro Manila and the Visayas; strong in telco and "
                        + "e-commerce voice care, growing chat and back office.",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL, ServiceLine.BACK_OFFICE),
                "English, Tagalog, Spanish (small team)",
                "Lowest rate card of the three. Asked to see their attrition figures per site.",
                List.of(new VendorSite("Makati City, Manila", "Philippines", 1800,
                                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL), "Asia/Manila"),
                        new VendorSite("Cebu City", "Philippines", 900,
                                Set.of(ServiceLine.VOICE, ServiceLine.BACK_OFFICE), "Asia/Manila")),
                List.of(new VendorContact("Ramon dela Cruz", "SVP Client Services", "ramon.delacruz@pacificharbor.example.com",
                                "+63 2 8555 0142"),
                        new VendorContact("Angelica Reyes", "Site Director, Cebu", "angelica.reyes@pacificharbor.example.com",
                                "+63 32 555 0188")));
    }

    private static VendorDraft vistula() {
        return new VendorDraft("Vistula Customer Experience sp. z o.o.", "Vistula CX", "Poland",
                "https://vistula-cx.example.com",
                "Multilingual nearshore hub in Kraków serving DACH, Nordics and France; 2,300 agents, known for "
                        + "technical support and low attrition.",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL),
                "English, German, French, Polish, Swedish",
                "Highest price; strongest German coverage.",
                List.of(new VendorSite("Kraków", "Poland", 650,
                                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL), "Europe/Warsaw"),
                        new VendorSite("Gdańsk", "Poland", 280, Set.of(ServiceLine.CHAT, ServiceLine.EMAIL),
                                "Europe/Warsaw")),
                List.of(new VendorContact("Katarzyna Nowak", "Managing Director", "k.nowak@vistula-cx.example.com",
                        "+48 12 555 0107")));
    }

    private static VendorDraft andes() {
        return new VendorDraft("Andes Contact Center S.A.S.", "Andes CC", "Colombia",
                "https://andes-cc.example.com",
                "Colombian nearshore provider for US brands, bilingual English/Spanish care from Bogotá and "
                        + "Medellín; 5,000 agents, strong in retail and travel.",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.BACK_OFFICE),
                "Spanish, English, Portuguese",
                "US time-zone overlap is their main argument; ask about German.",
                List.of(new VendorSite("Bogotá", "Colombia", 1100, Set.of(ServiceLine.VOICE, ServiceLine.CHAT),
                                "America/Bogota"),
                        new VendorSite("Medellín", "Colombia", 450, Set.of(ServiceLine.CHAT, ServiceLine.BACK_OFFICE),
                                "America/Bogota")),
                List.of(new VendorContact("Andrés Restrepo", "VP Sales, Europe", "andres.restrepo@andes-cc.example.com",
                                "+57 601 555 0163"),
                        new VendorContact("Paula Jiménez", "Operations Director, Bogotá",
                                "paula.jimenez@andes-cc.example.com", "+57 601 555 0177")));
    }
}
