/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.meetings.MeetingProviderException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for provider futures in tests (a generous bound: a hang fails, it is not measured). */
public final class Outcomes {
  private Outcomes() {}

  public static <T> T value(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the call failed", ApiCalls.unwrap(e));
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the call did not complete", e);
    }
  }

  public static MeetingProviderException failure(CompletableFuture<?> future) {
    try {
      future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = ApiCalls.unwrap(e);
      assertThat(cause).isInstanceOf(MeetingProviderException.class);
      return (MeetingProviderException) cause;
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the call did not complete", e);
    }
    throw new AssertionError("the call succeeded");
  }
}
