package io.floorcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.floorcheck.report.ComparisonPdf.Sheet;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The methodology (the rubrics, the weights and how every number is made, in plain words — the
 * README's methodology says the same) and the Record: who took part, their declarations, when
 * cards were submitted and reopened and why, what was agreed and waived, and the figures that
 * tie this file to the data package.
 */
final class RecordPages {

    /** The longest user note the report prints whole; the data package has every note in full. */
    static final int NOTE_CAP = 500;

    private static final List<String> METHOD = List.of("counts", "model", "gates", "upsell", "consensus", "sure",
            "weights", "agreement", "perception");

    private RecordPages() {
    }

    // ---- 7. Methodology ----

    static void methodology(Sheet sheet) {
        ReportText t = sheet.t();
        Locale locale = sheet.locale();
        ComparisonReport report = sheet.report();
        sheet.newPage();
        sheet.add(Layout.title(t.get("report.methodTitle")));
        ComparisonReport.Weights w = report.weights();
        sheet.add(Layout.paragraph(t.get("report.partWeights", Figures.weight(w.visit(), locale),
                Figures.weight(w.leadership(), locale), Figures.weight(w.recommendationShare() * 100, locale),
                Figures.weight(w.sessionShare() * 100, locale))));
        PdfPTable versions = Layout.table(new float[] {1.4f, 3, 1}, List.of(t.get("report.part"),
                t.get("report.rubric"), t.get("report.version")));
        for (ComparisonReport.RubricVersion version : report.rubricVersions()) {
            Layout.row(versions, t.get("report.part." + version.part()), version.rubricName(),
                    String.valueOf(version.number()));
        }
        sheet.add(versions);

        // One table per section, headed by it: a section's name never stays alone at a page's foot.
        sheet.add(Layout.heading(t.get("report.criteriaTitle")));
        Map<String, List<ComparisonReport.Criterion>> sections = new LinkedHashMap<>();
        report.criteria().forEach(c -> sections.computeIfAbsent(c.part() + "|" + c.sectionCode(),
                k -> new ArrayList<>()).add(c));
        for (List<ComparisonReport.Criterion> section : sections.values()) {
            ComparisonReport.Criterion first = section.getFirst();
            String weight = first.sectionWeight() == null ? t.get("report.gatesSection")
                    : t.get("report.sectionWeight", Figures.weight(first.sectionWeight(), locale));
            PdfPTable criteria = Layout.table(t.get("report.part." + first.part()) + " · " + first.sectionCode() + " "
                    + first.sectionTitle() + " — " + weight, Layout.BODY, new float[] {0.8f, 3.6f, 0.8f, 0.9f, 2.2f},
                    List.of(t.get("report.code"), t.get("heatmap.criterion"), t.get("report.weight"),
                            t.get("report.scale"), t.get("report.kind")));
            for (ComparisonReport.Criterion c : section) {
                criteria.addCell(Layout.cell(c.code()));
                criteria.addCell(Layout.cell(c.title()));
                criteria.addCell(Layout.number(c.weight() == null ? "—" : Figures.weight(c.weight(), locale)));
                criteria.addCell(Layout.number(c.gate() ? t.get("report.passFail")
                        : c.scaleMin() + "–" + c.scaleMax()));
                criteria.addCell(Layout.cell(kind(t, c)));
            }
            sheet.add(criteria);
        }

        for (String part : METHOD) {
            String text = part.equals("sure") ? t.get("report.method.sure", report.resamples(),
                    String.valueOf(report.seed())) : t.get("report.method." + part);
            // The part's title travels with its first paragraph.
            sheet.add(part.equals(METHOD.getFirst())
                    ? Layout.headed(t.get("report.howTitle"), t.get("report.method." + part + ".title"), text)
                    : Layout.headed(t.get("report.method." + part + ".title"), 10, text));
        }
    }

    private static String kind(ReportText t, ComparisonReport.Criterion c) {
        List<String> kinds = new java.util.ArrayList<>();
        if (c.gate()) {
            kinds.add(t.get("report.kind.gate"));
        }
        if (c.naAllowed()) {
            kinds.add(t.get("report.kind.na"));
        }
        if (c.upsellMinimum()) {
            kinds.add(t.get("report.kind.upsell"));
        }
        return kinds.isEmpty() ? "—" : String.join("; ", kinds);
    }

    // ---- 8. Record ----

    static void record(Sheet sheet) {
        ReportText t = sheet.t();
        ComparisonReport report = sheet.report();
        sheet.newPage();
        sheet.add(Layout.title(t.get("report.recordTitle")));

        PdfPTable team = Layout.table(t.get("report.teamTitle"), null, new float[] {2.5f, 3, 1.5f}, List.of(t.get("report.person"),
                t.get("report.jobTitle"), t.get("report.role")));
        for (ComparisonReport.Member member : report.team()) {
            Layout.row(team, member.name(), member.title() == null ? "" : member.title(),
                    t.get("report.role." + member.role()));
        }
        sheet.add(team);

        if (report.declarations().isEmpty()) {
            sheet.add(Layout.headed(t.get("coi.record"), t.get("report.noDeclarations")));
        } else {
            PdfPTable declarations = Layout.table(t.get("coi.record"), null, new float[] {2, 2, 3.2f, 1.5f, 3.2f},
                    List.of(t.get("report.person"), t.get("ranking.vendor"), t.get("coi.column.declaration"),
                            t.get("coi.column.when"), t.get("coi.column.decision")));
            for (ComparisonReport.Declaration d : report.declarations()) {
                Layout.row(declarations, d.person(), d.vendor(), d.conflict()
                        ? t.get("coi.column.conflict", PdfText.capped(d.description(), NOTE_CAP,
                                t.get("report.truncatedRecord")))
                        : t.get("coi.column.none"), t.dateTime(d.declaredAt()), decision(t, d));
            }
            sheet.add(declarations);
        }

        if (report.submissions().isEmpty()) {
            sheet.add(Layout.headed(t.get("report.submissionsTitle"), t.get("report.noSubmissions")));
        } else {
            PdfPTable submissions = Layout.table(t.get("report.submissionsTitle"), null, new float[] {2.4f, 2.4f, 1.6f, 2}, List.of(t.get("report.person"),
                    t.get("ranking.vendor"), t.get("report.card"), t.get("report.submittedAt")));
            for (ComparisonReport.Submission s : report.submissions()) {
                Layout.row(submissions, s.evaluator(), sheet.vendorName(s.vendorId()),
                        t.get("report.cardKind." + s.part()), t.dateTime(s.submittedAt()));
            }
            sheet.add(submissions);
        }

        String own = report.recordComplete() ? null : t.get("report.recordOwn");
        if (report.record().isEmpty()) {
            sheet.add(Layout.headed(t.get("report.changesTitle"), own == null ? t.get("report.noChanges")
                    : own + " " + t.get("report.noChanges")));
        } else {
            PdfPTable changes = Layout.table(t.get("report.changesTitle"), own, new float[] {1.7f, 1.8f, 2, 1.8f, 3.4f}, List.of(t.get("report.when"),
                    t.get("report.person"), t.get("report.what"), t.get("report.subject"), t.get("report.reason")));
            for (ComparisonReport.RecordLine line : report.record()) {
                Layout.row(changes, t.dateTime(line.at()), line.person(), t.get("audit.action." + line.action()),
                        line.subject() == null ? "" : PdfText.capped(line.subject(), NOTE_CAP,
                                t.get("report.truncatedRecord")),
                        line.reason() == null ? "" : PdfText.capped(line.reason(), NOTE_CAP,
                                t.get("report.truncatedRecord")));
            }
            sheet.add(changes);
        }

        agreed(sheet);

        PdfPTable file = Layout.table(t.get("report.fileTitle"), null, new float[] {2, 5}, List.of(t.get("report.fact"), t.get("agreement.value")));
        Layout.row(file, t.get("report.fact.generated"), t.dateTime(report.generatedAt()));
        Layout.row(file, t.get("report.fact.version"), report.appVersion());
        Layout.row(file, t.get("report.fact.evaluation"), String.valueOf(report.evaluationId()));
        Layout.row(file, t.get("report.fact.seed"), t.get("report.fact.seedValue", String.valueOf(report.seed()),
                report.resamples()));
        Layout.row(file, t.get("report.fact.sha"), report.scoresSha256());
        sheet.add(file);
        sheet.add(Layout.muted(t.get("report.fileText")));
    }

    private static String decision(ReportText t, ComparisonReport.Declaration d) {
        String reason = d.decisionReason() == null ? "" : PdfText.capped(d.decisionReason(), NOTE_CAP,
                t.get("report.truncatedRecord"));
        return switch (d.review()) {
            case "ALLOWED" -> t.get("coi.allowed", d.decidedBy(), reason) + " · " + t.dateTime(d.decidedAt());
            case "EXCLUDED" -> t.get("coi.excludedBy", d.decidedBy(), reason) + " · " + t.dateTime(d.decidedAt());
            case "PENDING" -> t.get("coi.waiting.lead");
            default -> t.get("report.noDecisionNeeded");
        };
    }

    /** Every agreed value and waiver in force, with who recorded it, when and why. */
    private static void agreed(Sheet sheet) {
        ReportText t = sheet.t();
        ComparisonReport report = sheet.report();
        if (report.agreed().isEmpty() && report.waivers().isEmpty()) {
            sheet.add(Layout.headed(t.get("agreed.title"), t.get("agreed.none")));
            return;
        }
        PdfPTable table = Layout.table(t.get("agreed.title"), null, new float[] {3, 1.3f, 3.4f, 2}, List.of(t.get("agreed.item"),
                t.get("agreed.value"), t.get("agreed.why"), t.get("agreed.who")));
        for (ComparisonReport.Agreed a : report.agreed()) {
            Layout.row(table, PdfText.inSentence(sheet.vendorName(a.vendorId())) + " · "
                    + (a.recommendationTitle() == null ? "" : "“" + PdfText.capped(a.recommendationTitle(), NOTE_CAP,
                            t.get("report.truncated")) + "” · ") + a.criterionCode() + " " + a.criterionTitle(),
                    sheet.mark(a.value()),
                    PdfText.capped(a.rationale(), NOTE_CAP, t.get("report.truncated")),
                    a.recordedBy() + ", " + t.dateTime(a.recordedAt()));
        }
        for (ComparisonReport.Waiver w : report.waivers()) {
            Layout.row(table, PdfText.inSentence(sheet.vendorName(w.vendorId())) + " · " + w.gateCode() + " "
                    + w.gateTitle(),
                    t.get("agreed.waived", w.approver(), w.approverRole()),
                    PdfText.capped(w.reason(), NOTE_CAP, t.get("report.truncated")),
                    w.recordedBy() + ", " + t.dateTime(w.recordedAt()));
        }
        sheet.add(table);
    }
}
