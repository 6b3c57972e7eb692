/**
 * Leadership recommendations: what a candidate's executives propose to change in the buyer's
 * contact center during the leadership debrief of a visit, captured live by the attendees,
 * curated by the lead (merging duplicates, flagging upsells).
 */
package io.floorcheck.recommendation;
