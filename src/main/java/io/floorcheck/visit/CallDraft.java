package io.floorcheck.visit;

import java.time.LocalTime;

/** A call as it is logged: any field may be left empty except the counts, which default to 0. */
public record CallDraft(LocalTime observedAt, String queue, Integer handleSeconds, Resolution firstContact,
        int transfers, int holds, Answer identityVerified, Answer disclosureRead, Answer cardDataOk,
        Sentiment sentiment, String note) {
}
