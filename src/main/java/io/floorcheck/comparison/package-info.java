/**
 * The comparison of an evaluation's candidates: loads the evaluation's data in a constant number
 * of queries, runs the {@code scoring} engine on it, and exports the data package from which
 * anyone can recompute every number. Also the {@code stats} command line.
 */
package io.floorcheck.comparison;
