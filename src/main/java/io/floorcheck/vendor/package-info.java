/**
 * Candidate vendors (BPOs): the legal entity, its contact-center sites and its contacts.
 * Procurement keeps this master data; evaluation members see the vendors of their own
 * evaluations only, through {@link io.floorcheck.vendor.VendorVisibility}.
 */
package io.floorcheck.vendor;
