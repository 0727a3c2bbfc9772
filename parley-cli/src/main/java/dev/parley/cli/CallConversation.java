/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Call;
import dev.parley.client.call.CallEnd;
import dev.parley.client.call.Calls;
import dev.parley.client.conference.ConferenceTracker;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * {@code parley call} once the call is up: prints the roster as it changes, takes transfer commands
 * from standard input ({@link CallConsole}), and hangs up on Ctrl-C or at the time limit, then
 * prints how the call ended. The call it ends may not be the first one: a transfer replaces it.
 */
final class CallConversation {
  private final Calls calls;
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final CountDownLatch interrupted;

  /**
   * @param in where transfer commands come from
   * @param interrupted released by Ctrl-C: the current call is hung up
   */
  CallConversation(
      Calls calls, PrintStream out, PrintStream err, InputStream in, CountDownLatch interrupted) {
    this.calls = calls;
    this.out = out;
    this.err = err;
    this.in = in;
    this.interrupted = interrupted;
  }

  /**
   * Runs the call until it ends, is interrupted, or has lasted {@code limit} (null: no limit).
   *
   * @return {@link ExitCodes#OK}: the call took place, however it ended
   */
  int converse(Call first, @Nullable Duration limit) throws InterruptedException {
    out.println(
        "Connected to " + first.peer() + (first.isFocus() ? " (a conference focus)" : "") + ".");
    out.flush();
    ConferenceTracker conference = first.conference();
    RosterPrinter roster = new RosterPrinter(out);
    conference.onEvent(e -> roster.render(e, conference));
    if (!conference.roster().isEmpty()) {
      // a focus may describe the room before the call completes here: show what it said
      roster.print(conference);
    }
    CallConsole console = new CallConsole(calls, out);
    console.start(first);
    console.read(in);
    CountDownLatch over = console.over();
    Thread hangUp =
        new Thread(
            () -> {
              try {
                interrupted.await();
                console.current().hangUp();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-call-hangup");
    hangUp.setDaemon(true);
    hangUp.start();
    boolean ended =
        limit == null ? awaitForever(over) : over.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    Call call = console.current();
    if (!ended) {
      call.hangUp();
    }
    CallEnd end;
    try {
      end = call.ended().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      err.println("parley call: the call did not end cleanly");
      return ExitCodes.OK;
    }
    out.println(
        (end.byPeer() ? "The peer hung up: " : "Hung up: ")
            + end.condition().xml()
            + (end.reason().text() == null ? "" : " (" + end.reason().text() + ")"));
    out.flush();
    return ExitCodes.OK;
  }

  /** Waits for the call to end; after Ctrl-C, for the hang-up to complete, 10 s at most. */
  private boolean awaitForever(CountDownLatch over) throws InterruptedException {
    while (!over.await(100, TimeUnit.MILLISECONDS)) {
      if (interrupted.getCount() == 0) {
        return over.await(10, TimeUnit.SECONDS);
      }
    }
    return true;
  }
}
