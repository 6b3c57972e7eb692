package io.floorcheck.base.db;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.SQLDialect;

/**
 * The JDBC URL the application runs on, and what follows from it: which kind of database it
 * is, which jOOQ dialect to use, and the connection settings Floorcheck relies on.
 *
 * <p>Only two kinds are supported on purpose: the embedded H2 default (MySQL mode) and any
 * MySQL-family server through MySQL Connector/J. Anything else is refused at start-up with a
 * message that says what to use instead, rather than failing later on a dialect detail.
 */
public record DatabaseUrl(Kind kind, String url) {

    private static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    /** The embedded default: a file database under ./data that survives restarts. */
    public static final String EMBEDDED_DEFAULT = "jdbc:h2:file:./data/floorcheck" + H2_OPTIONS;
    /**
     * Demo mode's own file, so demo accounts with their published password never end up in
     * the database a later real start uses.
     */
    public static final String EMBEDDED_DEMO = "jdbc:h2:file:./data/floorcheck-demo" + H2_OPTIONS;

    /** Seconds before a connection attempt to a dead server fails. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** A query that hangs this long on a dead socket fails instead of hanging the UI for minutes. */
    static final int SOCKET_TIMEOUT_MILLIS = 60_000;
    private static final Pattern MULTI_QUERIES = Pattern.compile("(?i)allowMultiQueries\\s*=\\s*([^&;,)]*)");

    public enum Kind {
        H2(SQLDialect.H2),
        MYSQL(SQLDialect.MYSQL);

        private final SQLDialect dialect;

        Kind(SQLDialect dialect) {
            this.dialect = dialect;
        }

        /**
         * The jOOQ dialect, chosen from the URL and never guessed from driver metadata:
         * MariaDB through Connector/J must use MYSQL (MARIADB breaks RETURNING there).
         */
        public SQLDialect dialect() {
            return dialect;
        }
    }

    /**
     * Reads a configured URL; a blank one means the embedded default.
     *
     * @throws IllegalArgumentException with a user-facing message for unsupported URLs
     */
    /**
     * The schema is written for MySQL: an H2 URL gets MySQL mode and lower-case identifiers
     * unless it sets these options itself.
     */
    static String withH2Defaults(String url) {
        StringBuilder result = new StringBuilder(url);
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        for (String option : H2_OPTIONS.substring(1).split(";")) {
            String key = option.substring(0, option.indexOf('=') + 1).toUpperCase(java.util.Locale.ROOT);
            if (!upper.contains(";" + key)) {
                result.append(';').append(option);
            }
        }
        return result.toString();
    }

    public static DatabaseUrl of(String configured) {
        return of(configured, false);
    }

    /** As {@link #of(String)}; with nothing configured, demo mode gets its own embedded file. */
    public static DatabaseUrl of(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            return new DatabaseUrl(Kind.H2, demo ? EMBEDDED_DEMO : EMBEDDED_DEFAULT);
        }
        String url = configured.trim();
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseUrl(Kind.H2, withH2Defaults(url));
        }
        if (url.startsWith("jdbc:mysql://")) {
            return new DatabaseUrl(Kind.MYSQL, withMysqlDefaults(url));
        }
        if (url.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("Floorcheck connects to MariaDB through MySQL Connector/J: write the URL as "
                    + redact(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")));
        }
        throw new IllegalArgumentException(
                "Unsupported database URL (expected jdbc:mysql://HOST:3306/DB or jdbc:h2:...): " + redact(url));
    }

    /** H2 inside this process (file or memory), not an H2 server reached over the network. */
    public boolean embedded() {
        return kind == Kind.H2 && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /**
     * Adds the settings every MySQL-family connection needs unless the operator set them:
     * UTF-8 (utf8mb4 on the server), UTC, a group_concat limit large enough for jOOQ's
     * MULTISET emulation, and timeouts for fast failure. allowMultiQueries is refused because
     * it turns any SQL injection into arbitrary statements.
     */
    static String withMysqlDefaults(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        Map<String, String> params = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        // Refused wherever and however it is written (query, host properties, yes/TRUE/1).
        Matcher multiQueries = MULTI_QUERIES.matcher(url);
        while (multiQueries.find()) {
            if (!multiQueries.group(1).trim().toLowerCase(Locale.ROOT).equals("false")) {
                throw new IllegalArgumentException("allowMultiQueries is not allowed in the database URL");
            }
        }
        params.putIfAbsent("characterEncoding", "UTF-8");
        params.putIfAbsent("connectionTimeZone", "UTC");
        params.putIfAbsent("forceConnectionTimeZoneToSession", "true");
        params.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        params.putIfAbsent("socketTimeout", String.valueOf(SOCKET_TIMEOUT_MILLIS));
        String sessionVariables = params.getOrDefault("sessionVariables", "");
        if (!sessionVariables.contains("group_concat_max_len")) {
            params.put("sessionVariables", (sessionVariables.isEmpty() ? "" : sessionVariables + ",")
                    + "group_concat_max_len=1073741824");
        }
        StringBuilder result = new StringBuilder(base).append('?');
        params.forEach((key, value) -> result.append(key).append('=').append(value).append('&'));
        return result.substring(0, result.length() - 1);
    }

    /** Never log a password that someone put into the URL. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;,)]*", "$1***")
                .replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@");
    }

    @Override
    public String toString() {
        return kind + " " + redact(url);
    }
}
