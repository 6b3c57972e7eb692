/** Database selection: the embedded H2 default or a MySQL-family server, with the matching jOOQ dialect. */
package io.floorcheck.base.db;
