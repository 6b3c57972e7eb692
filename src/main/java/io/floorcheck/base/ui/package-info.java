/** The application shell shared by every feature: layout, navigation, error pages, error handling. */
package io.floorcheck.base.ui;
