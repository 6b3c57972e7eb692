package io.floorcheck.visit;

/** What an agenda item is. */
public enum AgendaKind {
    BRIEFING, FLOOR_SHADOWING, CALL_LISTENING, FOCUS_GROUP, LEADERSHIP_DEBRIEF, OTHER
}
