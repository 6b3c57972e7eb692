/**
 * The scoring engine: numbers in, numbers out. Pure Java (no Spring, no database, no Vaadin:
 * DESIGN.md rule 6), so every formula is tested against the published example it comes from.
 * Values are doubles throughout and rounded only for display; a statistic that is undefined for
 * the data at hand says why instead of carrying a NaN to a screen.
 */
package io.floorcheck.scoring;
