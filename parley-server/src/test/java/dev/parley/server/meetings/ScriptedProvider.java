/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test double of a meeting provider: builds links {@code https://meet.test/<id>} (and a {@code
 * ?role=moderator} initiate link) immediately, or does what the test scripts next — fail with a
 * reason, or never answer. Ids must be lower-case letters, digits and dashes; generated ids count
 * upwards so tests can predict them.
 */
final class ScriptedProvider implements MeetingProvider {
  enum Next {
    SUCCEED,
    IN_USE,
    REFUSE,
    UNREACHABLE,
    HANG
  }

  private final String type;
  private final AtomicReference<Next> next = new AtomicReference<>(Next.SUCCEED);
  private volatile boolean reachable = true;
  private final AtomicInteger generated = new AtomicInteger();

  ScriptedProvider(String type) {
    this.type = type;
  }

  void next(Next behaviour) {
    next.set(behaviour);
  }

  void reachable(boolean r) {
    this.reachable = r;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String newId() {
    return "generated-" + generated.incrementAndGet();
  }

  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    String id = requested.toLowerCase(Locale.ROOT);
    if (!id.matches("[a-z0-9-]{1,40}")) {
      throw new InvalidMeetingIdException("only letters, digits and dashes, at most 40");
    }
    return id;
  }

  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    Next behaviour = next.getAndSet(Next.SUCCEED);
    return switch (behaviour) {
      case SUCCEED ->
          CompletableFuture.completedFuture(
              new MeetingLinks(
                  URI.create("https://meet.test/" + request.id() + "?role=moderator"),
                  URI.create("https://meet.test/" + request.id())));
      case IN_USE ->
          CompletableFuture.failedFuture(
              new MeetingProviderException(MeetingProviderException.Reason.ID_IN_USE, "exists"));
      case REFUSE ->
          CompletableFuture.failedFuture(
              new MeetingProviderException(
                  MeetingProviderException.Reason.REFUSED, "HTTP 401: bad credentials"));
      case UNREACHABLE ->
          CompletableFuture.failedFuture(
              new MeetingProviderException(
                  MeetingProviderException.Reason.UNREACHABLE, "connection refused"));
      case HANG -> new CompletableFuture<>();
    };
  }

  @Override
  public boolean reachable() {
    return reachable;
  }
}
