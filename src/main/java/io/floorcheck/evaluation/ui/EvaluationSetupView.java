package io.floorcheck.evaluation.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.OpenBeforeLock;
import io.floorcheck.evaluation.Weights;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.VersionChoice;
import io.floorcheck.security.Roles;
import io.floorcheck.user.Person;
import io.floorcheck.vendor.VendorSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the lead sets an evaluation up: details, rubric versions and weights (frozen once
 * open), candidates, team, and the status steps with their confirmations.
 */
@Route("evaluations/setup")
@RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT})
class EvaluationSetupView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private long id;
    private Evaluation evaluation;
    private final TextField name = new TextField();
    private final TextArea scope = new TextArea();
    private final DatePicker decision = new DatePicker();
    private final Select<VersionChoice> visitRubric = new Select<>();
    private final Select<VersionChoice> recommendationRubric = new Select<>();
    private final Select<VersionChoice> sessionRubric = new Select<>();
    private final BigDecimalField visit = new BigDecimalField();
    private final BigDecimalField leadership = new BigDecimalField();
    private final BigDecimalField recommendationShare = new BigDecimalField();
    private final BigDecimalField sessionShare = new BigDecimalField();
    private final Span weightState = new Span();
    private Div candidatesCard;
    private Div teamCard;

    EvaluationSetupView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassName("fc-page");
        weightState.setId("weight-state");
        // Once, not per render: the fields live as long as the view.
        for (var field : List.of(visit, leadership, recommendationShare, sessionShare)) {
            field.addValueChangeListener(e -> checkWeights());
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long evaluationId) {
        id = evaluationId;
        render();
    }

    private void render() {
        removeAll();
        evaluation = evaluations.evaluation(id);
        H1 heading = new H1(getTranslation("evaluations.setupTitle", evaluation.name()));
        heading.setId("setup-title");
        Button overview = new Button(getTranslation("evaluations.overview"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, id)));
        overview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(StatusBadge.of(evaluation.status()), overview);
        top.addClassName("fc-actions");
        candidatesCard = candidates();
        teamCard = team();
        add(heading, top, details(), candidatesCard, teamCard, status());
    }

    /**
     * After a change of candidates or team only those cards are rebuilt, so details typed but
     * not yet saved stay in their fields.
     */
    private void refreshLists() {
        Notification.show(getTranslation("evaluations.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        evaluation = evaluations.evaluation(id);
        Div candidates = candidates();
        Div team = team();
        replace(candidatesCard, candidates);
        replace(teamCard, team);
        candidatesCard = candidates;
        teamCard = team;
    }

    private Div details() {
        boolean locked = evaluation.status() == EvaluationStatus.LOCKED;
        name.setLabel(getTranslation("evaluations.field.name"));
        name.setId("setup-name");
        name.setValue(evaluation.name());
        name.addClassName("fc-wide");
        scope.setLabel(getTranslation("evaluations.field.scope"));
        scope.setValue(Objects.toString(evaluation.scope(), ""));
        scope.addClassName("fc-wide");
        decision.setLabel(getTranslation("evaluations.field.decision"));
        decision.setValue(evaluation.decisionDate());
        rubricSelect(visitRubric, "evaluations.part.visit", RubricPurpose.SHADOW_VISIT, evaluation.visitRubric());
        rubricSelect(recommendationRubric, "evaluations.part.recommendation", RubricPurpose.RECOMMENDATION,
                evaluation.recommendationRubric());
        rubricSelect(sessionRubric, "evaluations.part.session", RubricPurpose.LEADERSHIP_SESSION,
                evaluation.sessionRubric());
        weightField(visit, "evaluations.weight.visit", evaluation.weights().visit(), "weight-visit");
        weightField(leadership, "evaluations.weight.leadership", evaluation.weights().leadership(), "weight-leadership");
        weightField(recommendationShare, "evaluations.weight.recommendations",
                evaluation.weights().recommendationShare(), "weight-recommendations");
        weightField(sessionShare, "evaluations.weight.session", evaluation.weights().sessionShare(), "weight-session");
        boolean frozen = evaluation.frozen();
        for (var field : List.of(visitRubric, recommendationRubric, sessionRubric)) {
            field.setReadOnly(frozen);
        }
        for (var field : List.of(visit, leadership, recommendationShare, sessionShare)) {
            field.setReadOnly(frozen);
        }
        Div rubrics = new Div(visitRubric, recommendationRubric, sessionRubric);
        rubrics.addClassName("fc-edit-row");
        Div parts = new Div(visit, leadership, recommendationShare, sessionShare);
        parts.addClassName("fc-edit-row");
        Button save = new Button(getTranslation("evaluations.saveDetails"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!locked);
        Div card = new Div(new H2(getTranslation("evaluations.details")), name, scope, decision,
                new H2(getTranslation("evaluations.rubricsAndWeights")), rubrics, parts, weightState);
        if (frozen) {
            Paragraph note = new Paragraph(getTranslation("evaluations.frozenNote"));
            note.addClassName("fc-muted");
            card.add(note);
        }
        card.add(save);
        card.addClassName("fc-card");
        checkWeights();
        return card;
    }

    private void rubricSelect(Select<VersionChoice> select, String labelKey, RubricPurpose purpose,
            VersionChoice current) {
        select.setLabel(getTranslation(labelKey));
        List<VersionChoice> choices = new java.util.ArrayList<>(evaluations.rubricChoices(purpose));
        // The version in use stays shown even if it has been retired since.
        if (choices.stream().noneMatch(c -> c.versionId() == current.versionId())) {
            choices.add(current);
        }
        select.setItems(choices);
        select.setItemLabelGenerator(c -> c.rubricName() + " · " + getTranslation("rubrics.versionLabel", c.number()));
        select.setValue(choices.stream().filter(c -> c.versionId() == current.versionId()).findFirst().orElse(null));
        select.setWidth("26rem");
    }

    private void weightField(BigDecimalField field, String labelKey, BigDecimal value, String fieldId) {
        field.setLabel(getTranslation(labelKey));
        field.setId(fieldId);
        field.setValue(value.stripTrailingZeros());
        field.setManualValidation(true);
        field.addClassName("fc-number-field");
        field.setWidth("11rem");
    }

    /** Live validation: the sums are shown as they are typed, and a wrong one marks its fields. */
    private boolean checkWeights() {
        List<String> problems = weights().problems();
        boolean parts = problems.stream().anyMatch(p -> p.contains("parts"));
        boolean shares = problems.stream().anyMatch(p -> p.contains("shares"));
        String partsMessage = parts ? getTranslation(problems.stream().filter(p -> p.contains("parts")).findFirst()
                .orElseThrow(), sum(visit, leadership)) : null;
        String sharesMessage = shares ? getTranslation(problems.stream().filter(p -> p.contains("shares")).findFirst()
                .orElseThrow(), sum(recommendationShare, sessionShare)) : null;
        for (var field : List.of(visit, leadership)) {
            field.setInvalid(parts);
            field.setErrorMessage(partsMessage);
        }
        for (var field : List.of(recommendationShare, sessionShare)) {
            field.setInvalid(shares);
            field.setErrorMessage(sharesMessage);
        }
        weightState.setText(problems.isEmpty() ? getTranslation("evaluations.weights.ok", sum(visit, leadership),
                sum(recommendationShare, sessionShare)) : "");
        return problems.isEmpty();
    }

    private static String sum(BigDecimalField a, BigDecimalField b) {
        BigDecimal x = a.getValue() == null ? BigDecimal.ZERO : a.getValue();
        BigDecimal y = b.getValue() == null ? BigDecimal.ZERO : b.getValue();
        return x.add(y).stripTrailingZeros().toPlainString();
    }

    private Weights weights() {
        return new Weights(visit.getValue(), leadership.getValue(), recommendationShare.getValue(),
                sessionShare.getValue());
    }

    private void save() {
        if (!checkWeights()) {
            Notification.show(getTranslation("evaluations.weights.fix"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        if (visitRubric.getValue() == null || recommendationRubric.getValue() == null
                || sessionRubric.getValue() == null) {
            Notification.show(getTranslation("evaluations.error.rubricMissing"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        evaluations.update(id, evaluation.version(), new EvaluationDraft(name.getValue(), scope.getValue(),
                decision.getValue(), visitRubric.getValue().versionId(), recommendationRubric.getValue().versionId(),
                sessionRubric.getValue().versionId(), weights()));
        saved();
    }

    private void saved() {
        Notification.show(getTranslation("evaluations.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    private Div candidates() {
        MultiSelectComboBox<VendorSummary> picker = new MultiSelectComboBox<>(getTranslation("evaluations.candidates"));
        picker.setId("setup-candidates");
        List<VendorSummary> choices = evaluations.vendorChoices();
        picker.setItems(choices);
        picker.setItemLabelGenerator(v -> v.shortName() + " · " + v.legalName());
        Set<Long> current = evaluation.candidates().stream().map(Candidate::id).collect(Collectors.toSet());
        picker.setValue(choices.stream().filter(v -> current.contains(v.id())).collect(Collectors.toSet()));
        picker.addClassName("fc-wide");
        Button save = new Button(getTranslation("evaluations.saveCandidates"), e -> {
            evaluations.setCandidates(id, picker.getValue().stream().map(VendorSummary::id).toList());
            refreshLists();
        });
        save.setId("setup-save-candidates");
        boolean closed = evaluation.status() == EvaluationStatus.CONSENSUS
                || evaluation.status() == EvaluationStatus.LOCKED;
        save.setEnabled(!closed);
        picker.setReadOnly(closed);
        Div card = new Div(new H2(getTranslation("evaluations.candidates")), picker);
        if (evaluation.status() == EvaluationStatus.OPEN) {
            Paragraph note = new Paragraph(getTranslation("evaluations.candidatesOpenNote"));
            note.addClassName("fc-muted");
            card.add(note);
        }
        card.add(save);
        card.addClassName("fc-card");
        return card;
    }

    private Div team() {
        Grid<Member> grid = new Grid<>();
        grid.setId("setup-team");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Member::name).setHeader(getTranslation("evaluations.member.name")).setFlexGrow(2);
        grid.addColumn(m -> m.title() == null ? "" : m.title()).setHeader(getTranslation("evaluations.member.title"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("evaluations.role." + m.role())).setHeader(getTranslation("evaluations.member.role"))
                .setAutoWidth(true);
        boolean locked = evaluation.status() == EvaluationStatus.LOCKED;
        grid.addComponentColumn(m -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                evaluations.removeMember(id, m.userId());
                refreshLists();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("evaluations.member.remove", m.name()));
            remove.setEnabled(!locked);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(evaluation.members());

        ComboBox<Person> person = new ComboBox<>(getTranslation("evaluations.member.person"));
        person.setId("setup-person");
        Set<Long> present = evaluation.members().stream().map(Member::userId).collect(Collectors.toSet());
        person.setItems(evaluations.people().stream().filter(p -> !present.contains(p.id())).toList());
        person.setItemLabelGenerator(p -> p.title() == null ? p.name() : p.name() + " · " + p.title());
        person.setWidth("22rem");
        Select<MemberRole> role = new Select<>();
        role.setId("setup-role");
        role.setLabel(getTranslation("evaluations.member.role"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation("evaluations.role." + r));
        role.setValue(MemberRole.EVALUATOR);
        Button add = new Button(getTranslation("evaluations.member.add"), VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("evaluations.member.choose"));
                return;
            }
            evaluations.putMember(id, person.getValue().id(), role.getValue());
            refreshLists();
        });
        add.setId("setup-add-member");
        add.setEnabled(!locked);
        Div picker = new Div(person, role, add);
        picker.addClassName("fc-edit-row");
        Div card = new Div(new H2(getTranslation("evaluations.team")), grid, picker);
        card.addClassName("fc-card");
        return card;
    }

    /** Locking: what it freezes, and what is still disputed or unscored, so the lead locks knowingly. */
    private Div lockText(OpenBeforeLock open) {
        Div text = new Div(new Paragraph(getTranslation("evaluations.advanceText.LOCKED")));
        text.setId("lock-open-items");
        addOpen(text, "evaluations.lock.disputed", open.disputed());
        addOpen(text, "evaluations.lock.unscoredGates", open.unscoredGates());
        addOpen(text, "evaluations.lock.failedGates", open.failedGates());
        if (open.disputed().isEmpty() && open.unscoredGates().isEmpty() && open.failedGates().isEmpty()) {
            text.add(new Paragraph(getTranslation("evaluations.lock.nothingOpen")));
        }
        return text;
    }

    private void addOpen(Div text, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.add(new Paragraph(getTranslation(key, items.size())));
        UnorderedList list = new UnorderedList();
        items.stream().limit(12).forEach(item -> list.add(new ListItem(item)));
        if (items.size() > 12) {
            list.add(new ListItem(getTranslation("evaluations.lock.more", items.size() - 12)));
        }
        text.add(list);
    }

    private Div status() {
        Div card = new Div(new H2(getTranslation("evaluations.statusTitle")));
        card.addClassName("fc-card");
        card.setId("setup-status");
        card.add(new Paragraph(getTranslation("evaluations.statusText." + evaluation.status())));
        Div actions = new Div();
        actions.addClassName("fc-actions");
        evaluation.status().next().ifPresent(next -> {
            Button advance = new Button(getTranslation("evaluations.advance." + next), e -> {
                if (next == EvaluationStatus.CONSENSUS) {
                    new EndScoringDialog(evaluations.openCards(id), () -> {
                        evaluations.advance(id, evaluation.version());
                        saved();
                    }).open();
                    return;
                }
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("evaluations.advance." + next),
                        getTranslation("evaluations.advanceText." + next), getTranslation("evaluations.advance." + next),
                        yes -> {
                            evaluations.advance(id, evaluation.version());
                            saved();
                        });
                if (next == EvaluationStatus.LOCKED) {
                    confirm.setText(lockText(evaluations.openBeforeLock(id)));
                }
                confirm.setId("advance-confirm");
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            advance.setId("setup-advance");
            advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(advance);
        });
        evaluation.status().reopened().ifPresent(back -> {
            Button reopen = new Button(getTranslation("evaluations.reopen", getTranslation("evaluations.status." + back)),
                    e -> new ReasonDialog(getTranslation("evaluations.reopen", getTranslation("evaluations.status." + back)),
                            getTranslation("evaluations.reopenText"), getTranslation("evaluations.reopenConfirm"),
                            reason -> {
                                evaluations.reopen(id, evaluation.version(), reason);
                                saved();
                            }).open());
            reopen.setId("setup-reopen");
            actions.add(reopen);
        });
        card.add(actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluations.setupTitle", evaluation == null ? "" : evaluation.name()) + " · "
                + getTranslation("app.name");
    }
}
