/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.server.component.ComponentConnection;
import dev.parley.server.component.ConnectException;
import dev.parley.server.component.ConnectFailure;
import dev.parley.testkit.Prosody;
import dev.parley.testkit.ProsodyExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/** The component runtime against a real Prosody, with a real Smack client on the other side. */
class ComponentIT {
  private static final String DOMAIN = "parley.localhost";

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(DOMAIN)
          .component("other.localhost")
          .accounts("alice")
          .build();

  @TempDir Path data;
  private Parley parley;

  private Parley start(Map<String, Object> overrides) throws Exception {
    parley =
        Parley.start(TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, overrides), List.of());
    parley.firstConnections().get(20, TimeUnit.SECONDS);
    return parley;
  }

  @AfterEach
  void stop() {
    if (parley != null) {
      parley.close();
    }
  }

  private static Jid jid(String s) throws Exception {
    return JidCreate.from(s);
  }

  @Test
  void answersPingsToTheDomainAndToEntitiesUnderIt() throws Exception {
    start(Map.of());
    XMPPTCPConnection alice = PROSODY.get().login("alice");
    Ping toDomain = new Ping(jid(DOMAIN));
    assertThat(alice.createStanzaCollectorAndSend(toDomain).<IQ>nextResultOrThrow().getType())
        .isEqualTo(IQ.Type.result);
    Ping toRoom = new Ping(jid("room1@" + DOMAIN + "/focus"));
    assertThat(alice.createStanzaCollectorAndSend(toRoom).<IQ>nextResultOrThrow().getType())
        .isEqualTo(IQ.Type.result);
  }

  @Test
  void answersUnknownPayloadsWithServiceUnavailable() throws Exception {
    start(Map.of());
    XMPPTCPConnection alice = PROSODY.get().login("alice");
    RawIq unknown = new RawIq(IQ.Type.get, jid(DOMAIN), "query", "urn:example:nothing", "", null);
    assertThatThrownBy(() -> alice.createStanzaCollectorAndSend(unknown).nextResultOrThrow())
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.service_unavailable));
  }

  @Test
  void reconnectsWhenProsodyRestartsAndServesAgain() throws Exception {
    start(Map.of());
    Prosody prosody = PROSODY.get();
    prosody.restart();
    ComponentConnection connection = parley.connections().get(0);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> connection.state() == ComponentConnection.State.CONNECTED);
    XMPPTCPConnection alice = prosody.login("alice", "after-restart");
    assertThat(
            alice
                .createStanzaCollectorAndSend(new Ping(jid(DOMAIN)))
                .<IQ>nextResultOrThrow()
                .getType())
        .isEqualTo(IQ.Type.result);
    assertThat(parley.meters().find("parley.xmpp.reconnects").counter().count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void wrongSecretFailsStartUpWithNotAuthorizedAndKeepsRetrying() throws Exception {
    parley =
        Parley.start(
            TestConfigs.forProsody(
                PROSODY.get(), DOMAIN, data, Map.of("parley.xmpp.secret", "wrong")),
            List.of());
    assertThatThrownBy(() -> parley.firstConnections().get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ConnectException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(ConnectFailure.NOT_AUTHORIZED);
              assertThat(e.failure().exitCode()).isEqualTo(3);
              assertThat(e.getMessage()).contains("parley.xmpp.secret").contains("not-authorized");
            });
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> parley.meters().find("parley.xmpp.reconnects").counter().count() >= 2);
    assertThat(parley.connections().get(0).state())
        .isNotEqualTo(ComponentConnection.State.CONNECTED);
  }

  @Test
  void unknownComponentDomainIsHostUnknown() throws Exception {
    Map<String, Object> overrides =
        Map.of("parley.xmpp.domain", "nothere.localhost", "parley.xmpp.secret", "x");
    parley = Parley.start(TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, Map.of()), List.of());
    parley.close();
    parley =
        Parley.start(TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, overrides), List.of());
    assertThatThrownBy(() -> parley.firstConnections().get(20, TimeUnit.SECONDS))
        .cause()
        .isInstanceOfSatisfying(
            ConnectException.class,
            e -> assertThat(e.failure()).isEqualTo(ConnectFailure.HOST_UNKNOWN));
  }

  @Test
  void servesSeveralDomainsEachOnItsOwnConnection() throws Exception {
    Map<String, Object> overrides =
        Map.of(
            "parley.xmpp.components",
            List.of(
                Map.of(
                    "domain",
                    "other.localhost",
                    "secret",
                    PROSODY.get().componentSecret("other.localhost"))));
    start(overrides);
    assertThat(parley.connections()).hasSize(2);
    XMPPTCPConnection alice = PROSODY.get().login("alice", "multi");
    for (String d : List.of(DOMAIN, "other.localhost")) {
      IQ reply = alice.createStanzaCollectorAndSend(new Ping(jid(d))).nextResultOrThrow();
      assertThat(reply.getFrom().toString()).isEqualTo(d);
    }
  }

  @Test
  void healthAndMetricsOverHttp() throws Exception {
    start(Map.of());
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + parley.httpPort() + "/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"up\"")
        .contains("parley.localhost")
        .contains("CONNECTED");
    XMPPTCPConnection alice = PROSODY.get().login("alice", "metrics");
    alice.createStanzaCollectorAndSend(new Ping(jid(DOMAIN))).nextResultOrThrow();
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + parley.httpPort() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("parley_stanzas_in_total{kind=\"iq\"}")
        .contains("parley_iq_replies_total{condition=\"result\"}")
        .contains("parley_xmpp_outbound_queue")
        .contains("jvm_memory_used_bytes")
        .contains("parley_iq_handling_seconds_bucket");

    PROSODY.get().stop();
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  http.send(
                              HttpRequest.newBuilder(
                                      URI.create(
                                          "http://127.0.0.1:" + parley.httpPort() + "/health"))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString())
                          .statusCode()
                      == 503);
    } finally {
      PROSODY.get().restart();
    }
  }
}
