/**
 * The people who use Floorcheck: accounts, roles, passwords, and the administration of them.
 * Also supplies security with its account store and login throttle, and seeds the first
 * administrator and the demo accounts.
 */
package io.floorcheck.user;
