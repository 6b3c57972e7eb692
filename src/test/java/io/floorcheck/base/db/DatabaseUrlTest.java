package io.floorcheck.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void noConfigurationMeansTheEmbeddedH2FileDatabaseInMysqlMode() {
        DatabaseUrl url = DatabaseUrl.of("");
        assertThat(url.embedded()).isTrue();
        assertThat(url.kind().dialect()).isEqualTo(SQLDialect.H2);
        assertThat(url.url()).startsWith("jdbc:h2:file:./data/").contains("MODE=MySQL");
    }

    @Test
    void demoModeWithoutConfigurationGetsItsOwnFileSoDemoAccountsNeverReachTheRealDatabase() {
        assertThat(DatabaseUrl.of(" ", true).url()).startsWith("jdbc:h2:file:./data/floorcheck-demo;");
        assertThat(DatabaseUrl.of("jdbc:mysql://h/db", true).kind()).isEqualTo(DatabaseUrl.Kind.MYSQL);
    }

    @Test
    void anH2ServerOverTheNetworkIsNotEmbedded() {
        assertThat(DatabaseUrl.of("jdbc:h2:tcp://db.internal/floorcheck").embedded()).isFalse();
        assertThat(DatabaseUrl.of("jdbc:h2:mem:x").embedded()).isTrue();
        assertThat(DatabaseUrl.of("jdbc:mysql://h/db").embedded()).isFalse();
    }

    @Test
    void mysqlUrlsGetUtf8UtcTimeoutsAndTheGroupConcatLimit() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:mysql://db.internal:3306/floorcheck");
        assertThat(url.kind().dialect()).isEqualTo(SQLDialect.MYSQL);
        assertThat(url.url()).startsWith("jdbc:mysql://db.internal:3306/floorcheck?")
                .contains("characterEncoding=UTF-8", "connectionTimeZone=UTC", "forceConnectionTimeZoneToSession=true",
                        "connectTimeout=", "socketTimeout=", "sessionVariables=group_concat_max_len=1073741824");
    }

    @Test
    void settingsTheOperatorGaveAreKept() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:mysql://h/db?connectTimeout=1000&sessionVariables=sql_mode='ANSI'");
        assertThat(url.url()).contains("connectTimeout=1000").doesNotContain("connectTimeout=5000")
                .contains("sessionVariables=sql_mode='ANSI',group_concat_max_len=1073741824");
    }

    @Test
    void multiQueriesAreRefusedHoweverTheyAreWritten() {
        for (String url : new String[] {"jdbc:mysql://h/db?allowMultiQueries=true",
                "jdbc:mysql://h/db?ALLOWMULTIQUERIES=yes", "jdbc:mysql://(host=h,port=3306,allowMultiQueries=TRUE)/db"}) {
            assertThatThrownBy(() -> DatabaseUrl.of(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowMultiQueries");
        }
        assertThat(DatabaseUrl.of("jdbc:mysql://h/db?allowMultiQueries=false").url()).contains("allowMultiQueries=false");
    }

    @Test
    void mariadbDriverUrlsAreAnsweredWithTheConnectorJSpelling() {
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:mariadb://h:3306/db"))
                .hasMessageContaining("jdbc:mysql://h:3306/db");
    }

    @Test
    void unsupportedUrlsAreRefusedWithoutEchoingAPassword() {
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:postgresql://h/db?password=secret"))
                .hasMessageContaining("Unsupported").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:mariadb://admin:secret@h/db"))
                .hasMessageContaining("jdbc:mysql://admin:***@h/db").hasMessageNotContaining("secret");
        assertThat(DatabaseUrl.of("jdbc:mysql://h/db?user=u&password=secret").toString()).doesNotContain("secret");
    }

    @Test
    void aConfiguredH2UrlGetsMySqlModeUnlessItSetsItsOwnOptions() {
        assertThat(DatabaseUrl.of("jdbc:h2:file:/srv/floorcheck").url())
                .isEqualTo("jdbc:h2:file:/srv/floorcheck;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        assertThat(DatabaseUrl.of("jdbc:h2:mem:x;mode=MySQL;AUTO_SERVER=TRUE").url())
                .isEqualTo("jdbc:h2:mem:x;mode=MySQL;AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    }
}
