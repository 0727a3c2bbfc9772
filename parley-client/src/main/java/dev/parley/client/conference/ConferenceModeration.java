/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.client.smack.ParleyIq;
import dev.parley.client.smack.SmackStanzas;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.commands.Note;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FormItem;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.CodecRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The moderation commands of a Parley room (XEP-0050 on the room's bare JID), as Parley's bridge
 * defines them: list the participants, mute, unmute or remove one, lock or unlock the room, invite
 * someone by calling them, transfer a participant's call elsewhere, end the conference.
 *
 * <pre>{@code
 * ConferenceModeration room = ConferenceModeration.of(connection, JidCreate.from("standup@parley.example.org"));
 * for (ParticipantRecord p : room.participants().get()) { ... }
 * room.mute(JidCreate.from("bob@example.org")).get();   // a bare JID mutes all of bob's sessions
 * }</pre>
 *
 * <p>Every method sends {@code execute} and, for the commands that take a form, {@code complete}
 * with the form filled in, then returns the notes of the completed command. Failures are {@link
 * ModerationException}s: {@code forbidden} (not the room's creator, an owner it names or an
 * administrator), {@code item-not-found} (an unknown participant once the form is submitted; an
 * unknown command or room when the command starts), {@code bad-request}; Smack's {@code
 * NoResponseException} and {@code NotConnectedException} come through unchanged.
 *
 * <p>Commands travel as Parley's records: the request through {@link ParleyIq}, the answer (which
 * Smack parses with its own ad-hoc command provider) read back with Parley's codecs. Futures
 * complete on the executor given (by default Smack's reply thread).
 */
public final class ConferenceModeration {
  /** List participants: a result form with one item per participant session. */
  public static final String PARTICIPANTS = "parley:conference:participants";

  /** Mute a participant (form: {@code participant}). */
  public static final String MUTE = "parley:conference:mute";

  /** Unmute a participant (form: {@code participant}). */
  public static final String UNMUTE = "parley:conference:unmute";

  /** Remove a participant (form: {@code participant}, optional {@code reason}). */
  public static final String KICK = "parley:conference:kick";

  /** Lock the room: new sessions are refused, existing ones stay. */
  public static final String LOCK = "parley:conference:lock";

  /** Unlock the room. */
  public static final String UNLOCK = "parley:conference:unlock";

  /** Invite by calling (form: {@code jid}). */
  public static final String DIAL_OUT = "parley:conference:dial-out";

  /** End the conference: every session is terminated, the room removed. */
  public static final String END = "parley:conference:end";

  /**
   * Transfer a participant's call to a JID or another room (form: {@code participant}, {@code
   * target}); XEP-0251 with the room as attendant.
   */
  public static final String TRANSFER = "parley:conference:transfer";

  /**
   * How long {@link #transfer} waits for the room's answer, which waits for the participant's (the
   * room's own request timeout is 20 s by default).
   */
  static final long TRANSFER_TIMEOUT_MILLIS = 40_000;

  private final XMPPConnection connection;
  private final Jid room;
  private final Executor executor;
  private final CodecRegistry codecs = ParleyCodecs.registry();

  private ConferenceModeration(XMPPConnection connection, Jid room, Executor executor) {
    this.connection = requireNonNull(connection, "connection");
    this.room = requireNonNull(room, "room");
    this.executor = requireNonNull(executor, "executor");
  }

  /** The room's moderation; futures complete on Smack's reply thread. */
  public static ConferenceModeration of(XMPPConnection connection, Jid room) {
    return new ConferenceModeration(connection, room, Runnable::run);
  }

  /** The room's moderation; futures complete on {@code executor}. */
  public static ConferenceModeration of(XMPPConnection connection, Jid room, Executor executor) {
    return new ConferenceModeration(connection, room, executor);
  }

  public Jid room() {
    return room;
  }

  /** The participant sessions, in the room's order. */
  public CompletableFuture<List<ParticipantRecord>> participants() {
    return execute(PARTICIPANTS).thenApply(this::records);
  }

  /** Mutes a participant: a full JID, or a bare JID for all its sessions. */
  public CompletableFuture<List<Note>> mute(Jid participant) {
    return withForm(MUTE, List.of(Field.jid("participant", participant)));
  }

  /** Unmutes a participant: a full JID, or a bare JID for all its sessions. */
  public CompletableFuture<List<Note>> unmute(Jid participant) {
    return withForm(UNMUTE, List.of(Field.jid("participant", participant)));
  }

  /** Removes a participant, optionally saying why (the text goes into its session-terminate). */
  public CompletableFuture<List<Note>> kick(Jid participant, @Nullable String reason) {
    List<Field> fields = new ArrayList<>(2);
    fields.add(Field.jid("participant", participant));
    if (reason != null && !reason.isEmpty()) {
      fields.add(Field.text("reason", reason));
    }
    return withForm(KICK, fields);
  }

  /** Locks the room: new sessions are declined, existing ones stay. */
  public CompletableFuture<List<Note>> lock() {
    return execute(LOCK).thenApply(Command::notes);
  }

  /** Unlocks the room. */
  public CompletableFuture<List<Note>> unlock() {
    return execute(UNLOCK).thenApply(Command::notes);
  }

  /** Has the room call {@code jid} (bare or full) and add it to the conference. */
  public CompletableFuture<List<Note>> dialOut(Jid jid) {
    return withForm(DIAL_OUT, List.of(Field.jid("jid", jid)));
  }

  /**
   * Asks the room to transfer {@code participant}'s call to {@code target} (a user's JID, a
   * device's full JID, or another room): the room sends the participant an XEP-0251 request. The
   * future completes once the participant accepted (its note says so; the participant then calls
   * the target, and leaves the room {@code transferred}), and fails with a {@link
   * ModerationException} when it refused ({@code not-acceptable}, with the participant's reason) or
   * did not answer.
   *
   * @param participant a full JID, or a bare JID with a single session in the room
   */
  public CompletableFuture<List<Note>> transfer(Jid participant, Jid target) {
    return withForm(
        TRANSFER,
        List.of(Field.jid("participant", participant), Field.jid("target", target)),
        TRANSFER_TIMEOUT_MILLIS);
  }

  /** Ends the conference for everyone. */
  public CompletableFuture<List<Note>> end() {
    return execute(END).thenApply(Command::notes);
  }

  // --- the exchanges --------------------------------------------------------------------------

  /** {@code execute}, expecting the command to complete at once. */
  private CompletableFuture<Command> execute(String node) {
    return send(Command.execute(node), false)
        .thenApply(c -> requireStatus(c, Command.Status.COMPLETED));
  }

  /** {@code execute}, then {@code complete} with these fields; the completed command's notes. */
  private CompletableFuture<List<Note>> withForm(String node, List<Field> fields) {
    return withForm(node, fields, 0);
  }

  /** The same, with a reply timeout for the submission ({@code 0}: the connection's). */
  private CompletableFuture<List<Note>> withForm(
      String node, List<Field> fields, long submitTimeoutMillis) {
    return send(Command.execute(node), false)
        .thenCompose(
            first -> {
              requireStatus(first, Command.Status.EXECUTING);
              String session = first.sessionId();
              if (session == null) {
                throw new CompletionException(failed(node + " started without a sessionid"));
              }
              DataForm form = DataForm.of(FormType.SUBMIT, fields);
              return send(
                  Command.request(node, session, Command.Action.COMPLETE, List.of(form)),
                  true,
                  submitTimeoutMillis);
            })
        .thenApply(c -> requireStatus(c, Command.Status.COMPLETED).notes());
  }

  private CompletableFuture<Command> send(Command command, boolean submitted) {
    return send(command, submitted, 0);
  }

  private CompletableFuture<Command> send(Command command, boolean submitted, long timeoutMillis) {
    ParleyIq iq = ParleyIq.request(IQ.Type.set, room, command, codecs);
    CompletableFuture<Command> answer = new CompletableFuture<>();
    (timeoutMillis > 0
            ? connection.sendIqRequestAsync(iq, timeoutMillis)
            : connection.sendIqRequestAsync(iq))
        .onSuccess(
            result ->
                executor.execute(
                    () -> {
                      Command c =
                          SmackStanzas.iq(result, codecs).payload(Command.class).orElse(null);
                      if (c == null) {
                        answer.completeExceptionally(
                            failed(room + " answered " + command.node() + " without a command"));
                      } else {
                        answer.complete(c);
                      }
                    }))
        .onError(
            e ->
                executor.execute(
                    () ->
                        answer.completeExceptionally(
                            e instanceof XMPPException.XMPPErrorException error
                                ? refusal(
                                    command.node(),
                                    SmackStanzas.error(error.getStanzaError(), codecs),
                                    submitted)
                                : e)));
    return answer;
  }

  private Command requireStatus(Command c, Command.Status expected) {
    if (c.status() != expected) {
      throw new CompletionException(
          failed(
              c.node()
                  + " answered with status "
                  + (c.status() == null ? "none" : c.status().xml())
                  + ", expected "
                  + expected.xml()));
    }
    return c;
  }

  private List<ParticipantRecord> records(Command c) {
    DataForm form = c.form();
    if (form == null) {
      throw new CompletionException(failed(PARTICIPANTS + " completed without a result form"));
    }
    List<ParticipantRecord> records = new ArrayList<>(form.items().size());
    for (FormItem item : form.items()) {
      String jid = item.value("jid");
      if (jid == null) {
        throw new CompletionException(failed(PARTICIPANTS + " listed an item without jid"));
      }
      try {
        records.add(
            new ParticipantRecord(
                JidCreate.from(jid),
                item.value("name"),
                item.value("status") == null ? "" : item.value("status"),
                isTrue(item.value("muted")),
                isTrue(item.value("held"))));
      } catch (XmppStringprepException e) {
        throw new CompletionException(failed(PARTICIPANTS + " listed an invalid jid " + jid));
      }
    }
    return records;
  }

  /** XEP-0004 § 3.3 boolean: {@code 1} or {@code true}. */
  private static boolean isTrue(@Nullable String value) {
    return "1".equals(value) || "true".equals(value);
  }

  private ModerationException refusal(String node, StanzaError error, boolean submitted) {
    String text = error.text() == null ? "" : ": " + error.text();
    return switch (error.condition()) {
      case FORBIDDEN, NOT_AUTHORIZED ->
          new ModerationException(
              ModerationException.Reason.FORBIDDEN,
              connection.getUser() + " may not moderate " + room + " (" + node + ")" + text,
              error);
      case ITEM_NOT_FOUND ->
          submitted
              ? new ModerationException(
                  ModerationException.Reason.UNKNOWN_PARTICIPANT,
                  room + " has no such participant (" + node + ")" + text,
                  error)
              : new ModerationException(
                  ModerationException.Reason.UNKNOWN_COMMAND,
                  room + " does not exist or has no command " + node + text,
                  error);
      case SERVICE_UNAVAILABLE, FEATURE_NOT_IMPLEMENTED ->
          new ModerationException(
              ModerationException.Reason.UNKNOWN_COMMAND,
              room + " does not offer " + node + " (" + error.condition().xml() + ")" + text,
              error);
      case BAD_REQUEST ->
          new ModerationException(
              ModerationException.Reason.BAD_REQUEST,
              room + " refused the request " + node + " (bad-request)" + text,
              error);
      default ->
          new ModerationException(
              ModerationException.Reason.FAILED,
              room + " refused " + node + ": " + error.condition().xml() + text,
              error);
    };
  }

  private ModerationException failed(String message) {
    return new ModerationException(ModerationException.Reason.FAILED, message, null);
  }
}
