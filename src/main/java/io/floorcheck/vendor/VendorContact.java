package io.floorcheck.vendor;

import io.floorcheck.base.Text;

/** Someone at the vendor to deal with. */
public record VendorContact(String name, String title, String email, String phone) {

    public VendorContact {
        name = Text.line(name);
        title = Text.lineOrNull(title);
        email = Text.lineOrNull(email);
        phone = Text.lineOrNull(phone);
    }
}
