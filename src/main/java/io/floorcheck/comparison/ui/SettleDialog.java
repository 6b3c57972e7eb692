package io.floorcheck.comparison.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.comparison.Agreed;
import io.floorcheck.comparison.ConsensusBoard;
import io.floorcheck.comparison.ConsensusSave;
import io.floorcheck.comparison.ConsensusService;
import io.floorcheck.scoring.GateStatus;

/**
 * One item of the board: every evaluator's rating with their evidence and linked calls side by
 * side, the value in use, and for the lead at consensus the agreed value with its rationale (and,
 * for a failed gate, the waiver). A write that meets someone else's shows theirs and keeps this one.
 */
class SettleDialog extends Dialog {

    private static final String NA = "N/A";
    private static final String PASS = "pass";
    private static final String FAIL = "fail";

    private final transient ConsensusService consensus;
    private final long evaluationId;
    private final boolean mayEdit;
    private final SerializableRunnable changed;
    private final ZoneId zone = ViewerTime.zone();
    private final Div body = new Div();
    private final Paragraph problem = new Paragraph();
    private ConsensusBoard.Item item;
    /** What the lead had entered when another write came first: kept, so nothing typed is lost. */
    private String keptChoice;
    private String keptRationale;
    private String[] keptWaiver;

    SettleDialog(ConsensusService consensus, long evaluationId, ConsensusBoard.Item item, boolean mayEdit,
            SerializableRunnable changed) {
        this.consensus = consensus;
        this.evaluationId = evaluationId;
        this.item = item;
        this.mayEdit = mayEdit;
        this.changed = changed;
        setId("settle-dialog");
        setWidth("min(60rem, 96vw)");
        setHeaderTitle(item.key().criterionCode() + " " + item.criterionTitle());
        problem.setId("settle-problem");
        problem.addClassName("fc-field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        render(null);
    }

    /** Draws the item; {@code clash} is the notice when another write came first. */
    private void render(String clash) {
        body.removeAll();
        Paragraph where = new Paragraph(item.vendor() + (item.recommendationTitle() == null ? ""
                : " · “" + item.recommendationTitle() + "”") + " · " + (item.sectionTitle() == null ? ""
                : item.sectionCode() + " " + item.sectionTitle()));
        where.addClassName("fc-muted");
        String value = BoardText.value(item, getLocale(), this::getTranslation);
        // A gate is pass or fail: no spread, no scale.
        Paragraph now = new Paragraph(item.gate() ? getTranslation("settle.nowGate", value)
                : getTranslation("settle.now", value, BoardText.spread(item, getLocale()), item.scaleMin(),
                        item.scaleMax()));
        now.setId("settle-now");
        body.add(where, now);
        if (clash != null) {
            Paragraph notice = new Paragraph(clash);
            notice.setId("settle-clash");
            notice.addClassName("fc-notice");
            notice.getElement().setAttribute("role", "alert");
            body.add(notice);
        }
        body.add(ratings());
        if (item.agreed() != null) {
            Paragraph agreed = new Paragraph(getTranslation("settle.agreed", shown(item.agreed().value()),
                    item.agreed().rationale(), item.agreed().recordedBy(),
                    ViewerTime.dateTime(item.agreed().recordedAt(), zone, getLocale())));
            agreed.setId("settle-agreed");
            body.add(agreed);
        }
        if (item.waiver() != null) {
            Paragraph waived = new Paragraph(getTranslation("settle.waived", item.waiver().approver(),
                    item.waiver().approverRole(), item.waiver().reason(), item.waiver().recordedBy(),
                    ViewerTime.dateTime(item.waiver().recordedAt(), zone, getLocale())));
            waived.setId("settle-waiver");
            body.add(waived);
        }
        body.add(problem);
        if (mayEdit) {
            body.add(agreeForm());
            if (item.gate() && (item.gateStatus() == GateStatus.FAIL || item.gateStatus() == GateStatus.WAIVED)) {
                body.add(waiverForm());
            }
        }
    }

    private Div ratings() {
        Div list = new Div();
        list.setId("settle-ratings");
        list.addClassName("fc-settle-ratings");
        if (item.ratings().isEmpty()) {
            list.add(new Paragraph(getTranslation("board.noRatings")));
        }
        for (ConsensusBoard.Rating rating : item.ratings()) {
            Div card = new Div();
            card.addClassName("fc-settle-rating");
            H3 who = new H3(rating.evaluator() + ": " + String.join(", ", rating.marks().stream()
                    .map(m -> BoardText.mark(m, this::getTranslation)).toList()));
            card.add(who);
            if (rating.afterUnblinding()) {
                Span marked = new Span(getTranslation("settle.afterUnblinding"));
                marked.addClassName("fc-tag");
                card.add(marked);
            }
            if (rating.evidence().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("settle.noEvidence"));
                none.addClassName("fc-muted");
                card.add(none);
            }
            rating.evidence().forEach(note -> card.add(new Paragraph("“" + note + "”")));
            if (!rating.calls().isEmpty()) {
                UnorderedList calls = new UnorderedList();
                calls.addClassName("fc-plain-list");
                rating.calls().forEach(call -> calls.add(new ListItem(getTranslation("settle.call", call))));
                card.add(calls);
            }
            list.add(card);
        }
        return list;
    }

