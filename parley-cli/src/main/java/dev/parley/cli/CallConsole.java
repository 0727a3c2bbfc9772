/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallEvent;
import dev.parley.client.call.CallFailedException;
import dev.parley.client.call.CallState;
import dev.parley.client.call.Calls;
import dev.parley.jingle.transfer.TransferOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The commands {@code parley call} reads on standard input while a call is up, and the call it
 * follows: a transfer we carry out as transferee, or an attended transfer that replaces our call,
 * hands over to the new call (XEP-0251), and the console follows it.
 *
 * <pre>
 * transfer JID              unattended transfer of the peer to JID
 * transfer --attended JID   call JID first (the peer on hold), then transfer the peer to it
 * help                      the commands
 * </pre>
 */
final class CallConsole {
  private final Calls calls;
  private final PrintStream out;
  private final AtomicReference<Call> current = new AtomicReference<>();
  private final Map<Call, Call> successors = new ConcurrentHashMap<>();
  private final CountDownLatch over = new CountDownLatch(1);

  CallConsole(Calls calls, PrintStream out) {
    this.calls = calls;
    this.out = out;
  }

  /** A line of input. */
  sealed interface Command {}

  record Transfer(Jid target, boolean attended) implements Command {}

  record Help() implements Command {}

  record Invalid(String message) implements Command {}

  /** Parses one line; blank lines are {@code null}. */
  static @Nullable Command parse(String line) {
    String[] words = line.trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    switch (words[0]) {
      case "help", "?" -> {
        return new Help();
      }
      case "transfer" -> {
        boolean attended = words.length == 3 && words[1].equals("--attended");
        if (words.length != (attended ? 3 : 2) || (!attended && words[1].startsWith("--"))) {
          return new Invalid("usage: transfer [--attended] JID");
        }
        String jid = words[attended ? 2 : 1];
        try {
          return new Transfer(JidCreate.from(jid), attended);
        } catch (XmppStringprepException e) {
          return new Invalid(jid + " is not a JID");
        }
      }
      default -> {
        return new Invalid("unknown command " + words[0] + " (try: help)");
      }
    }
  }

  /** Follows {@code call}; {@link #over()} is released when the last call it leads to ended. */
  void start(Call call) {
    current.set(call);
    follow(call);
  }

  Call current() {
    return current.get();
  }

  CountDownLatch over() {
    return over;
  }

  /** Reads commands from {@code in} on a daemon thread until end of input. */
  void read(InputStream in) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null && over.getCount() > 0; ) {
                  Command c = parse(line);
                  if (c != null) {
                    run(c);
                  }
                }
              } catch (IOException e) {
                print("(no more commands: " + e.getMessage() + ")");
              }
            },
            "parley-call-console");
    reader.setDaemon(true);
    reader.start();
  }

  /** Runs a command on the calling thread (the console's reader), waiting for its outcome. */
  void run(Command command) {
    if (command instanceof Help) {
      print("Commands: transfer JID | transfer --attended JID | help");
    } else if (command instanceof Invalid i) {
      print(i.message());
    } else if (command instanceof Transfer t) {
      transfer(t);
    }
  }

  private void transfer(Transfer t) {
    Call call = current.get();
    try {
      TransferOutcome outcome;
      if (!t.attended()) {
        print("Transferring " + call.peer() + " to " + t.target() + "…");
        outcome = call.transfer(t.target()).get(5, TimeUnit.MINUTES);
      } else {
        call.hold(true).get(30, TimeUnit.SECONDS);
        print("Consulting " + t.target() + " (" + call.peer() + " is on hold)…");
        Call consultation;
        try {
          consultation =
              calls.call(t.target(), Audio.silence(), Audio.discard()).get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
          call.hold(false);
          print("The consultation call failed: " + message(e) + "; back to " + call.peer());
          return;
        }
        print(t.target() + " answered; transferring " + call.peer() + " to it…");
        outcome = call.transferAttended(consultation).get(5, TimeUnit.MINUTES);
        if (!outcome.succeeded()) {
          consultation.hangUp();
          call.hold(false);
        }
      }
      print(
          "Transfer "
              + outcome.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + outcome.description());
    } catch (ExecutionException e) {
      print("Transfer failed: " + message(e));
    } catch (TimeoutException e) {
      print("Transfer: no outcome in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void follow(Call call) {
    call.onEvent(
        e -> {
          if (e instanceof CallEvent.TransferRequested r) {
            print(
                call.peer()
                    + " asks to transfer us to "
                    + r.target()
                    + (r.targetKnown() ? "" : " (unverified)"));
          } else if (e instanceof CallEvent.Transferring t) {
            print(call.peer() + " transfers us to " + t.target() + "; calling it…");
            successors.put(call, t.newCall());
            follow(t.newCall());
          } else if (e instanceof CallEvent.Transferred t) {
            print("Transferred: now talking to " + t.newCall().peer() + ".");
            current.compareAndSet(call, t.newCall());
          } else if (e instanceof CallEvent.TransferFailed f) {
            successors.remove(call);
            print("Transfer failed: " + f.description());
          } else if (e instanceof CallEvent.Replaced r) {
            print(
                call.peer()
                    + " was replaced by "
                    + r.newCall().peer()
                    + " (transferred by "
                    + call.peer()
                    + ").");
            successors.put(call, r.newCall());
            current.compareAndSet(call, r.newCall());
            follow(r.newCall());
          }
        });
    call.ended()
        .thenRun(
            () -> {
              Call next = successors.remove(call);
              if (next != null && next.state() != CallState.ENDED) {
                current.compareAndSet(call, next);
              } else if (current.get() == call) {
                over.countDown();
              }
            });
  }

  private void print(String line) {
    out.println(line);
    out.flush();
  }

  private static String message(ExecutionException e) {
    Throwable c = e.getCause();
    return c instanceof CallFailedException f ? f.getMessage() : String.valueOf(c);
  }
}
