/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import java.util.concurrent.CompletableFuture;

/**
 * A source of meeting links for one XEP-0483 meeting type ({@code jitsi}, {@code galene}, {@code
 * bigbluebutton}, a URL template…). The meeting service validates requests, reserves ids, applies
 * quotas and access rules; a provider only makes ids and links.
 *
 * <p>Providers are thread-safe. {@link #create} never blocks the caller: providers that call an
 * HTTP API do it asynchronously, and the service bounds the wait with {@code
 * parley.meetings.provider-timeout}.
 */
public interface MeetingProvider extends AutoCloseable {
  /**
   * The meeting type, as in {@code <query type='…'/>} and the {@code
   * urn:xmpp:http:online-meetings#<type>} feature.
   */
  String type();

  /** A new unguessable meeting id (at least 128 random bits, or the provider's readable form). */
  String newId();

  /**
   * Checks an id the requester asked for against the provider's rules and returns its canonical
   * form (the form that is stored and compared for collisions, e.g. lower-cased for Jitsi).
   *
   * @throws InvalidMeetingIdException with a human-readable reason when the id is not usable
   */
  String checkId(String requested) throws InvalidMeetingIdException;

  /**
   * Creates the meeting where the provider needs it (a Galène group, a BigBlueButton meeting) and
   * returns its links. Completes exceptionally with a {@link MeetingProviderException} saying why
   * it could not.
   */
  CompletableFuture<MeetingLinks> create(MeetingRequest request);

  /**
   * Whether {@link #create} acts on the provider (creates a Galène group, a BigBlueButton meeting).
   * When it does not — the links are computed from the request alone, as for Jitsi and URL
   * templates — the service computes them before reserving the id and stores them in the same
   * transaction, so a request costs one commit.
   */
  default boolean createsAtProvider() {
    return true;
  }

  /**
   * Whether the provider can be reached now. Providers with an API probe it periodically; providers
   * that only build links return {@code true}. Only reachable providers are advertised in service
   * discovery.
   */
  default boolean reachable() {
    return true;
  }

  @Override
  default void close() {}
}
