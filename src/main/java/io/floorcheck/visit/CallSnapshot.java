package io.floorcheck.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The call log as it was when a scorecard was submitted, kept with the card so the evidence
 * beside a judgement does not move under it: one line per call, its fields separated by tabs
 * (the note, which no figure uses, is not kept). Pure text in, text out.
 */
public final class CallSnapshot {

    private static final int FIELDS = 14;

    private CallSnapshot() {
    }

    public static String encode(List<ObservedCall> calls) {
        StringBuilder out = new StringBuilder();
        for (ObservedCall logged : calls) {
            CallDraft c = logged.call();
            List<String> fields = List.of(String.valueOf(logged.id()), String.valueOf(logged.authorId()),
                    text(logged.authorName()), text(logged.observedOn()), text(c.observedAt()), text(c.queue()),
                    text(c.handleSeconds()), text(c.firstContact()), String.valueOf(c.transfers()),
                    String.valueOf(c.holds()), text(c.identityVerified()), text(c.disclosureRead()),
                    text(c.cardDataOk()), text(c.sentiment()));
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }

    public static List<ObservedCall> decode(String snapshot) {
        List<ObservedCall> calls = new ArrayList<>();
        if (snapshot == null || snapshot.isEmpty()) {
            return calls;
        }
        for (String line : snapshot.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != FIELDS) {
                throw new IllegalArgumentException("A call snapshot line has " + f.length + " fields, not " + FIELDS);
            }
            CallDraft call = new CallDraft(value(f[4], LocalTime::parse), value(f[5], CallSnapshot::unescape),
                    value(f[6], Integer::valueOf), value(f[7], Resolution::valueOf), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), value(f[10], Answer::valueOf), value(f[11], Answer::valueOf),
                    value(f[12], Answer::valueOf), value(f[13], Sentiment::valueOf), null);
            calls.add(new ObservedCall(Long.parseLong(f[0]), 0, Long.parseLong(f[1]), unescape(f[2]), false,
                    value(f[3], LocalDate::parse), false, call));
        }
        return calls;
    }

    private static String text(Object value) {
        return value == null ? "" : escape(value.toString());
    }

    private static <T> T value(String field, Function<String, T> parse) {
        return field.isEmpty() ? null : parse.apply(field);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
