package io.floorcheck.visit.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.base.ui.GateNotice;
import io.floorcheck.visit.Answer;
import io.floorcheck.visit.CallDraft;
import io.floorcheck.visit.CallFigures;
import io.floorcheck.visit.CallLog;
import io.floorcheck.visit.CallLogService;
import io.floorcheck.visit.ObservedCall;

/**
 * The observed-call log of a visit: figures, the calls with their date and time at the site,
 * and for attendees while the visit is under way a quick entry form made for a tablet. Once the
 * visit is completed the log is closed; the lead corrects it, each change with a reason and
 * marked late. Deleting a call always asks first.
 */
class CallLogCard extends Div {

    private final transient CallLogService callLog;
    private final long visitId;
    private final ZoneId siteZone;

    CallLogCard(CallLogService callLog, long visitId, String siteZone) {
        this.callLog = callLog;
        this.visitId = visitId;
        this.siteZone = ZoneId.of(siteZone);
        addClassName("fc-card");
        setId("visit-calls");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("calls.title")));
        CallLog log = callLog.log(visitId);
        Paragraph figures = new Paragraph(figures(this, log.figures()));
        figures.setId("call-figures");
        figures.addClassName("fc-strong");
        add(figures);
        if (log.mayLog()) {
            add(form());
        } else if (log.gate() != null) {
            add(new GateNotice(getTranslation(log.gate().messageKey()),
                    log.gate().aboutDeclaration() ? log.gate().declarationPath() : null));
        }
        if (log.mayCorrect()) {
            Paragraph closed = new Paragraph(getTranslation("calls.closedForLead"));
            closed.addClassName("fc-muted");
            Button add = new Button(getTranslation("calls.addLate"), VaadinIcon.PLUS.create(),
                    e -> correction(null));
            add.setId("call-add-late");
            add(closed, add);
        }
        log.calls().forEach(call -> add(row(call, log)));
    }

    /** "5 calls observed · 60 % resolved first time (of 5) · average handle time 6:12", for the log and the scorecard. */
    static String figures(Component in, CallFigures figures) {
        if (figures.calls() == 0) {
            return in.getTranslation("calls.none");
        }
        String share = figures.firstContactPercent() == null ? in.getTranslation("calls.fcrUnknown")
                : in.getTranslation("calls.fcr", figures.firstContactPercent(), figures.resolutionKnown());
        String handle = figures.averageHandleSeconds() == null ? in.getTranslation("calls.ahtUnknown")
                : in.getTranslation("calls.aht", minutes((int) Math.round(figures.averageHandleSeconds())));
        return in.getTranslation("calls.figures", figures.calls(), share, handle);
    }

    private Div form() {
        CallForm form = new CallForm("call");
        Button log = new Button(getTranslation("calls.log"), VaadinIcon.PLUS.create(), e -> {
            CallDraft call = form.draft(LocalTime.now(siteZone).truncatedTo(ChronoUnit.MINUTES));
            if (call == null) {
                return;
            }
            try {
                callLog.logCall(visitId, call);
                render();
            } catch (RuleViolation violation) {
                form.refused(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        log.setId("call-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return new Div(form, log);
    }

    private Div row(ObservedCall logged, CallLog log) {
        CallDraft call = logged.call();
        Span head = new Span(when(logged) + (call.queue() == null ? getTranslation("calls.noQueue") : call.queue())
                + (call.handleSeconds() == null ? "" : " · " + minutes(call.handleSeconds())));
        head.addClassName("fc-strong");
        StringBuilder facts = new StringBuilder();
        if (call.firstContact() != null) {
            facts.append(getTranslation("calls.resolved")).append(": ")
                    .append(getTranslation("calls.resolution." + call.firstContact())).append(" · ");
        }
        facts.append(getTranslation("calls.transfersHolds", call.transfers(), call.holds()));
        appendAnswer(facts, "calls.identity", call.identityVerified());
        appendAnswer(facts, "calls.disclosure", call.disclosureRead());
        appendAnswer(facts, "calls.card", call.cardDataOk());
        if (call.sentiment() != null) {
            facts.append(" · ").append(getTranslation("calls.sentiment." + call.sentiment()));
        }
        Span factLine = new Span(facts.toString());
        factLine.addClassName("fc-muted");
        Div text = new Div(head, factLine);
        text.addClassName("fc-rubric-cell");
        if (call.note() != null) {
            text.add(new Span(call.note()));
        }
        if (logged.late()) {
            Span late = new Span(getTranslation("calls.late"));
            late.addClassName("fc-record-marker");
            text.add(late);
        }
        Span author = new Span(logged.authorName());
        author.addClassName("fc-muted");
        Div row = new Div(text, author);
        row.addClassName("fc-task-row");
        row.setId("call-" + logged.id());
        if (log.mayLog() && logged.mine()) {
            row.add(deleteButton(logged, () -> confirmDelete(logged)));
        } else if (log.mayCorrect()) {
            Button correct = new Button(VaadinIcon.EDIT.create(), e -> correction(logged));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            correct.setAriaLabel(getTranslation("calls.correct"));
            correct.setTooltipText(getTranslation("calls.correct"));
            correct.setId("call-correct-" + logged.id());
            row.add(correct, deleteButton(logged, () -> removeWithReason(logged)));
        }
        return row;
    }

    /** The call's day and clock time at the site, with the zone named: "Tue, 2 Dec 14:05 (Asia/Manila) · ". */
    private String when(ObservedCall logged) {
        if (logged.call().observedAt() == null && logged.observedOn() == null) {
            return "";
        }
        String day = logged.observedOn() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(logged.observedOn()) + " ";
        String time = logged.call().observedAt() == null ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(logged.call().observedAt()) + " ";
        return day + time + "(" + siteZone.getId() + ") · ";
    }

    private Button deleteButton(ObservedCall logged, Runnable action) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("calls.delete"));
        remove.setTooltipText(getTranslation("calls.delete"));
        remove.setId("call-delete-" + logged.id());
        return remove;
    }

    /** An attendee deletes their own call during the visit, after saying yes. */
    private void confirmDelete(ObservedCall logged) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calls.deleteTitle"),
                getTranslation("calls.deleteText", when(logged) + (logged.call().queue() == null
                        ? getTranslation("calls.noQueue") : logged.call().queue())),
                getTranslation("calls.delete"), yes -> {
                    try {
                        callLog.deleteCall(logged.id(), logged.version());
                    } catch (RuleViolation violation) {
                        com.vaadin.flow.component.notification.Notification.show(
                                getTranslation(violation.messageKey(), violation.arguments()), 6000,
                                com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                    }
                    render();
                });
        confirm.setId("call-delete-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The lead deletes a call of a completed visit: asked, with the reason the record keeps. */
    private void removeWithReason(ObservedCall logged) {
        Dialog dialog = new Dialog();
        dialog.setId("call-remove-dialog");
        dialog.setHeaderTitle(getTranslation("calls.deleteTitle"));
        TextArea reason = reasonField();
        dialog.add(new Paragraph(getTranslation("calls.removeText")), reason);
        Button ok = new Button(getTranslation("calls.delete"), e -> {
            try {
                callLog.removeCall(logged.id(), logged.version(), reason.getValue());
                dialog.close();
                render();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.setId("call-remove-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** The lead corrects a call (or adds one, when {@code logged} is null) of a completed visit, with a reason. */
    private void correction(ObservedCall logged) {
        Dialog dialog = new Dialog();
        dialog.setId("call-correct-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        dialog.setHeaderTitle(getTranslation(logged == null ? "calls.addLate" : "calls.correct"));
        CallForm form = new CallForm("correct");
        if (logged != null) {
            form.show(logged.call());
        }
        TextArea reason = reasonField();
        dialog.add(new Paragraph(getTranslation("calls.correctText")), form, reason);
        Button ok = new Button(getTranslation("calls.saveCorrection"), e -> {
            CallDraft call = form.draft(logged == null ? null : logged.call().observedAt());
            if (call == null) {
                return;
            }
            try {
                if (logged == null) {
                    callLog.addLateCall(visitId, call, reason.getValue());
                } else {
                    callLog.correctCall(logged.id(), logged.version(), call, reason.getValue());
                }
                dialog.close();
                render();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.setId("call-correct-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private TextArea reasonField() {
        TextArea reason = new TextArea(getTranslation("reason.label"));
        reason.setId("call-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Text.REASON_LENGTH);
        return reason;
    }

    private void appendAnswer(StringBuilder facts, String key, Answer answer) {
        if (answer != null) {
            facts.append(" · ").append(getTranslation(key)).append(": ").append(getTranslation("calls.answer." + answer));
        }
    }

    /** "m:ss" or plain seconds; empty is no handle time. */
    static Integer seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.matches("\\d+")) {
            return Integer.parseInt(value);
        }
        if (value.matches("\\d{1,3}:[0-5]\\d")) {
            String[] parts = value.split(":");
            return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        }
        throw new IllegalArgumentException("Not a duration: " + value);
    }

    static String minutes(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
