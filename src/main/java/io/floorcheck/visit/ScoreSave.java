package io.floorcheck.visit;

/**
 * The outcome of an autosave. {@code saved} is false when the criterion had been changed in
 * another tab or on another device since this one read it: nothing was written, and
 * {@code entry} is the value now stored, for the view to show with a message.
 */
public record ScoreSave(boolean saved, ScoreEntry entry, ScorecardCheck.Progress progress) {
}
