/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyConfigTest {
  @TempDir Path dir;

  private Path file(String hocon) throws Exception {
    Path f = dir.resolve("parley.conf");
    Files.writeString(f, hocon);
    return f;
  }

  @Test
  void readsAFileOverTheDefaults() throws Exception {
    ParleyConfig c =
        ParleyConfig.load(
            file(
                "parley.xmpp { domain = \"conf.example.org\", secret = \"s\", port = 5348 }\nparley.admins = [\"boss@example.org\"]"),
            Map.of());
    assertThat(c.xmpp().domain().toString()).isEqualTo("conf.example.org");
    assertThat(c.xmpp().port()).isEqualTo(5348);
    assertThat(c.xmpp().host()).isEqualTo("127.0.0.1");
    assertThat(c.xmpp().keepAlive()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.http().port()).isEqualTo(8780);
    assertThat(c.store().url()).startsWith("jdbc:h2:file:").contains("parley-data");
    assertThat(c.router().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(c.admins()).extracting(Object::toString).containsExactly("boss@example.org");
  }

  @Test
  void environmentOverridesKeys() throws Exception {
    ParleyConfig c =
        ParleyConfig.load(
            file("parley.xmpp { domain = \"conf.example.org\", secret = \"fromfile\" }"),
            Map.of(
                "PARLEY_XMPP_SECRET",
                "fromenv",
                "PARLEY_DATA_DIR",
                "/var/lib/parley",
                "PARLEY_XMPP_PING_INTERVAL",
                "15s",
                "PARLEY_ADMINS",
                "a@x.org, b@x.org"));
    assertThat(c.xmpp().components().get(0).secret()).isEqualTo("fromenv");
    assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/parley"));
    assertThat(c.xmpp().pingInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(c.admins()).hasSize(2);
    assertThat(ParleyConfig.environmentName("parley.xmpp.max-stanza-size"))
        .isEqualTo("PARLEY_XMPP_MAX_STANZA_SIZE");
  }

  @Test
  void errorsNameTheKeyAndTheProblem() throws Exception {
    assertThatThrownBy(() -> ParleyConfig.load(null, Map.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "parley.xmpp.domain: is required but missing (set it in the config file or with PARLEY_XMPP_DOMAIN)");
    assertThatThrownBy(
            () -> ParleyConfig.load(file("parley.xmpp.domain = \"c.example.org\""), Map.of()))
        .hasMessageStartingWith("parley.xmpp.secret: is required");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file("parley.xmpp { domain = \"c.example.org\", secret = s, port = 70000 }"),
                    Map.of()))
        .hasMessage("parley.xmpp.port: 70000 is not a port number (1-65535)");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file(
                        "parley.xmpp { domain = \"c.example.org\", secret = s, keep-alive = soon }"),
                    Map.of()))
        .hasMessageStartingWith("parley.xmpp.keep-alive: must be a duration");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file("parley.xmpp { domain = \"not a domain\", secret = s }"), Map.of()))
        .hasMessageStartingWith("parley.xmpp.domain:");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file(
                        "parley.xmpp { domain = \"c.example.org\", secret = s }\nparley.store.url = \"postgres://x\""),
                    Map.of()))
        .hasMessageStartingWith("parley.store.url: must be a JDBC URL");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file(
                        "parley.xmpp { domain = \"c.example.org\", secret = s, components = [ { domain = \"c.example.org\", secret = t } ] }"),
                    Map.of()))
        .hasMessage("parley.xmpp.components[0].domain: c.example.org is listed twice");
    assertThatThrownBy(() -> ParleyConfig.load(file("parley.xmpp { domain = "), Map.of()))
        .hasMessageContaining("not valid HOCON");
    assertThatThrownBy(() -> ParleyConfig.load(dir.resolve("missing.conf"), Map.of()))
        .hasMessageContaining("cannot read");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file("parley.xmpp { domain = \"c.example.org\", secret = s }"),
                    Map.of("PARLEY_XMPP_PORT", "many")))
        .hasMessage("parley.xmpp.port: must be an integer, not 'many'");
  }

  @Test
  void secretsAreNotPrinted() throws Exception {
    ParleyConfig c =
        ParleyConfig.load(
            file("parley.xmpp { domain = \"c.example.org\", secret = \"hunter2\" }"), Map.of());
    assertThat(c.toString()).doesNotContain("hunter2");
  }

  @Test
  void storeKeysHaveDefaultsAndPasswordsInUrlsAreMasked() throws Exception {
    ParleyConfig defaults =
        ParleyConfig.load(file("parley.xmpp { domain = \"c.example.org\", secret = s }"), Map.of());
    assertThat(defaults.store().poolSize()).isEqualTo(8);
    assertThat(defaults.store().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.store().pruneInterval()).isEqualTo(Duration.ofMinutes(5));

    ParleyConfig c =
        ParleyConfig.load(
            file("parley.xmpp { domain = \"c.example.org\", secret = s }"),
            Map.of(
                "PARLEY_STORE_URL",
                "jdbc:postgresql://db/parley?sslmode=verify-full&password=hunter2&user=p",
                "PARLEY_STORE_PASSWORD",
                "swordfish",
                "PARLEY_STORE_POOL_SIZE",
                "3"));
    assertThat(c.store().poolSize()).isEqualTo(3);
    assertThat(c.store().redactedUrl())
        .isEqualTo("jdbc:postgresql://db/parley?sslmode=verify-full&password=***&user=p");
    assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("swordfish");
    assertThat(
            new ParleyConfig.Store(
                    "jdbc:h2:file:/x;PASSWORD=hunter2;MODE=PostgreSQL",
                    "",
                    "",
                    1,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1))
                .redactedUrl())
        .isEqualTo("jdbc:h2:file:/x;PASSWORD=***;MODE=PostgreSQL");
    assertThatThrownBy(
            () ->
                ParleyConfig.load(
                    file("parley.xmpp { domain = \"c.example.org\", secret = s }"),
                    Map.of("PARLEY_STORE_POOL_SIZE", "0")))
        .hasMessage("parley.store.pool-size: 0 is below the minimum 1");
  }
}
