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
    void multiQueriesAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:mysql://h/db?allowMultiQueries=true"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowMultiQueries");
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
    }
}
