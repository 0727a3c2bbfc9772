/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import static dev.parley.server.meetings.provider.ProviderFixture.NOW;
import static dev.parley.server.meetings.provider.ProviderFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.http.HttpEndpoints;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.provider.Outcomes;
import dev.parley.server.meetings.provider.ProviderFixture;
import dev.parley.server.meetings.provider.ProviderHttp;
import dev.parley.server.meetings.provider.TestTls;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BigBlueButton landing pages end to end: Parley's HTTP server ({@link HttpEndpoints}, Javalin)
 * serves them, a {@code java.net.http} client plays the browser, and {@link BigBlueButtonStandIn}
 * (a stand-in for BigBlueButton's documented API) verifies the join URLs they redirect to.
 */
class BigBlueButtonLandingTest {
  static final String SECRET = "landing-secret-0123456789abcdef";
  static final String PUBLIC_URL = "https://parley.example.org/p";

  @TempDir static Path dir;
  static TestTls tls;
  static BigBlueButtonStandIn bbb;

  private final ProviderFixture fixture = new ProviderFixture();
  private HttpEndpoints http;
  private HttpClient browser;
  private MeetingProvider provider;

  @BeforeAll
  static void start() {
    tls = TestTls.generate(dir, "landing");
    bbb = new BigBlueButtonStandIn(tls.serverContext(), SECRET);
  }

  @AfterAll
  static void stop() {
    bbb.close();
  }

  @BeforeEach
  void serve() throws Exception {
    provider = bigBlueButton(bbb.bigBlueButtonUrl());
    http =
        new HttpEndpoints(
            "127.0.0.1",
            0,
            List::of,
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            fixture.routes);
    // The browser trusts the stand-in (to follow the join URL) and follows no redirect itself.
    browser = ProviderHttp.client(ProviderFixture.meetings(tls.trustConfig()));
  }

  @AfterEach
  void close() {
    http.close();
    fixture.close();
  }

  private MeetingProvider bigBlueButton(String baseUrl) throws Exception {
    return fixture.provider(
        tls.trustConfig()
            + "parley.meetings.providers.bigbluebutton { base-url = \""
            + baseUrl
            + "\", secret = \""
            + SECRET
            + "\", probe-interval = 1h }",
        PUBLIC_URL);
  }

  private MeetingLinks meeting(String id) {
    return Outcomes.value(provider.create(request("bigbluebutton", id, "Weekly sync")));
  }

  @Test
  void theLinkShowsAnAccessibleFormAskingForAName() throws Exception {
    MeetingLinks links = meeting("form-room");
    HttpResponse<String> page = get(links.initiate());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("<form method=\"post\"")
        .contains("<label for=\"name\">Your name</label>")
        .contains("<input id=\"name\" name=\"name\"")
        .contains("as its moderator")
        .doesNotContain(SECRET)
        .doesNotContain("<script");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'none'")
                    .contains("form-action 'self' " + bbb.baseUrl()));
    assertThat(get(links.invite()).body())
        .contains("You are invited to this meeting.")
        .doesNotContain("moderator");
  }

  @Test
  void postingANameRedirectsToAJoinUrlBigBlueButtonAccepts() throws Exception {
    MeetingLinks links = meeting("join-room");
    HttpResponse<String> redirect = post(links.initiate(), Map.of("name", "  Renée O'Brien "));
    assertThat(redirect.statusCode()).isEqualTo(303);
    URI join = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(join.toString())
        .startsWith(bbb.baseUrl() + "/bigbluebutton/api/join?")
        .doesNotContain(SECRET);
    assertThat(query(join))
        .containsEntry("fullName", "Renée O'Brien")
        .containsEntry("meetingID", "join-room")
        .containsEntry("role", "MODERATOR")
        .containsEntry(
            "createTime", Long.toString(bbb.meeting("join-room").orElseThrow().createTime()))
        .containsEntry("redirect", "true")
        .containsKey("checksum");

    HttpResponse<String> client =
        browser.send(
            HttpRequest.newBuilder(join).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(client.statusCode()).isEqualTo(302);
    assertThat(client.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/html5client/join?sessionToken="));
    assertThat(bbb.joins())
        .contains(new BigBlueButtonStandIn.Join("join-room", "Renée O'Brien", "MODERATOR"));
  }

  @Test
  void theInviteLinkJoinsAsViewerWhateverTheFormSays() throws Exception {
    MeetingLinks links = meeting("viewer-room");
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("name", "Mallory");
    forged.put("role", "MODERATOR");
    forged.put("meetingID", "someone-elses-room");
    HttpResponse<String> redirect = post(links.invite(), forged);
    assertThat(redirect.statusCode()).isEqualTo(303);
    URI join = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(query(join))
        .containsEntry("role", "VIEWER")
        .containsEntry("meetingID", "viewer-room");
    // Changing the role in the join URL breaks its checksum.
    URI tampered = URI.create(join.toString().replace("role=VIEWER", "role=MODERATOR"));
    HttpResponse<String> refused =
        browser.send(
            HttpRequest.newBuilder(tampered).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.body()).contains("<messageKey>checksumError</messageKey>");
    browser.send(HttpRequest.newBuilder(join).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(bbb.joins())
        .contains(new BigBlueButtonStandIn.Join("viewer-room", "Mallory", "VIEWER"));
    assertThat(bbb.joins())
        .noneMatch(j -> j.fullName().equals("Mallory") && j.role().equals("MODERATOR"));
  }

  @Test
  void expiredAndUnknownLinksAreGone() throws Exception {
    MeetingLinks links = meeting("expiring-room");
    fixture.clock.advance(Duration.ofMinutes(5));
    for (HttpResponse<String> r :
        List.of(get(links.initiate()), post(links.initiate(), Map.of("name", "Late")))) {
      assertThat(r.statusCode()).isEqualTo(410);
      assertThat(r.body()).contains("<h1>This meeting link has expired</h1>");
    }
    // The invite link lives until the meeting expires.
    assertThat(get(links.invite()).statusCode()).isEqualTo(200);
    fixture.clock.advance(Duration.ofHours(2));
    assertThat(get(links.invite()).statusCode()).isEqualTo(410);
    assertThat(get(URI.create(PUBLIC_URL + "/meet/bbb/no-such-token")).statusCode()).isEqualTo(410);
    // A link of another provider's type is not a BigBlueButton link.
    String jitsi =
        fixture.landingLinks.create("jitsi", "x", "MODERATOR", NOW.plus(Duration.ofHours(1)));
    assertThat(get(URI.create(PUBLIC_URL + "/meet/bbb/" + jitsi)).statusCode()).isEqualTo(410);
    assertThat(bbb.joins()).noneMatch(j -> j.meetingId().equals("expiring-room"));
  }

  @Test
  void unusableNamesGetTheFormBackWithAnAnnouncedErrorAndEscapedInput() throws Exception {
    MeetingLinks links = meeting("names-room");
    HttpResponse<String> empty = post(links.invite(), Map.of("name", "   "));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body())
        .contains("aria-invalid=\"true\" aria-describedby=\"name-error\"")
        .contains(
            "<p id=\"name-error\" class=\"error\" role=\"alert\">Please enter your name.</p>");

    String hostile = "<script>alert(1)</script>\"' onfocus=x " + "a".repeat(40);
    HttpResponse<String> tooLong = post(links.invite(), Map.of("name", hostile));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body())
        .contains("Please use at most 64 characters.")
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onfocus=x ")
        .doesNotContain("<script>")
        .doesNotContain("\"' onfocus");

    HttpResponse<String> control = post(links.invite(), Map.of("name", "Bob\u0007"));
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(control.body()).contains("Please use only printable characters.");
    assertThat(bbb.joins()).noneMatch(j -> j.meetingId().equals("names-room"));
  }

  @Test
  void aMeetingBigBlueButtonEndedIsCreatedAgainOnJoin() throws Exception {
    MeetingLinks links = meeting("ended-room");
    long firstSession = bbb.meeting("ended-room").orElseThrow().createTime();
    bbb.end("ended-room");
    HttpResponse<String> redirect = post(links.invite(), Map.of("name", "Carol"));
    assertThat(redirect.statusCode()).isEqualTo(303);
    BigBlueButtonStandIn.Meeting again = bbb.meeting("ended-room").orElseThrow();
    assertThat(again.createTime()).isNotEqualTo(firstSession);
    assertThat(again.name()).isEqualTo("Meeting");
    URI join = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(query(join)).containsEntry("createTime", Long.toString(again.createTime()));
    browser.send(HttpRequest.newBuilder(join).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(bbb.joins())
        .contains(new BigBlueButtonStandIn.Join("ended-room", "Carol", "VIEWER"));
  }

  @Test
  void aBigBlueButtonThatCannotBeReachedGivesAnErrorPage() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    http.close();
    serveWith("https://127.0.0.1:" + port + "/bigbluebutton");
    String token = fixture.landingLinks.create("bigbluebutton", "m", "VIEWER", Instant.MAX);
    HttpResponse<String> r =
        post(URI.create(PUBLIC_URL + "/meet/bbb/" + token), Map.of("name", "Dan"));
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.body()).contains("The meeting service is not available").doesNotContain(SECRET);
  }

  /** Serves the landing pages of a provider for {@code baseUrl} instead. */
  private void serveWith(String baseUrl) throws Exception {
    fixture.routes.clear();
    bigBlueButton(baseUrl);
    http =
        new HttpEndpoints(
            "127.0.0.1",
            0,
            List::of,
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            fixture.routes);
  }

  /** The landing link as served locally (the reverse proxy's job in production). */
  private URI local(URI link) {
    assertThat(link.toString()).startsWith(PUBLIC_URL + "/meet/bbb/");
    return URI.create(
        "http://127.0.0.1:" + http.port() + link.toString().substring(PUBLIC_URL.length()));
  }

  private HttpResponse<String> get(URI link) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(local(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI link, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(local(link))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
