/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ad-hoc command request or response (XEP-0050 § 4.1).
 *
 * <pre>
 * &lt;command xmlns='http://jabber.org/protocol/commands' node='…' [sessionid='…']
 *          [action='execute|cancel|prev|next|complete'] [status='executing|completed|canceled']
 *          [xml:lang='…']&gt;
 *   &lt;actions [execute='prev|next|complete']&gt;&lt;prev/&gt;&lt;next/&gt;&lt;complete/&gt;&lt;/actions&gt;   optional
 *   &lt;note [type='info|warn|error']&gt;…&lt;/note&gt;                              zero or more
 *   &lt;x xmlns='jabber:x:data' …/&gt;  &lt;x xmlns='jabber:x:oob' …/&gt; …           payloads, in order
 * &lt;/command&gt;
 * </pre>
 *
 * <p>The payloads (children in other namespaces) are kept as one ordered list rather than a data
 * form plus the rest, because § 3.5 gives their order a meaning: earlier payloads take precedence.
 * {@link #form()} finds the data form among them.
 *
 * <p>{@code action} is set by the requester and {@code status} by the responder; each side MUST
 * ignore the other's (§ 4.1). Both are kept as received, {@code null} when absent ({@link
 * #effectiveAction()} applies the {@code execute} default).
 *
 * @param node the command's node (its disco item node); required
 * @param sessionId the session id, or {@code null} before the responder assigns one
 * @param action the requested action, or {@code null}
 * @param status the responder's status, or {@code null}
 * @param lang the {@code xml:lang} of the command, or {@code null} (the IQ's is RECOMMENDED)
 * @param actions the actions allowed at this stage, or {@code null}
 * @param notes the notes in document order
 * @param payloads the children in other namespaces, in document order
 * @param ext unknown attributes, and unknown children in the commands namespace
 * @see <a href="https://xmpp.org/extensions/xep-0050.html#desc-command">XEP-0050 § 4.1</a>
 */
public record Command(
    String node,
    @Nullable String sessionId,
    @Nullable Action action,
    @Nullable Status status,
    @Nullable String lang,
    @Nullable Actions actions,
    List<Note> notes,
    List<XmlElement> payloads,
    Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "http://jabber.org/protocol/commands";

  /**
   * The well-known disco node listing an entity's commands as items (§ 2.2); it is also the
   * protocol's disco feature.
   */
  public static final String NODE = NAMESPACE;

  /** The disco identity category of command lists and command nodes. */
  public static final String IDENTITY_CATEGORY = "automation";

  /** The identity type of the {@link #NODE} node. */
  public static final String IDENTITY_COMMAND_LIST = "command-list";

  /** The identity type of a command's node (§ 2.2: MUST be returned with the feature). */
  public static final String IDENTITY_COMMAND_NODE = "command-node";

  public Command {
    requireNonNull(node, "node");
    notes = List.copyOf(notes);
    payloads = List.copyOf(payloads);
    requireNonNull(ext, "ext");
    // § 4.1: "The value of this attribute MUST NOT be empty".
    if (sessionId != null && sessionId.isEmpty()) {
      throw new IllegalArgumentException("an empty sessionid");
    }
  }

  /** The first request for a command: {@code action='execute'}, no session yet. */
  public static Command execute(String node) {
    return new Command(
        node, null, Action.EXECUTE, null, null, null, List.of(), List.of(), Extensions.NONE);
  }

  /** A requester's next step in a session: an action and payloads (typically a submitted form). */
  public static Command request(
      String node, String sessionId, @Nullable Action action, List<? extends XmlElement> payloads) {
    return new Command(
        node,
        sessionId,
        action,
        null,
        null,
        null,
        List.of(),
        List.copyOf(payloads),
        Extensions.NONE);
  }

  /** A responder's answer: a status, the allowed actions, notes and payloads. */
  public static Command response(
      String node,
      String sessionId,
      Status status,
      @Nullable Actions actions,
      List<Note> notes,
      List<? extends XmlElement> payloads) {
    return new Command(
        node,
        sessionId,
        null,
        status,
        null,
        actions,
        notes,
        List.copyOf(payloads),
        Extensions.NONE);
  }

  /** The action, with an absent one read as {@code execute} (§ 4.1). */
  public Action effectiveAction() {
    return action == null ? Action.EXECUTE : action;
  }

  /** The first data form among the payloads (the highest-precedence one), or {@code null}. */
  public @Nullable DataForm form() {
    for (int i = 0; i < payloads.size(); i++) {
      if (payloads.get(i) instanceof DataForm f) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether a note has type {@code error}: § 3.6 requires one when a command completes but fails.
   */
  public boolean hasErrorNote() {
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).effectiveType() == Note.Type.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Whether the session has ended ({@code completed} or {@code canceled}). */
  public boolean isFinished() {
    return status == Status.COMPLETED || status == Status.CANCELED;
  }

  public Command withSessionId(@Nullable String newSessionId) {
    return new Command(node, newSessionId, action, status, lang, actions, notes, payloads, ext);
  }

  public Command withLang(@Nullable String newLang) {
    return new Command(node, sessionId, action, status, newLang, actions, notes, payloads, ext);
  }

  /** The {@code action} attribute (§ 4.1). */
  public enum Action {
    /** Execute, or continue; the default. */
    EXECUTE("execute"),
    /** Cancel the session; always allowed. */
    CANCEL("cancel"),
    /** Go back to the previous stage. */
    PREV("prev"),
    /** Go on to the next stage. */
    NEXT("next"),
    /** Complete the command. */
    COMPLETE("complete");

    private static final Map<String, Action> BY_XML = XmlEnums.index(values(), Action::xml);
    private final String xml;

    Action(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Action> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }

  /** The {@code status} attribute (§ 4.1). */
  public enum Status {
    /** The command is being executed: more stages follow. */
    EXECUTING("executing"),
    /** The command has completed (successfully or not, see the notes); the session has ended. */
    COMPLETED("completed"),
    /** The command has been canceled; the session has ended. */
    CANCELED("canceled");

    private static final Map<String, Status> BY_XML = XmlEnums.index(values(), Status::xml);
    private final String xml;

    Status(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Status> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
