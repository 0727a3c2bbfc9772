/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.mediajingle.IceServers;
import dev.parley.protocol.extdisco.Credentials;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import dev.parley.protocol.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The STUN and TURN services of the user's own server (XEP-0215, {@code urn:xmpp:extdisco:2}), for
 * the ICE legs of a session's WebRTC calls, as Conversations does. On the serial executor, except
 * the conversion of an answer ({@link IceServers#of}, which may resolve host names), which runs on
 * the thread that completed the query.
 *
 * <ul>
 *   <li><b>When</b>: once when the session starts, then whenever a call needs servers and the
 *       answer we have is stale: older than {@link #MAX_AGE} (the server's list can change), or
 *       within {@link #MARGIN} of the earliest {@code expires} among its services. A failure (an
 *       error answer, no answer, no connection) also counts as an answer for {@link #MAX_AGE}, so
 *       that a server without XEP-0215 is not asked before every call.
 *   <li><b>Credentials</b>: those in the services list; a {@code turn} or {@code turns} service
 *       marked {@code restricted} without a username has them requested with a {@code
 *       <credentials/>} query (§ 3.3) before the answer is used; a service whose request fails is
 *       skipped, as one without credentials.
 *   <li><b>Expiry</b>: once the earliest {@code expires} of the answer has passed, its TURN servers
 *       are no longer handed out (its STUN servers still are) until a new answer arrives.
 *   <li><b>Waiting</b>: {@link #whenReady} runs its task as soon as the answer is fresh, or after
 *       the timeout with whatever is known (possibly nothing: the call then gathers host
 *       candidates, and relayed ones from the TURN servers the engine was configured with).
 * </ul>
 */
final class IceDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(IceDiscovery.class);

  /** How long an answer (or a failure to get one) is used before the server is asked again. */
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  /** How long before its credentials expire an answer is asked again. */
  static final Duration MARGIN = Duration.ofMinutes(1);

  /** The user's server. */
  interface Server {
    /**
     * Sends an IQ get with {@code request} to the user's server; completes with the result's child,
     * or fails (an error answer, no answer in time, no connection). Any thread.
     */
    CompletableFuture<XmlElement> ask(XmlElement request);
  }

  /** Runs a task later (on any thread). */
  interface Timer {
    void schedule(Runnable task, Duration delay);
  }

  /** What is known: the servers, until when their credentials hold, and when it was learnt. */
  private record Known(IceServers servers, @Nullable Instant validUntil, Instant learnt) {}

  private final Server server;
  private final Executor serial;
  private final Timer timer;
  private final Clock clock;
  private final Duration timeout;
  private @Nullable Known known;
  private boolean asking;
  private final List<Runnable> waiting = new ArrayList<>();
  private @Nullable String lastOutcome;

  /**
   * @param timeout how long {@link #whenReady} waits for an answer
   */
  IceDiscovery(Server server, Executor serial, Timer timer, Clock clock, Duration timeout) {
    this.server = server;
    this.serial = serial;
    this.timer = timer;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** The servers to use now: none before the first answer; no TURN once its credentials expired. */
  IceServers servers() {
    Known k = known;
    if (k == null) {
      return IceServers.NONE;
    }
    if (k.validUntil() != null && !clock.instant().isBefore(k.validUntil())) {
      return new IceServers(k.servers().stunServers(), List.of(), k.servers().skipped());
    }
    return k.servers();
  }

  /** Asks the server unless the answer is fresh or a query is under way. */
  void refresh() {
    if (!fresh() && !asking) {
      ask();
    }
  }

  /**
   * Runs {@code task} on the serial executor once the answer is fresh, or after the timeout
   * (whichever comes first; exactly once).
   */
  void whenReady(Runnable task) {
    if (fresh()) {
      task.run();
      return;
    }
    Runnable once = task::run; // its own identity: the timeout removes this one, or finds it gone
    waiting.add(once);
    refresh();
    timer.schedule(
        () ->
            serial.execute(
                () -> {
                  if (waiting.remove(once)) {
                    LOG.debug("no XEP-0215 answer within {}: the call goes on", timeout);
                    once.run();
                  }
                }),
        timeout);
  }

  private boolean fresh() {
    Known k = known;
    if (k == null) {
      return false;
    }
    Instant now = clock.instant();
    return now.isBefore(k.learnt().plus(MAX_AGE))
        && (k.validUntil() == null || now.isBefore(k.validUntil().minus(MARGIN)));
  }

  private void ask() {
    asking = true;
    server
        .ask(Services.request(null))
        .thenCompose(this::withCredentials)
        .thenApply(
            services -> {
              Instant now = clock.instant();
              return new Known(IceServers.of(services, now), validUntil(services, now), now);
            })
        .whenComplete((k, failure) -> serial.execute(() -> answered(k, failure)));
  }

  private void answered(@Nullable Known answer, @Nullable Throwable failure) {
    asking = false;
    if (answer != null) {
      known = answer;
      report(
          "STUN and TURN services of the user's server (XEP-0215): " + answer.servers().describe());
    } else {
      Known previous = known;
      Instant now = clock.instant();
      // keep what we had (its TURN servers stop at their expiry), and do not ask before MAX_AGE
      known =
          previous == null
              ? new Known(IceServers.NONE, null, now)
              : new Known(previous.servers(), previous.validUntil(), now);
      Throwable cause =
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      report("no STUN or TURN services from the user's server (XEP-0215): " + cause);
    }
    List<Runnable> ready = List.copyOf(waiting);
    waiting.clear();
    ready.forEach(Runnable::run);
  }

  /** The answer, with credentials requested for its restricted TURN services that have none. */
  private CompletableFuture<Services> withCredentials(XmlElement answer) {
    if (!(answer instanceof Services services)) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("the server answered " + answer + ", not a service list"));
    }
    List<CompletableFuture<Service>> each = new ArrayList<>();
    for (Service s : services.services()) {
      each.add(needsCredentials(s) ? credentials(s) : CompletableFuture.completedFuture(s));
    }
    return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
        .thenApply(
            done ->
                new Services(
                    services.namespace(),
                    services.type(),
                    each.stream().map(CompletableFuture::join).toList(),
                    services.ext()));
  }

  static boolean needsCredentials(Service s) {
    return (Service.TURN.equals(s.type()) || Service.TURNS.equals(s.type()))
        && Boolean.TRUE.equals(s.restricted())
        && s.username() == null;
  }

  /** The service with the credentials the server issues for it (§ 3.3), or as it was. */
  private CompletableFuture<Service> credentials(Service s) {
    Credentials request =
        Credentials.of(List.of(Service.identifying(s.type(), s.host(), s.port())));
    return server
        .ask(request)
        .handle(
            (answer, failure) -> {
              if (answer instanceof Credentials c) {
                for (Service issued : c.services()) {
                  if (issued.type().equals(s.type())
                      && issued.host().equals(s.host())
                      && (s.port() == null || Objects.equals(issued.port(), s.port()))
                      && issued.username() != null) {
                    return withCredentialsOf(s, issued);
                  }
                }
              }
              LOG.debug(
                  "no credentials for {}:{}: {}",
                  s.type(),
                  s.host(),
                  failure != null ? failure.toString() : answer);
              return s;
            });
  }

  private static Service withCredentialsOf(Service s, Service issued) {
    return new Service(
        s.namespace(),
        s.action(),
        issued.expires() != null ? issued.expires() : s.expires(),
        s.host(),
        s.name(),
        issued.password(),
        s.port(),
        s.restricted(),
        s.transport(),
        s.type(),
        issued.username(),
        s.form(),
        s.ext());
  }

  /** The earliest expiry after {@code now} among the services, or null when none expires. */
  private static @Nullable Instant validUntil(Services services, Instant now) {
    Instant earliest = null;
    for (Service s : services.services()) {
      Instant e = s.expires();
      if (e != null && e.isAfter(now) && (earliest == null || e.isBefore(earliest))) {
        earliest = e;
      }
    }
    return earliest;
  }

  /** Logs an outcome when it differs from the last one. */
  private void report(String outcome) {
    if (!outcome.equals(lastOutcome)) {
      lastOutcome = outcome;
      LOG.debug(outcome);
    }
  }
}
