package io.floorcheck.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.floorcheck.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names exists in the bundle, so no user ever sees a raw key.
 * Keys are read from the sources: literal arguments of getTranslation and RuleViolation.
 */
class MessagesBundleTest {

    private static final Pattern KEY = Pattern.compile(
            "(?:getTranslation|new RuleViolation)\\(\\s*\"([A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    // A prefix such as "role." + role is completed below or covered by view tests.
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        Roles.ALL.forEach(role -> used.add("role." + role));

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("bundle key " + key).containsKey(key));
    }
}
