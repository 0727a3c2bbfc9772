/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Asynchronous calls to one provider's HTTP API, with {@code parley.meetings.provider-timeout} on
 * every request and failures classified for XEP-0483 errors:
 *
 * <ul>
 *   <li>no answer within the timeout (connecting included) → {@link Reason#TIMEOUT};
 *   <li>connection refused, unknown host, TLS handshake failure (an untrusted certificate), any
 *       other I/O failure → {@link Reason#UNREACHABLE};
 *   <li>an HTTP error status → {@link Reason#REFUSED} via {@link #refused}, with the status and a
 *       short excerpt of the body.
 * </ul>
 *
 * Messages name the service and what was attempted, never a URL (BigBlueButton URLs carry
 * checksums, Galène's tokens) nor a credential.
 */
public final class ApiCalls {
  private static final int EXCERPT = 200;

  private final HttpClient http;
  private final Duration timeout;
  private final String service;

  /**
   * @param service the service's name in messages ({@code "Galène"})
   */
  public ApiCalls(HttpClient http, Duration timeout, String service) {
    this.http = http;
    this.timeout = timeout;
    this.service = service;
  }

  public String service() {
    return service;
  }

  /**
   * Sends {@code request} (with the timeout set) and completes with the response whatever its
   * status, or exceptionally with a {@link MeetingProviderException} when no response came.
   *
   * @param what what the call does, for messages ({@code "creating the group"})
   */
  public CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request, String what) {
    return http.sendAsync(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                throw new CompletionException(transportFailure(what, failure));
              }
              return response;
            });
  }

  /** A {@link Reason#REFUSED} failure for an unexpected status. */
  public MeetingProviderException refused(String what, HttpResponse<String> response) {
    String body = excerpt(response.body());
    return new MeetingProviderException(
        Reason.REFUSED,
        service
            + " answered "
            + response.statusCode()
            + " to "
            + what
            + (body.isEmpty() ? "" : ": " + body));
  }

  /**
   * Classifies a failure to get any response. Exceptions other than I/O ones are bugs: rethrown.
   */
  public MeetingProviderException transportFailure(String what, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof MeetingProviderException e) {
      return e;
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return new MeetingProviderException(
          Reason.TIMEOUT,
          service + " did not answer within " + timeout.toMillis() + " ms while " + what,
          cause);
    }
    if (cause instanceof ConnectException) {
      return new MeetingProviderException(
          Reason.UNREACHABLE, "could not connect to " + service + " while " + what, cause);
    }
    if (cause instanceof SSLException) {
      return new MeetingProviderException(
          Reason.UNREACHABLE,
          "TLS with " + service + " failed while " + what + ": " + cause.getMessage(),
          cause);
    }
    if (cause instanceof IOException) {
      return new MeetingProviderException(
          Reason.UNREACHABLE,
          service + " could not be reached while " + what + ": " + cause,
          cause);
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }

  /** The exception inside {@link CompletionException} and {@link ExecutionException} wrappers. */
  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /**
   * The first {@value #EXCERPT} characters of a response body on one line, without control
   * characters: enough to say what the service complained about, not enough to flood a log or an
   * error text.
   */
  public static String excerpt(String body) {
    String oneLine = body.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "").strip();
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
  }
}
