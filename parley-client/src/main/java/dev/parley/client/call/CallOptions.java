/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.transfer.TransferPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Calls} session behaves. Immutable; start from {@link #DEFAULT} and change with the
 * withers.
 *
 * @param codecs the encodings offered and accepted, most preferred first: {@link Codec#OPUS},
 *     {@link Codec#PCMU}, {@link Codec#PCMA}, {@link Codec#TELEPHONE_EVENT_48K} and {@link
 *     Codec#TELEPHONE_EVENT} (what the media engine implements), with PCMU or PCMA among them.
 *     WebRTC calls use them all; raw-UDP calls, whose peers are gateways and bridges that take
 *     G.711, use the 8 kHz ones (Opus and 48 kHz events are left out)
 * @param ringTimeout how long an outgoing call may stay unanswered (proposed, ringing, or its
 *     session-initiate unaccepted) before it is given up with {@code timeout}; also how long an
 *     accepted XEP-0353 call waits for the caller's session-initiate
 * @param focus whether this endpoint says it is a conference focus (XEP-0298 § 5) in its
 *     session-initiate and session-accept: for an application that mixes calls itself
 * @param acceptToOwnBareJid whether proceeding with an XEP-0353 call also sends {@code <accept/>}
 *     to our own bare JID, so that our other devices stop ringing without Carbons (Conversations
 *     and Dino do)
 * @param clock the clock of XEP-0353 expiries and session retention
 * @param scheduler where the session's serial tasks, listeners and timers run, or {@code null} for
 *     a daemon thread of its own, stopped by {@link Calls#close()}
 * @param transferPolicy what we do, as transferee, when a peer asks us to transfer a call
 *     (XEP-0251): carry it out, refuse it ({@code unsupported-info}), or ask the application
 *     ({@link CallEvent.TransferRequested})
 * @param transferDecisionTimeout how long a request waits for the application's decision under
 *     {@link TransferPolicy#ASK} before it is refused (the attendant waits for our answer)
 * @param transferTimeout how long, as attendant, we wait for the transferee's answer and then for
 *     the transfer to complete before ending our leg ourselves; longer than the transferee's ring
 *     timeout, since it calls the target meanwhile
 * @param transport how the calls we place carry media (see {@link CallTransport}); calls we receive
 *     are answered in the transport they were offered in
 * @param iceDiscovery whether WebRTC calls also use the STUN and TURN services of the user's own
 *     server (XEP-0215 external service discovery, as Conversations does), after the engine's
 *     configured ones. The session asks its server when it starts and again when the answer is
 *     stale (older than ten minutes, or its credentials about to expire), uses the credentials in
 *     the answer, requests them (XEP-0215 § 3.3) for a restricted TURN service announced without,
 *     and never uses a service after its {@code expires}. A server that does not answer, refuses
 *     (as Prosody does when {@code mod_external_services} is not loaded or the user is not in
 *     {@code external_service_access}) or answers late costs a call at most {@code
 *     iceDiscoveryTimeout}: the call then goes on with what is known, possibly only host candidates
 *     and the configured TURN servers; a late answer serves the next calls. Only the calls we place
 *     wait; a call we answer uses what is known when it is accepted (the session asks again when a
 *     call rings, if its answer is stale)
 * @param iceDiscoveryTimeout how long a call we place waits for the server's XEP-0215 answer at
 *     most
 */
public record CallOptions(
    List<Codec> codecs,
    Duration ringTimeout,
    boolean focus,
    boolean acceptToOwnBareJid,
    Clock clock,
    @Nullable ScheduledExecutorService scheduler,
    TransferPolicy transferPolicy,
    Duration transferDecisionTimeout,
    Duration transferTimeout,
    CallTransport transport,
    boolean iceDiscovery,
    Duration iceDiscoveryTimeout) {

  // Before DEFAULT: static fields initialise in order.
  private static final Set<Codec> SUPPORTED =
      Set.of(Codec.OPUS, Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT_48K, Codec.TELEPHONE_EVENT);

  /**
   * Opus, PCMU, PCMA, telephone-event at 48 and 8 kHz; 60 s to answer; not a focus; accept to own
   * bare JID; transfers allowed (the XEP's behaviour), 15 s to decide when asked, 90 s for our own
   * transfers; {@link CallTransport#AUTO}: WebRTC to devices that can, raw UDP to the others; the
   * server's STUN and TURN services (XEP-0215) used, waiting up to 2 s for them.
   */
  public static final CallOptions DEFAULT =
      new CallOptions(
          List.of(
              Codec.OPUS, Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT_48K, Codec.TELEPHONE_EVENT),
          Duration.ofSeconds(60),
          false,
          true,
          Clock.systemUTC(),
          null,
          TransferPolicy.ALLOW,
          Duration.ofSeconds(15),
          Duration.ofSeconds(90),
          CallTransport.AUTO,
          true,
          Duration.ofSeconds(2));

  public CallOptions {
    codecs = List.copyOf(codecs);
    for (Codec c : codecs) {
      if (!SUPPORTED.contains(c)) {
        throw new IllegalArgumentException(
            c + " is not supported; the media engine has " + SUPPORTED);
      }
    }
    if (!codecs.contains(Codec.PCMU) && !codecs.contains(Codec.PCMA)) {
      throw new IllegalArgumentException("no audio codec among " + codecs);
    }
    positive(ringTimeout, "ringTimeout");
    requireNonNull(clock, "clock");
    requireNonNull(transferPolicy, "transferPolicy");
    positive(transferDecisionTimeout, "transferDecisionTimeout");
    positive(transferTimeout, "transferTimeout");
    requireNonNull(transport, "transport");
    positive(iceDiscoveryTimeout, "iceDiscoveryTimeout");
  }

  private static void positive(Duration d, String name) {
    requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  public CallOptions withCodecs(List<Codec> newCodecs) {
    return copy(v -> v.codecs = newCodecs);
  }

  public CallOptions withRingTimeout(Duration timeout) {
    return copy(v -> v.ringTimeout = timeout);
  }

  public CallOptions withFocus(boolean isFocus) {
    return copy(v -> v.focus = isFocus);
  }

  public CallOptions withAcceptToOwnBareJid(boolean enabled) {
    return copy(v -> v.acceptToOwnBareJid = enabled);
  }

  public CallOptions withClock(Clock newClock) {
    return copy(v -> v.clock = newClock);
  }

  public CallOptions withScheduler(ScheduledExecutorService newScheduler) {
    return copy(v -> v.scheduler = requireNonNull(newScheduler));
  }

  /** What we do as transferee; see {@link TransferPolicy}. */
  public CallOptions withTransferPolicy(TransferPolicy policy) {
    return copy(v -> v.transferPolicy = policy);
  }

  public CallOptions withTransferDecisionTimeout(Duration timeout) {
    return copy(v -> v.transferDecisionTimeout = timeout);
  }

  /** How the calls we place carry media; see {@link CallTransport}. */
  public CallOptions withTransport(CallTransport newTransport) {
    return copy(v -> v.transport = newTransport);
  }

  public CallOptions withTransferTimeout(Duration timeout) {
    return copy(v -> v.transferTimeout = timeout);
  }

  /** Whether WebRTC calls use the server's STUN and TURN services; see {@link #iceDiscovery()}. */
  public CallOptions withIceDiscovery(boolean enabled) {
    return copy(v -> v.iceDiscovery = enabled);
  }

  /** How long a call we place waits for the server's STUN and TURN services at most. */
  public CallOptions withIceDiscoveryTimeout(Duration timeout) {
    return copy(v -> v.iceDiscoveryTimeout = timeout);
  }

  /**
   * This calloptions with {@code change} applied to a copy of its values: what the withers share.
   */
  private CallOptions copy(Consumer<Values> change) {
    Values v = new Values(this);
    change.accept(v);
    return v.build();
  }

  /** The values of a calloptions being derived from another (mutable, never escapes). */
  private static final class Values {
    List<Codec> codecs;
    Duration ringTimeout;
    boolean focus;
    boolean acceptToOwnBareJid;
    Clock clock;
    @Nullable ScheduledExecutorService scheduler;
    TransferPolicy transferPolicy;
    Duration transferDecisionTimeout;
    Duration transferTimeout;
    CallTransport transport;
    boolean iceDiscovery;
    Duration iceDiscoveryTimeout;

    Values(CallOptions m) {
      codecs = m.codecs;
      ringTimeout = m.ringTimeout;
      focus = m.focus;
      acceptToOwnBareJid = m.acceptToOwnBareJid;
      clock = m.clock;
      scheduler = m.scheduler;
      transferPolicy = m.transferPolicy;
      transferDecisionTimeout = m.transferDecisionTimeout;
      transferTimeout = m.transferTimeout;
      transport = m.transport;
      iceDiscovery = m.iceDiscovery;
      iceDiscoveryTimeout = m.iceDiscoveryTimeout;
    }

    CallOptions build() {
      return new CallOptions(
          codecs,
          ringTimeout,
          focus,
          acceptToOwnBareJid,
          clock,
          scheduler,
          transferPolicy,
          transferDecisionTimeout,
          transferTimeout,
          transport,
          iceDiscovery,
          iceDiscoveryTimeout);
    }
  }
}
