/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static dev.parley.server.meetings.provider.Outcomes.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider HTTP client over real TLS: the trust store option, and how {@link ApiCalls}
 * classifies a hung server, a refused connection, an untrusted certificate and an error status.
 */
class ProviderHttpTest {
  @TempDir static Path dir;
  static TestTls tls;
  static TestTls other;
  static Answering server;

  /** A stand-in that answers 503 with a long body. */
  static final class Answering extends StandInServer {
    Answering(SSLContext context) {
      super(context);
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
      send(exchange, 503, "text/plain", "maintenance\n\twindow " + "x".repeat(500));
    }
  }

  @BeforeAll
  static void certificates() {
    tls = TestTls.generate(dir, "provider-http");
    other = TestTls.generate(dir, "other");
    server = new Answering(tls.serverContext());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void withATrustStoreOnlyItsCertificatesAreTrusted() throws Exception {
    X509TrustManager trust = ProviderHttp.trustManager(meetings(tls.trustConfig()));
    assertThat(trust).isNotNull();
    X509Certificate[] issuers = trust.getAcceptedIssuers();
    assertThat(issuers).hasSize(1);
    assertThat(issuers[0].getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
  }

  @Test
  void withoutATrustStoreTheJdkDefaultApplies() throws Exception {
    assertThat(ProviderHttp.trustManager(meetings(""))).isNull();
    HttpClient client = ProviderHttp.client(meetings(""));
    assertThat(client.sslContext()).isSameAs(SSLContext.getDefault());
  }

  @Test
  void theConfiguredStoreLetsTheClientTalkToTheStandIn() throws Exception {
    HttpResponse<String> response =
        Outcomes.value(calls(tls.trustConfig(), "1s").send(get(), "testing"));
    assertThat(response.statusCode()).isEqualTo(503);
  }

  @Test
  void aCertificateOutsideTheStoreIsUnreachable() {
    // The JDK default trusts no self-signed stand-in; another store does not trust this one.
    for (String config : new String[] {"", other.trustConfig()}) {
      assertThat(failure(calls(config, "5s").send(get(), "creating the group")))
          .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
          .hasMessageStartingWith("TLS with Stand-in failed while creating the group");
    }
  }

  @Test
  void aServerThatNeverAnswersIsATimeout() {
    try (SilentStandIn silent = new SilentStandIn(tls.serverContext())) {
      MeetingProviderException e =
          failure(
              calls(tls.trustConfig(), "300ms")
                  .send(HttpRequest.newBuilder(URI.create(silent.baseUrl() + "/x")), "probing"));
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e).hasMessage("Stand-in did not answer within 300 ms while probing");
    }
  }

  @Test
  void aRefusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MeetingProviderException e =
        failure(
            calls(tls.trustConfig(), "5s")
                .send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/")),
                    "probing"));
    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
    assertThat(e).hasMessage("could not connect to Stand-in while probing");
  }

  @Test
  void anErrorStatusIsRefusedWithTheStatusAndAShortExcerpt() throws Exception {
    ApiCalls calls = calls(tls.trustConfig(), "5s");
    HttpResponse<String> response = Outcomes.value(calls.send(get(), "x"));
    MeetingProviderException e = calls.refused("creating a token", response);
    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
    assertThat(e.getMessage())
        .startsWith("Stand-in answered 503 to creating a token: maintenance window xxx")
        .endsWith("…")
        .hasSize("Stand-in answered 503 to creating a token: ".length() + 200 + 1);
  }

  @Test
  void trustStoreProblemsNameTheirKeys() throws Exception {
    assertThatThrownBy(
            () ->
                ProviderHttp.client(
                    meetings(
                        "parley.meetings.tls { trust-store = \""
                            + dir.resolve("missing.p12")
                            + "\" }")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("parley.meetings.tls.trust-store: cannot read");
    assertThatThrownBy(
            () ->
                ProviderHttp.client(
                    meetings(
                        tls.trustConfig() + "parley.meetings.tls.trust-store-password = wrong")))
        .hasMessageStartingWith("parley.meetings.tls.trust-store-password: does not open");
    Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
    assertThatThrownBy(
            () ->
                ProviderHttp.client(
                    meetings(
                        "parley.meetings.tls { trust-store = \""
                            + garbage
                            + "\", trust-store-password = x }")))
        .hasMessageStartingWith("parley.meetings.tls.trust-store: " + garbage + " is not a");
    assertThatThrownBy(
            () ->
                ProviderHttp.client(meetings("parley.meetings.tls.trust-store-password = secret")))
        .hasMessage("parley.meetings.tls.trust-store-password: is set but tls.trust-store is not");
    assertThatThrownBy(() -> ProviderHttp.client(meetings("parley.meetings.provider-timeout = 0s")))
        .hasMessageStartingWith("parley.meetings.provider-timeout: must be a positive duration");
  }

  private static ConfigReader meetings(String hocon) {
    return ProviderFixture.meetings(hocon);
  }

  private static ApiCalls calls(String hocon, String timeout) {
    try {
      ConfigReader meetings = meetings(hocon + "\nparley.meetings.provider-timeout = " + timeout);
      return new ApiCalls(
          ProviderHttp.client(meetings), ProviderHttp.timeout(meetings), "Stand-in");
    } catch (InvalidConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder get() {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"));
  }
}
