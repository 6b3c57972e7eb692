package io.floorcheck.recommendation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.GateNotice;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.Debrief;
import io.floorcheck.recommendation.Recommendation;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The leadership debrief on a tablet: attendees capture each recommendation as the vendor's
 * executives make it (a title, an area and who said it are enough), and see colleagues'
 * captures appear as they are made. The lead merges duplicates and flags upsells.
 */
@Route("debriefs")
@PermitAll
class DebriefView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final List<String> KPIS = List.of("FCR", "AHT", "CSAT", "NPS", "Service level", "Attrition",
            "Cost per contact", "Quality score");

    private final transient RecommendationService recommendations;
    private final transient DebriefBroadcaster broadcaster;
    private long visitId;
    private Debrief debrief;
    private String title = "";
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();
    private Registration live;
    private ComboBox<String> proposer;
    /** Identifies the capture being typed, so a double tap stores it once. */
    private String captureKey = UUID.randomUUID().toString();

    DebriefView(RecommendationService recommendations, DebriefBroadcaster broadcaster) {
        this.recommendations = recommendations;
        this.broadcaster = broadcaster;
        // What another tablet captures appears here at once.
        io.floorcheck.base.ui.LivePush.whileAttached(this);
        addClassNames("fc-page", "fc-debrief");
        list.setId("debrief-list");
        list.addClassName("fc-recommendations");
        count.setId("debrief-count");
        count.addClassName("fc-strong");
    }

    @Override
    public void setParameter(BeforeEvent event, Long visit) {
        visitId = visit;
        removeAll();
        debrief = recommendations.debrief(visitId);
        title = getTranslation("debrief.title", debrief.vendorName(), debrief.siteCity());
        H1 heading = new H1(title);
        heading.setId("debrief-title");
        Button back = new Button(getTranslation("scorecard.backToVisit"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("visits/" + visitId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(back);
        actions.addClassName("fc-actions");
        if (debrief.attending()) {
            // Also once scoring has closed: the evaluator's own card, read-only.
            Button score = new Button(getTranslation("leadership.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(LeadershipScorecardView.class, visitId)));
            score.setId("debrief-score");
            score.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(score);
        }
        Button all = new Button(getTranslation("leadership.allOf", debrief.vendorName()), VaadinIcon.LIST.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(VendorRecommendationsView.route(debrief.evaluationId(),
                        debrief.vendorId()))));
        all.setId("debrief-all");
        actions.add(all);
        add(heading, actions);
        if (debrief.mayCapture()) {
            add(captureForm());
        } else if (debrief.gate() != null) {
            add(new GateNotice(getTranslation(debrief.gate().messageKey()),
                    debrief.gate().aboutDeclaration() ? debrief.gate().declarationPath() : null));
        }
        add(count, list);
        showList();
        // The same view can be shown for another visit (back and forward): listen to this one.
        getUI().ifPresent(this::listen);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    // ---- Capture ----

    private Div captureForm() {
        TextField what = new TextField(getTranslation("debrief.what"));
        what.setId("capture-title");
        what.setWidthFull();
        what.setMaxLength(200);
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("debrief.area"));
        area.setId("capture-area");
        area.setItems(Area.values());
        area.setItemLabelGenerator(a -> getTranslation("debrief.area." + a));
        proposer = new ComboBox<>(getTranslation("debrief.proposer"));
        proposer.setId("capture-proposer");
        proposer.setItems(debrief.proposers());
        proposer.setAllowCustomValue(true);
        proposer.addCustomValueSetListener(e -> proposer.setValue(e.getDetail()));
        TextField role = new TextField(getTranslation("debrief.proposerTitle"));
        role.setId("capture-proposer-title");
        Button add = new Button(getTranslation("debrief.add"), VaadinIcon.PLUS.create());
        add.setId("capture-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add.setDisableOnClick(true);
        add.addClickListener(e -> {
            what.setInvalid(false);
            area.setInvalid(false);
            proposer.setInvalid(false);
            try {
                recommendations.capture(visitId, captureKey, RecommendationDraft.quick(what.getValue(),
                        area.getValue(), proposer.getValue(), role.getValue()));
                captureKey = UUID.randomUUID().toString();
                what.clear();
                what.focus();
                refresh();
            } catch (RuleViolation violation) {
                // The refusal is shown at the field it concerns; what was typed stays.
                String message = getTranslation(violation.messageKey(), violation.arguments());
                switch (violation.messageKey()) {
                    case "recommendations.error.areaMissing" -> {
                        area.setErrorMessage(message);
                        area.setInvalid(true);
                    }
                    case "recommendations.error.titleMissing", "recommendations.error.titleLength" -> {
                        what.setErrorMessage(message);
                        what.setInvalid(true);
                    }
                    case "recommendations.error.nameLength" -> {
                        proposer.setErrorMessage(message);
                        proposer.setInvalid(true);
                    }
                    default -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } finally {
                add.setEnabled(true);
            }
        });
        Div row = new Div(area, proposer, role);
        row.addClassName("fc-edit-row");
        Paragraph hint = new Paragraph(getTranslation("debrief.hint"));
        hint.addClassName("fc-muted");
        Div form = new Div(new H2(getTranslation("debrief.capture")), what, row, add, hint);
        form.addClassNames("fc-card", "fc-capture");
        form.setId("debrief-capture");
        return form;
    }

    // ---- The recommendations ----

    private void refresh() {
        debrief = recommendations.debrief(visitId);
        showList();
        if (proposer != null) {
            // Names colleagues typed become suggestions too; the one being typed stays.
            String typed = proposer.getValue();
            proposer.setItems(debrief.proposers());
            proposer.setValue(typed);
        }
    }

    private void showList() {
        list.removeAll();
        count.setText(getTranslation("debrief.count", debrief.recommendations().size()));
        ZoneId zone = ZoneId.of(debrief.siteZone());
        int number = 0;
        for (Recommendation recommendation : debrief.recommendations()) {
            number++;
            list.add(card(number, recommendation, zone));
        }
    }

    private Div card(int number, Recommendation recommendation, ZoneId zone) {
        RecommendationDraft details = recommendation.details();
        Span area = new Span(getTranslation("debrief.area." + details.area()));
        area.addClassName("fc-tag");
        H3 heading = new H3(new Span("#" + number + " "), new Span(details.title()), area);
        Div card = new Div(heading);
        card.addClassNames("fc-card", "fc-recommendation");
        card.setId("recommendation-" + recommendation.id());
        if (recommendation.upsell()) {
            Span upsell = new Span(getTranslation("debrief.upsellTag"));
            upsell.addClassName("fc-upsell");
            heading.add(upsell);
            card.add(new Paragraph(getTranslation("debrief.upsellWhy", recommendation.upsellNote())));
        }
        String who = summary(this, recommendation);
        if (!who.isEmpty()) {
            card.add(new Paragraph(who));
        }
        if (details.description() != null) {
            card.add(new Paragraph(details.description()));
        }
        for (Recommendation.Merged merged : recommendation.merged()) {
            Paragraph line = new Paragraph(getTranslation("debrief.mergedLine", merged.title(), merged.capturedBy()));
            line.addClassName("fc-muted");
            card.add(line);
        }
        Paragraph captured = new Paragraph(getTranslation("debrief.captured",
                TIME.format(recommendation.capturedAt().atZone(zone)), recommendation.capturedBy()));
        captured.addClassName("fc-muted");
        card.add(captured);
        Div actions = new Div();
        actions.addClassName("fc-actions");
        if (recommendation.editable()) {
            Button edit = new Button(getTranslation("debrief.details"), VaadinIcon.EDIT.create(),
                    e -> detailsDialog(recommendation));
            edit.setId("details-" + recommendation.id());
            actions.add(edit);
        }
        if (debrief.mayCurate()) {
            if (debrief.recommendations().size() > 1) {
                Button merge = new Button(getTranslation("debrief.merge"), VaadinIcon.COMPRESS_SQUARE.create(),
                        e -> mergeDialog(recommendation));
                merge.setId("merge-" + recommendation.id());
                actions.add(merge);
            }
            Button upsell = new Button(getTranslation(recommendation.upsell() ? "debrief.unflag" : "debrief.flag"),
                    VaadinIcon.FLAG.create(), e -> upsellDialog(recommendation));
            upsell.setId("upsell-" + recommendation.id());
            actions.add(upsell);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private void detailsDialog(Recommendation recommendation) {
        RecommendationDraft details = recommendation.details();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("debrief.details"));
        dialog.setId("details-dialog");
        TextField what = new TextField(getTranslation("debrief.what"), details.title(), "");
        what.setWidthFull();
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("debrief.area"));
        area.setItems(Area.values());
        area.setItemLabelGenerator(a -> getTranslation("debrief.area." + a));
        area.setValue(details.area());
        TextField proposer = new TextField(getTranslation("debrief.proposer"), value(details.proposerName()), "");
        TextField role = new TextField(getTranslation("debrief.proposerTitle"), value(details.proposerTitle()), "");
        TextArea description = new TextArea(getTranslation("debrief.description"), value(details.description()), "");
        description.setId("details-description");
        description.setWidthFull();
        ComboBox<String> kpi = new ComboBox<>(getTranslation("debrief.targetKpi"));
        kpi.setId("details-kpi");
        kpi.setItems(KPIS);
        kpi.setAllowCustomValue(true);
        kpi.addCustomValueSetListener(e -> kpi.setValue(e.getDetail()));
        if (details.targetKpi() != null) {
            if (!KPIS.contains(details.targetKpi())) {
                kpi.setItems(java.util.stream.Stream.concat(KPIS.stream(), java.util.stream.Stream.of(
                        details.targetKpi())).toList());
            }
            kpi.setValue(details.targetKpi());
        }
        TextField effect = new TextField(getTranslation("debrief.effect"), value(details.expectedEffect()), "");
        effect.setId("details-effect");
        effect.setWidthFull();
        Div people = new Div(area, proposer, role);
        people.addClassName("fc-edit-row");
        dialog.add(new Div(what, people, description, kpi, effect));
        int[] version = {recommendation.version()};
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                recommendations.update(recommendation.id(), version[0], new RecommendationDraft(
                        what.getValue(), description.getValue(), area.getValue(), proposer.getValue(),
                        role.getValue(), kpi.getValue(), effect.getValue()));
                dialog.close();
                refresh();
            } catch (RuleViolation violation) {
                what.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                what.setInvalid(true);
            } catch (OptimisticLockingFailureException stale) {
                // Someone saved first: keep what this person typed, show what is stored now, and
                // let them decide (saving again replaces it knowingly).
                refresh();
                debrief.recommendations().stream().filter(r -> r.id() == recommendation.id()).findFirst()
                        .ifPresent(current -> {
                            version[0] = current.version();
                            Notification.show(getTranslation("debrief.staleDetails", current.details().title()),
                                    8000, Notification.Position.MIDDLE)
                                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                        });
            }
        });
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void mergeDialog(Recommendation duplicate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("debrief.mergeTitle", duplicate.details().title()));
        dialog.setId("merge-dialog");
        Select<Recommendation> into = new Select<>();
        into.setId("merge-into");
        into.setLabel(getTranslation("debrief.mergeInto"));
        into.setItems(debrief.recommendations().stream().filter(r -> r.id() != duplicate.id()).toList());
        into.setItemLabelGenerator(r -> r.details().title());
        into.setWidthFull();
        dialog.add(new Paragraph(getTranslation("debrief.mergeText")), into);
        Button merge = new Button(getTranslation("debrief.merge"), e -> {
            if (into.getValue() == null) {
                into.setInvalid(true);
                into.setErrorMessage(getTranslation("debrief.mergeChoose"));
                return;
            }
            try {
                recommendations.merge(into.getValue().id(), duplicate.id());
            } catch (RuleViolation violation) {
                Notification.show(getTranslation(violation.messageKey(), violation.arguments()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            dialog.close();
            refresh();
        });
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), merge);
        dialog.open();
    }

    private void upsellDialog(Recommendation recommendation) {
        if (recommendation.upsell()) {
            flag(recommendation, false, null);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("debrief.flagTitle"));
        dialog.setId("upsell-dialog");
        TextArea why = new TextArea(getTranslation("debrief.flagWhy"));
        why.setId("upsell-why");
        why.setWidthFull();
        dialog.add(new Paragraph(getTranslation("debrief.flagText")), why);
        Button flag = new Button(getTranslation("debrief.flag"), e -> {
            if (why.getValue().isBlank()) {
                why.setInvalid(true);
                why.setErrorMessage(getTranslation("evaluations.error.reasonMissing"));
                return;
            }
            dialog.close();
            flag(recommendation, true, why.getValue());
        });
        flag.setId("upsell-confirm");
        flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), flag);
        dialog.open();
    }

    private void flag(Recommendation recommendation, boolean upsell, String why) {
        try {
            recommendations.flagUpsell(recommendation.id(), recommendation.version(), upsell, why);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("debrief.stale"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    // ---- Live ----

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        listen(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
    }

    private void listen(UI ui) {
        stopListening();
        // A change that arrives as the page goes away is simply dropped.
        live = broadcaster.register(visitId, ui.accessLater(this::refresh, () -> { }));
    }

    private void stopListening() {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    /** Who proposed it, the target KPI and the effect they expect, in one line ("" when none is known). */
    static String summary(Component where, Recommendation recommendation) {
        RecommendationDraft details = recommendation.details();
        StringBuilder who = new StringBuilder();
        if (details.proposerName() != null) {
            who.append(where.getTranslation("debrief.proposedBy", details.proposerName()
                    + (details.proposerTitle() == null ? "" : " (" + details.proposerTitle() + ")")));
        }
        if (details.targetKpi() != null) {
            who.append(who.isEmpty() ? "" : " · ").append(where.getTranslation("debrief.kpi", details.targetKpi()));
        }
        if (details.expectedEffect() != null) {
            who.append(who.isEmpty() ? "" : " · ").append(details.expectedEffect());
        }
        return who.toString();
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
