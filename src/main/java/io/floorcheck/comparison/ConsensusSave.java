package io.floorcheck.comparison;

/**
 * The outcome of a consensus or waiver write: saved, or refused because someone else changed the
 * item since it was read — then {@code current} is the item as it stands now (the other value, to
 * show), never silently overwritten.
 */
public record ConsensusSave(boolean saved, ConsensusBoard.Item current) {
}
