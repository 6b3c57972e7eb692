/**
 * Who may do what: the security filter chain, roles, the signed-in user, the login view and
 * login throttling. Depends on nothing app-specific; the {@code user} feature plugs in the
 * account store through {@link io.floorcheck.security.AccountDirectory}.
 */
package io.floorcheck.security;
