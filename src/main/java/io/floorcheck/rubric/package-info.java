/**
 * The rubric library: versioned yardsticks that every score is measured against. A published
 * version never changes, so a score keeps meaning what it meant when it was given. Ships the
 * default library (shadow visit, leadership recommendation, leadership session) in every
 * database.
 */
package io.floorcheck.rubric;
