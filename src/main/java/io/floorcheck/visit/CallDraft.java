package io.floorcheck.visit;

import java.time.LocalTime;

import io.floorcheck.base.Text;

/** A call as it is logged: any field may be left empty except the counts, which default to 0. */
public record CallDraft(LocalTime observedAt, String queue, Integer handleSeconds, Resolution firstContact,
        int transfers, int holds, Answer identityVerified, Answer disclosureRead, Answer cardDataOk,
        Sentiment sentiment, String note) {

    public static final int QUEUE_LENGTH = 120;
    public static final int NOTE_LENGTH = 4000;

    public CallDraft {
        queue = Text.lineOrNull(queue);
        note = Text.cleanOrNull(note);
    }
}
