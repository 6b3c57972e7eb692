/**
 * The comparison PDF leadership reads and procurement files: an immutable
 * {@link io.floorcheck.report.ComparisonReport} (filled by {@code comparison}) plus a locale and
 * a paper size in, bytes out ({@link io.floorcheck.report.ComparisonPdf}). Pure: no queries, no
 * services. Also the verdict sentences and number formats the comparison view shares with it.
 */
package io.floorcheck.report;
