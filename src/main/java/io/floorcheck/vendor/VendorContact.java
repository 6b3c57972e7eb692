package io.floorcheck.vendor;

/** Someone at the vendor to deal with. */
public record VendorContact(String name, String title, String email, String phone) {
}
