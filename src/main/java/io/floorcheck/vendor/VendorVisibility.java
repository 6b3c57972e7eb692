package io.floorcheck.vendor;

/**
 * Who besides procurement may see a vendor: implemented by the evaluation feature (members
 * see the candidates of their own evaluations). Declared here so that vendor does not depend
 * on evaluation; without an implementation only ADMIN and PROCUREMENT see vendors.
 */
public interface VendorVisibility {

    boolean maySee(long vendorId);
}
