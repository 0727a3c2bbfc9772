/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.TurnServer;
import dev.parley.mediajingle.IceServers;
import dev.parley.protocol.extdisco.Credentials;
import dev.parley.protocol.extdisco.ExtdiscoNamespace;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.testkit.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * How a session learns its server's STUN and TURN services (XEP-0215): what a waiting call gets
 * when the server refuses, answers late or never, when credentials must be requested, and when the
 * answer is asked again. The serial executor runs in place; the timer's tasks run when the test
 * says so (no real time passes).
 */
class IceDiscoveryTest {
  private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final MutableClock clock = new MutableClock(T0);
  private final List<XmlElement> asked = new ArrayList<>();
  private final List<CompletableFuture<XmlElement>> answers = new ArrayList<>();
  private final List<Runnable> timers = new ArrayList<>();
  private final IceDiscovery discovery =
      new IceDiscovery(
          request -> {
            asked.add(request);
            CompletableFuture<XmlElement> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
          },
          Runnable::run,
          (task, delay) -> timers.add(task),
          clock,
          TIMEOUT);

  private static Service turn(String username, Instant expires) {
    return Service.withCredentials(Service.TURN, "127.0.0.1", 3478, "udp", username, "pw", expires);
  }

  private static Services answer(Service... services) {
    return Services.of(null, List.of(services));
  }

  @Test
  void anErrorAnswerLetsTheWaitingCallGoOnWithoutServersAndIsNotAskedBeforeEveryCall() {
    List<IceServers> got = new ArrayList<>();
    discovery.whenReady(() -> got.add(discovery.servers()));
    assertThat(asked).singleElement().isInstanceOf(Services.class);
    assertThat(got).isEmpty();

    answers.get(0).completeExceptionally(new IOException("feature-not-implemented"));

    assertThat(got).containsExactly(IceServers.NONE);
    discovery.whenReady(() -> got.add(discovery.servers()));
    assertThat(got).as("the next call does not wait").hasSize(2);
    assertThat(asked).as("nor ask again").hasSize(1);
    runTimers(); // the first call's timeout finds it gone: it does not run twice
    assertThat(got).hasSize(2);
  }

  @Test
  void aServerThatDoesNotAnswerHoldsTheCallOnlyUntilTheTimeoutAndALateAnswerServesTheNextCall() {
    List<IceServers> got = new ArrayList<>();
    discovery.whenReady(() -> got.add(discovery.servers()));
    assertThat(timers).as("the call's timeout").hasSize(1);

    runTimers();

    assertThat(got).containsExactly(IceServers.NONE);
    answers.get(0).complete(answer(turn("u", T0.plus(Duration.ofHours(1)))));
    assertThat(got).as("the late answer does not run the call again").hasSize(1);
    discovery.whenReady(() -> got.add(discovery.servers()));
    assertThat(got).hasSize(2);
    assertThat(got.get(1).turnServers())
        .extracting(TurnServer::address)
        .containsExactly(new InetSocketAddress("127.0.0.1", 3478));
    assertThat(asked).hasSize(1);
  }

  @Test
  void callsWaitingTogetherShareOneQuery() {
    List<String> ran = new ArrayList<>();
    discovery.refresh(); // the session's start
    discovery.whenReady(() -> ran.add("first"));
    discovery.whenReady(() -> ran.add("second"));
    assertThat(asked).hasSize(1);
    answers.get(0).complete(answer(Service.of(Service.STUN, "127.0.0.1", 3478, "udp")));
    assertThat(ran).containsExactly("first", "second");
    assertThat(discovery.servers().stunServers())
        .containsExactly(new InetSocketAddress("127.0.0.1", 3478));
  }

  @Test
  void turnServersAreNotUsedAfterTheirExpiryAndTheServerIsAskedAgainBeforeIt() {
    Instant expires = T0.plus(Duration.ofMinutes(5)); // before the maximum age
    discovery.refresh();
    answers.get(0).complete(answer(turn("first", expires)));
    assertThat(discovery.servers().turnServers()).hasSize(1);

    clock.set(expires.minus(IceDiscovery.MARGIN).minusSeconds(1));
    discovery.refresh();
    assertThat(asked).as("fresh a little longer").hasSize(1);

    clock.set(expires.minus(IceDiscovery.MARGIN));
    discovery.refresh();
    assertThat(asked).as("about to expire: asked again").hasSize(2);

    clock.set(expires);
    assertThat(discovery.servers().turnServers()).as("expired, no new answer yet").isEmpty();

    answers.get(1).complete(answer(turn("second", expires.plus(Duration.ofHours(1)))));
    assertThat(discovery.servers().turnServers())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.credentialsAt(expires))
                    .isEqualTo(new TurnServer.Static("second", "pw")));
  }

  @Test
  void anAnswerWithoutExpiryIsAskedAgainAfterTheMaximumAge() {
    discovery.refresh();
    answers.get(0).complete(answer(Service.of(Service.STUN, "127.0.0.1", 3478, null)));
    clock.set(T0.plus(IceDiscovery.MAX_AGE).minusSeconds(1));
    discovery.refresh();
    assertThat(asked).hasSize(1);
    clock.set(T0.plus(IceDiscovery.MAX_AGE));
    discovery.refresh();
    assertThat(asked).hasSize(2);
  }

  @Test
  void aRestrictedTurnServiceWithoutCredentialsHasThemRequested() {
    Service restricted = restrictedTurnWithoutCredentials();
    discovery.refresh();
    answers.get(0).complete(answer(restricted));

    assertThat(asked).hasSize(2);
    Credentials request = (Credentials) asked.get(1);
    assertThat(request.services())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.type()).isEqualTo(Service.TURN);
              assertThat(s.host()).isEqualTo("127.0.0.1");
              assertThat(s.port()).isEqualTo(3478);
            });
    assertThat(discovery.servers())
        .as("not used before its credentials")
        .isEqualTo(IceServers.NONE);

    answers.get(1).complete(Credentials.of(List.of(turn("issued", T0.plus(Duration.ofHours(1))))));

    assertThat(discovery.servers().turnServers())
        .singleElement()
        .satisfies(
            t -> assertThat(t.credentialsAt(T0)).isEqualTo(new TurnServer.Static("issued", "pw")));
  }

  @Test
  void aRefusedCredentialsRequestLeavesTheServiceOutAndCountsIt() {
    Service restricted = restrictedTurnWithoutCredentials();
    List<IceServers> got = new ArrayList<>();
    discovery.whenReady(() -> got.add(discovery.servers()));
    answers.get(0).complete(answer(restricted, Service.of(Service.STUN, "127.0.0.1", 3478, null)));
    answers.get(1).completeExceptionally(new IOException("forbidden"));

    assertThat(got)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.turnServers()).isEmpty();
              assertThat(s.stunServers()).hasSize(1);
              assertThat(s.skipped())
                  .extracting(IceServers.Skipped::why)
                  .containsExactly("no credentials");
            });
  }

  private void runTimers() {
    List<Runnable> due = List.copyOf(timers);
    timers.clear();
    due.forEach(Runnable::run);
  }

  /** A {@code turn} service marked {@code restricted}, with no username or password. */
  private static Service restrictedTurnWithoutCredentials() {
    return new Service(
        ExtdiscoNamespace.V2,
        null,
        null,
        "127.0.0.1",
        null,
        null,
        3478,
        true,
        "udp",
        Service.TURN,
        null,
        null,
        Extensions.NONE);
  }
}
