package io.floorcheck.visit;

import java.time.Instant;

import io.floorcheck.base.Text;

/**
 * How representative the visit was, recorded by the lead afterwards and shown beside its
 * scores: did we pick agents and queues ourselves, were we left unsupervised, was the focus
 * group held without managers, was the day's volume typical, what hospitality we received.
 * A null answer is not answered yet.
 */
public record VisitIntegrity(Boolean pickedAgents, Boolean unsupervised, Boolean focusGroupAlone,
        Boolean typicalVolume, String hospitality, String note, Instant recordedAt) {

    public static final int TEXT_LENGTH = 2000;

    public VisitIntegrity {
        hospitality = Text.cleanOrNull(hospitality);
        note = Text.cleanOrNull(note);
    }

    public boolean recorded() {
        return recordedAt != null;
    }
}