    private Div agreeForm() {
        RadioButtonGroup<String> value = new RadioButtonGroup<>(getTranslation(item.gate() ? "settle.gateValue"
                : "settle.value"));
        value.setId("settle-value");
        List<String> choices = new ArrayList<>();
        if (item.gate()) {
            choices.add(PASS);
            choices.add(FAIL);
        } else {
            for (int level = item.scaleMin(); level <= item.scaleMax(); level++) {
                choices.add(String.valueOf(level));
            }
            if (item.naAllowed()) {
                choices.add(NA);
            }
        }
        value.setItems(choices);
        value.setItemLabelGenerator(c -> c.equals(PASS) ? getTranslation("settle.pass")
                : c.equals(FAIL) ? getTranslation("settle.fail") : c);
        if (keptChoice != null && choices.contains(keptChoice)) {
            value.setValue(keptChoice);
        } else if (item.agreed() != null) {
            value.setValue(item.agreed().value().describe());
        }
        TextArea rationale = new TextArea(getTranslation("settle.rationale"));
        rationale.setId("settle-rationale");
        rationale.setWidthFull();
        rationale.setRequiredIndicatorVisible(true);
        rationale.setMaxLength(Text.REASON_LENGTH);
        rationale.setHelperText(getTranslation("settle.rationaleHelp"));
        if (keptRationale != null) {
            rationale.setValue(keptRationale);
        }
        Button record = new Button(getTranslation("settle.record"), e -> {
            if (value.getValue() == null) {
                show(getTranslation("settle.chooseValue"));
                return;
            }
            keptChoice = value.getValue();
            keptRationale = rationale.getValue();
            write(false, () -> consensus.record(evaluationId, item.key(), item.version(), agreed(value.getValue()),
                    rationale.getValue()));
        });
        record.setId("settle-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(record);
        actions.addClassName("fc-actions");
        if (item.agreed() != null) {
            Button withdraw = new Button(getTranslation("settle.withdraw"), e -> askReason(false,
                    getTranslation("settle.withdrawTitle"), reason -> consensus.withdraw(evaluationId, item.key(),
                            item.version(), reason)));
            withdraw.setId("settle-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        Div form = new Div(new H3(getTranslation("settle.formTitle")), value, rationale, actions);
        form.addClassName("fc-card");
        return form;
    }

    private Div waiverForm() {
        TextField approver = new TextField(getTranslation("settle.approver"));
        approver.setId("settle-approver");
        approver.setRequiredIndicatorVisible(true);
        approver.setMaxLength(200);
        TextField role = new TextField(getTranslation("settle.approverRole"));
        role.setId("settle-approver-role");
        role.setRequiredIndicatorVisible(true);
        role.setMaxLength(200);
        TextArea reason = new TextArea(getTranslation("settle.waiverReason"));
        reason.setId("settle-waiver-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Text.REASON_LENGTH);
        if (keptWaiver != null) {
            approver.setValue(keptWaiver[0]);
            role.setValue(keptWaiver[1]);
            reason.setValue(keptWaiver[2]);
        } else if (item.waiver() != null) {
            approver.setValue(item.waiver().approver());
            role.setValue(item.waiver().approverRole());
            reason.setValue(item.waiver().reason());
        }
        Button waive = new Button(getTranslation("settle.waive"), e -> {
            keptWaiver = new String[] {approver.getValue(), role.getValue(), reason.getValue()};
            write(true, () -> consensus.waive(evaluationId, item.key().vendorId(), item.key().criterionCode(),
                    item.waiverVersion(), approver.getValue(), role.getValue(), reason.getValue()));
        });
        waive.setId("settle-waive");
        Div actions = new Div(waive);
        actions.addClassName("fc-actions");
        if (item.waiver() != null) {
            Button withdraw = new Button(getTranslation("settle.withdrawWaiver"), e -> askReason(true,
                    getTranslation("settle.withdrawWaiverTitle"), why -> consensus.withdrawWaiver(evaluationId,
                            item.key().vendorId(), item.key().criterionCode(), item.waiverVersion(), why)));
            withdraw.setId("settle-withdraw-waiver");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        Div fields = new Div(approver, role);
        fields.addClassName("fc-edit-row");
        Div form = new Div(new H3(getTranslation("settle.waiverTitle")), new Paragraph(getTranslation("settle.waiverText")),
                fields, reason, actions);
        form.addClassName("fc-card");
        return form;
    }

    private static Agreed agreed(String choice) {
        return switch (choice) {
            case PASS -> Agreed.ofGate(true);
            case FAIL -> Agreed.ofGate(false);
            case NA -> Agreed.na();
            default -> Agreed.ofLevel(Integer.parseInt(choice));
        };
    }

    /** Runs a write: saved → the board refreshes and the dialog closes; met another → shows it. */
    private void write(boolean waiver, Supplier<ConsensusSave> action) {
        try {
            ConsensusSave result = action.get();
            if (result.saved()) {
                changed.run();
                close();
                return;
            }
            item = result.current();
            render(clash(waiver, item));
        } catch (RuleViolation violation) {
            show(getTranslation(violation.messageKey(), violation.arguments()));
        }
    }

    /** What the other write left, for the kind of write that met it (an agreed value or a waiver). */
    private String clash(boolean waiver, ConsensusBoard.Item current) {
        if (waiver) {
            return current.waiver() == null ? getTranslation("settle.clashWithdrawn")
                    : getTranslation("settle.clashWaiver", current.waiver().approver(), current.waiver().recordedBy());
        }
        return current.agreed() == null ? getTranslation("settle.clashWithdrawn")
                : getTranslation("settle.clash", shown(current.agreed().value()), current.agreed().rationale(),
                        current.agreed().recordedBy());
    }

    private String shown(Agreed value) {
        return BoardText.mark(value.describe(), this::getTranslation);
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Asks why before a withdrawal, then runs it as a write. */
    private void askReason(boolean waiver, String title, java.util.function.Function<String, ConsensusSave> action) {
        Dialog ask = new Dialog();
        ask.setId("settle-reason-dialog");
        ask.setHeaderTitle(title);
        ask.setWidth("min(30rem, 94vw)");
        TextArea reason = new TextArea(getTranslation("reason.label"));
        reason.setId("settle-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Text.REASON_LENGTH);
        ask.add(reason);
        Button ok = new Button(title, e -> {
            try {
                ConsensusSave result = action.apply(reason.getValue());
                ask.close();
                if (result.saved()) {
                    changed.run();
                    close();
                } else {
                    item = result.current();
                    render(clash(waiver, item));
                }
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.setId("settle-reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ask.getFooter().add(new Button(getTranslation("action.cancel"), e -> ask.close()), ok);
        ask.open();
    }
}
