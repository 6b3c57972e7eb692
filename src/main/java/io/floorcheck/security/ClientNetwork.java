package io.floorcheck.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The client a sign-in counts as, from the address the server saw: an IPv4 address as it is,
 * an IPv6 address by its /64 network (one subscriber or site usually has a whole /64, and
 * rotating through it must not buy fresh limits). A port some proxies append is dropped.
 */
public final class ClientNetwork {

    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^]]+)](?::\\d+)?");

    private ClientNetwork() {
    }

    public static String of(String address) {
        String literal = address.strip();
        literal = literal.length() <= 64 ? literal : literal.substring(0, 64);
        var withPort = IPV4_WITH_PORT.matcher(literal);
        if (withPort.matches()) {
            return withPort.group(1);
        }
        var bracketed = BRACKETED.matcher(literal);
        if (bracketed.matches()) {
            literal = bracketed.group(1);
        }
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            // Bracketed, it is read as a literal only: no name lookup happens.
            InetAddress parsed = InetAddress.getByName("[" + literal.replaceAll("%.*$", "") + "]");
            if (parsed instanceof Inet6Address six && !six.isLoopbackAddress()) {
                byte[] prefix = Arrays.copyOf(six.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress().replaceAll("(:0)+$", "") + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return literal;
        }
    }
}
