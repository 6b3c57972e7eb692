package io.floorcheck.vendor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a vendor (or one of its sites) handles. */
public enum ServiceLine {
    VOICE, CHAT, EMAIL, BACK_OFFICE;

    /** Stored as a comma-separated list in a fixed order, so equal sets compare equal as text. */
    public static String store(Set<ServiceLine> lines) {
        return lines.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<ServiceLine> parseStored(String stored) {
        Set<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(ServiceLine::valueOf).forEach(lines::add);
        }
        return lines;
    }

    /** Lenient reading for imports: "Voice", "back office", "back-office" and "BACK_OFFICE" all work. */
    public static Optional<ServiceLine> fromText(String text) {
        String normal = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(values()).filter(line -> line.name().equals(normal)).findFirst();
    }
}
