/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.commands;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.server.routing.StanzaException;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * An XEP-0050 ad-hoc command offered on the component domain or on entities under it. The framework
 * ({@link CommandsFeature}) lists it, checks who may run it, keeps sessions, handles {@code prev}
 * and {@code cancel}; the command only produces stages.
 */
public interface AdHocCommand {
  /** The command's node, unique per target ({@code parley:status}…). */
  String node();

  /** The human-readable name shown in command lists. */
  String name();

  /** Whether the command exists on {@code target} (the domain, or an entity such as a room). */
  boolean appliesTo(Jid target);

  /**
   * Whether {@code requester} may see and run the command on {@code target}; others get {@code
   * forbidden}.
   */
  boolean permits(Jid requester, Jid target);

  /** The first stage, on {@code execute}. */
  CommandStage start(Invocation invocation) throws StanzaException;

  /**
   * The stage after the requester submitted {@code form} (action {@code next} or {@code complete})
   * at a stage whose state was {@code state}.
   */
  CommandStage submit(
      Invocation invocation, Command.Action action, @Nullable DataForm form, @Nullable Object state)
      throws StanzaException;

  /** Who runs the command, where. */
  record Invocation(Jid requester, Jid target, @Nullable String lang) {}
}
