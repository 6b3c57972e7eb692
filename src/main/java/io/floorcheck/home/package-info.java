/** The home page: per role, what needs the user's attention across evaluations. */
package io.floorcheck.home;
