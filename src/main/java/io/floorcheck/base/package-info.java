/** Small building blocks every feature shares: rule violations, database selection, the UI shell. */
package io.floorcheck.base;
