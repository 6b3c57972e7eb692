package io.floorcheck.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells the sign-in besides the name and password: the client's
 * address (from the container) and the hashes of the device tokens the browser holds.
 */
public class SignInDetails extends WebAuthenticationDetails {

    private final List<String> deviceHashes;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceHashes = DeviceCookie.tokens(request).stream().map(DeviceCookie::hash).toList();
    }

    /** For sign-ins not made through the web form (tests): an address and the device hashes. */
    public SignInDetails(String remoteAddress, List<String> deviceHashes) {
        super(remoteAddress, null);
        this.deviceHashes = List.copyOf(deviceHashes);
    }

    public List<String> deviceHashes() {
        return deviceHashes;
    }
}
