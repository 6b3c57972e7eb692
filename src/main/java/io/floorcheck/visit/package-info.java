/**
 * Shadow visits: the plan (site, time in the site's zone, attendees, agenda), the status from
 * planned to completed, what the lead records about the visit's integrity afterwards, and each
 * attendee's expectations per rubric section before the visit starts.
 */
package io.floorcheck.visit;
