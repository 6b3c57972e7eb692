package io.floorcheck.evaluation.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.CoiDecision;
import io.floorcheck.evaluation.CoiDeclaration;
import io.floorcheck.evaluation.CoiReview;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.rubric.VersionChoice;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.vendor.VendorSite;
import jakarta.annotation.security.PermitAll;

/**
 * An evaluation for every member: what it is, the candidates and their sites, the team, the
 * evaluator's own open tasks (declare conflicts first) and the record of all declarations, where
 * the lead decides each conflict either way. {@code ?declare=<vendor>} opens the current
 * evaluator's declaration for that candidate, so a conflict gate anywhere links straight to it.
 * An administrator who is not on the team may hand the evaluation to a new lead, nothing else.
 */
@Route("evaluations/view")
@PermitAll
class EvaluationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private long id;
    private String title = "";

    EvaluationView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassName("fc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long evaluationId) {
        id = evaluationId;
        Evaluation evaluation = render();
        // From the home page's to-do list: land on the card to act on, not on the top of the page.
        event.getLocation().getQueryParameters().getSingleParameter("at")
                .filter(card -> card.equals("my-tasks") || card.equals("coi-record"))
                .flatMap(card -> getChildren().filter(child -> child.getId().filter(card::equals).isPresent())
                        .findFirst())
                .ifPresent(com.vaadin.flow.component.Component::scrollIntoView);
        event.getLocation().getQueryParameters().getSingleParameter("declare").ifPresent(vendor -> {
            if (evaluation.myRole() == MemberRole.EVALUATOR && evaluation.status() != EvaluationStatus.LOCKED) {
                evaluation.candidates().stream().filter(c -> String.valueOf(c.id()).equals(vendor)).findFirst()
                        .ifPresent(candidate -> new DeclarationDialog(evaluations, id, candidate, this::render).open());
            }
        });
    }

    private Evaluation render() {
        removeAll();
        Evaluation evaluation = evaluations.evaluation(id);
        title = evaluation.name();
        H1 heading = new H1(evaluation.name());
        heading.setId("evaluation-title");
        Div status = new Div(StatusBadge.of(evaluation.status()));
        status.addClassName("fc-actions");
        if (evaluation.decisionDate() != null) {
            status.add(new Span(getTranslation("evaluations.decisionBy", DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(evaluation.decisionDate()))));
        }
        if (evaluation.myRole() != null) {
            status.add(new Span(getTranslation("evaluations.youAre", getTranslation("evaluations.role." + evaluation.myRole()))));
        }
        if (evaluation.myRole() == MemberRole.LEAD) {
            Button setup = new Button(getTranslation("evaluations.setup"), VaadinIcon.COG.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(EvaluationSetupView.class, id)));
            setup.setId("evaluation-setup");
            status.add(setup);
        }
        if (evaluation.myRole() == null) {
            // An administrator outside the team: the one thing they do here is hand it to a new lead.
            Button handOver = new Button(getTranslation("evaluations.handOver"), VaadinIcon.EXCHANGE.create(),
                    e -> new HandOverDialog(evaluations, evaluation, this::render).open());
            handOver.setId("evaluation-hand-over");
            status.add(handOver);
        } else {
            // The visits are their own feature's page: linked by path, so evaluation does not depend on visit.
            Button visitsButton = new Button(getTranslation("evaluations.visits"), VaadinIcon.CALENDAR_USER.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("evaluations/visits/" + id)));
            visitsButton.setId("evaluation-visits");
            status.add(visitsButton);
            Button record = new Button(getTranslation("record.open"), VaadinIcon.RECORDS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RecordView.class, id)));
            record.setId("evaluation-record");
            status.add(record);
            if (evaluations.mayReadEveryVendorsScores(id)) {
                // The comparison, its board and its download, linked by path (comparison builds on evaluation).
                Button comparison = new Button(getTranslation("comparison.open"), VaadinIcon.BAR_CHART.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("evaluations/" + id + "/comparison")));
                comparison.setId("evaluation-comparison");
                comparison.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button board = new Button(getTranslation("comparison.board"), VaadinIcon.GROUP.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("evaluations/" + id + "/consensus")));
                board.setId("evaluation-board");
                status.add(comparison, board);
                Anchor data = new Anchor("evaluations/" + id + "/data.zip", getTranslation("evaluation.dataPackage"));
                data.setId("evaluation-data-package");
                data.getElement().setAttribute("router-ignore", true);
                data.getElement().setAttribute("download", true);
                data.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
                data.addClassName("fc-action-link");
                status.add(data);
            }
        }
        add(heading, status);
        if (evaluation.scope() != null) {
            add(new Paragraph(evaluation.scope()));
        }
        if (evaluation.myRole() == MemberRole.EVALUATOR) {
            add(myTasks(evaluation));
        }
        add(candidates(evaluation), setupSummary(evaluation), team(evaluation), record(evaluation));
        return evaluation;
    }

    private Div myTasks(Evaluation evaluation) {
        long me = CurrentUser.account().orElseThrow().id();
        Div card = card("my-tasks", getTranslation("evaluations.myTasks"));
        card.add(new Paragraph(getTranslation("coi.why")));
        for (Candidate candidate : evaluation.candidates()) {
            var declaration = evaluation.declaration(me, candidate.id());
            Span name = new Span(candidate.name());
            name.addClassName("fc-strong");
            Span state = new Span(declaration.map(this::stateOf).orElse(getTranslation("coi.state.missing")));
            state.addClassName("fc-coi-state");
            state.getElement().setAttribute("data-state", declaration.map(d -> switch (d.review()) {
                case PENDING -> "pending";
                case EXCLUDED -> "excluded";
                case ALLOWED -> "mitigated";
                case NONE -> "clear";
            }).orElse("missing"));
            Button declare = new Button(getTranslation(declaration.isPresent() ? "coi.change" : "coi.declare"),
                    e -> new DeclarationDialog(evaluations, id, candidate, this::render).open());
            declare.setId("declare-" + candidate.id());
            declare.setEnabled(evaluation.status() != EvaluationStatus.LOCKED);
            if (declaration.isEmpty()) {
                declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Div row = new Div(name, state, declare);
            row.addClassName("fc-task-row");
            card.add(row);
        }
        return card;
    }

    private String stateOf(CoiDeclaration declaration) {
        String when = ViewerTime.date(declaration.declaredAt(), getLocale());
        return switch (declaration.review()) {
            case NONE -> getTranslation("coi.state.clear", when);
            case PENDING -> getTranslation(declaration.conflict() ? "coi.state.pending" : "coi.state.pendingChange",
                    when);
            case ALLOWED -> getTranslation("coi.state.mitigated", declaration.decidedBy());
            case EXCLUDED -> getTranslation("coi.state.excluded", declaration.decidedBy());
        };
    }

    private Div candidates(Evaluation evaluation) {
        Div card = card("candidates", getTranslation("evaluations.candidates"));
        if (evaluation.candidates().isEmpty()) {
            card.add(new Paragraph(getTranslation("evaluations.noCandidates")));
        }
        Div list = new Div();
        list.addClassName("fc-candidates");
        for (Candidate candidate : evaluation.candidates()) {
            var vendor = candidate.vendor();
            Div box = new Div(new H3(vendor.shortName()));
            box.addClassName("fc-candidate");
            Span legal = new Span(vendor.legalName() + (vendor.hqCountry() == null ? "" : " · " + vendor.hqCountry()));
            legal.addClassName("fc-muted");
            box.add(legal);
            if (vendor.description() != null) {
                box.add(new Paragraph(vendor.description()));
            }
            for (VendorSite site : vendor.sites()) {
                Span line = new Span(getTranslation("evaluations.site", site.city(), site.country(),
                        site.seats() == null ? "–" : site.seats(), site.timeZone()));
                line.addClassName("fc-site-line");
                box.add(line);
            }
            if (evaluation.frozen() && evaluation.myRole() != null) {
                // The recommendation feature's read view; named by its route, as this feature sits below it.
                Button recommendations = new Button(getTranslation("evaluations.recommendations"),
                        VaadinIcon.LIGHTBULB.create(), e -> getUI().ifPresent(ui -> ui.navigate("evaluations/"
                                + evaluation.id() + "/vendors/" + candidate.id() + "/recommendations")));
                recommendations.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                recommendations.setId("recommendations-" + candidate.id());
                box.add(recommendations);
            }
            list.add(box);
        }
        card.add(list);
        return card;
    }

    private Div setupSummary(Evaluation evaluation) {
        Div card = card("evaluation-rubrics", getTranslation("evaluations.rubricsAndWeights"));
        card.add(rubricLine("evaluations.part.visit", evaluation.visitRubric()),
                rubricLine("evaluations.part.recommendation", evaluation.recommendationRubric()),
                rubricLine("evaluations.part.session", evaluation.sessionRubric()),
                new Paragraph(getTranslation("evaluations.weightsLine", plain(evaluation.weights().visit()),
                        plain(evaluation.weights().leadership()), plain(evaluation.weights().recommendationShare()),
                        plain(evaluation.weights().sessionShare()))));
        return card;
    }

    private Paragraph rubricLine(String partKey, VersionChoice choice) {
        return new Paragraph(getTranslation(partKey) + ": " + choice.rubricName() + " · "
                + getTranslation("rubrics.versionLabel", choice.number()));
    }

    private Div team(Evaluation evaluation) {
        Div card = card("team", getTranslation("evaluations.team"));
        for (MemberRole role : MemberRole.values()) {
            List<Member> members = evaluation.withRole(role);
            if (!members.isEmpty()) {
                card.add(new Paragraph(getTranslation("evaluations.roles." + role) + ": " + members.stream()
                        .map(m -> m.title() == null ? m.name() : m.name() + " (" + m.title() + ")")
                        .collect(Collectors.joining(", "))));
            }
        }
        return card;
    }

    private Div record(Evaluation evaluation) {
        Div card = card("coi-record", getTranslation("coi.record"));
        List<Member> evaluators = evaluation.withRole(MemberRole.EVALUATOR);
        List<String> missing = evaluators.stream().filter(member -> evaluation.candidates().stream()
                .anyMatch(c -> evaluation.declaration(member.userId(), c.id()).isEmpty())).map(Member::name).toList();
        card.add(new Paragraph(missing.isEmpty() ? getTranslation("coi.allDeclared")
                : getTranslation("coi.missing", String.join(", ", missing))));
        long pending = evaluation.declarations().stream().filter(CoiDeclaration::pending).count();
        if (pending > 0) {
            Paragraph waiting = new Paragraph(getTranslation("coi.pendingCount", pending));
            waiting.addClassName("fc-notice");
            waiting.setId("coi-pending");
            card.add(waiting);
        }
        Grid<CoiDeclaration> grid = new Grid<>();
        grid.setId("coi-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        // Evaluator and vendor share a cell, and the date stands alone (the time is in its tooltip),
        // so the declaration and the lead's decision — the words people read — get the width.
        grid.addComponentColumn(this::declarant).setHeader(getTranslation("coi.column.declarant")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(d -> d.conflict() ? getTranslation("coi.column.conflict", d.description())
                : getTranslation("coi.column.none")).setHeader(getTranslation("coi.column.declaration")).setFlexGrow(1);
        grid.addColumn(d -> ViewerTime.date(d.declaredAt(), getLocale())).setHeader(getTranslation("coi.column.when"))
                .setTooltipGenerator(d -> ViewerTime.dateTime(d.declaredAt(), getLocale())).setWidth("7.5rem")
                .setFlexGrow(0);
        boolean lead = evaluation.myRole() == MemberRole.LEAD;
        boolean open = evaluation.status() != EvaluationStatus.LOCKED;
        grid.addComponentColumn(d -> decision(d, lead, lead && open)).setHeader(getTranslation("coi.column.decision"))
                .setFlexGrow(1);
        // Waiting declarations first: they are what the lead has to do here.
        grid.setItems(evaluation.declarations().stream()
                .sorted(java.util.Comparator.comparing((CoiDeclaration d) -> !d.pending())).toList());
        card.add(grid);
        return card;
    }

    private Component declarant(CoiDeclaration declaration) {
        Span vendor = new Span(declaration.vendorName());
        vendor.addClassName("fc-muted");
        Div cell = new Div(new Span(declaration.userName()), vendor);
        cell.addClassName("fc-record-what");
        return cell;
    }

    private Component decision(CoiDeclaration declaration, boolean lead, boolean mayDecide) {
        Div cell = new Div();
        cell.addClassName("fc-coi-decision");
        cell.getElement().setAttribute("data-review", declaration.review().name());
        switch (declaration.review()) {
            case NONE -> {
                return cell;
            }
            case PENDING -> cell.add(new Span(getTranslation((declaration.conflict() ? "coi.waiting"
                    : "coi.waitingChange") + (lead ? "" : ".lead"))));
            case ALLOWED -> cell.add(new Span(getTranslation("coi.allowed", declaration.decidedBy(),
                    declaration.decisionReason())));
            case EXCLUDED -> cell.add(new Span(getTranslation("coi.excludedBy", declaration.decidedBy(),
                    declaration.decisionReason())));
        }
        if (mayDecide) {
            if (declaration.review() != CoiReview.ALLOWED) {
                cell.add(decideButton(declaration, CoiDecision.ALLOW));
            }
            if (declaration.review() != CoiReview.EXCLUDED) {
                cell.add(decideButton(declaration, CoiDecision.EXCLUDE));
            }
        }
        return cell;
    }

    private Button decideButton(CoiDeclaration declaration, CoiDecision decision) {
        String verb = decision == CoiDecision.ALLOW ? "allow" : "exclude";
        Button button = new Button(getTranslation("coi." + verb), e -> new ReasonDialog(
                getTranslation("coi." + verb + "Title", declaration.userName(), declaration.vendorName()),
                getTranslation("coi." + verb + "Text"), getTranslation("coi." + verb), reason -> {
                    evaluations.decide(id, declaration.userId(), declaration.vendorId(), declaration.version(),
                            decision, reason);
                    render();
                }).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (decision == CoiDecision.EXCLUDE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setId(verb + "-" + declaration.userId() + "-" + declaration.vendorId());
        return button;
    }

    private static Div card(String cardId, String heading) {
        Div card = new Div(new H2(heading));
        card.addClassName("fc-card");
        card.setId(cardId);
        return card;
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
