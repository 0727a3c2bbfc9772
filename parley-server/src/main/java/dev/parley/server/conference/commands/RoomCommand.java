/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.commands.AdHocCommand;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** What every room command shares: its node and name, where it applies, who may run it. */
abstract class RoomCommand implements AdHocCommand {
  /** The FORM_TYPE of the commands' forms. */
  static final String FORM_TYPE = "urn:parley:conference";

  private final String node;
  private final String name;
  final RoomControl control;

  RoomCommand(String node, String name, RoomControl control) {
    this.node = node;
    this.name = name;
    this.control = control;
  }

  @Override
  public final String node() {
    return node;
  }

  @Override
  public final String name() {
    return name;
  }

  /** On rooms: {@code room@component}, not the domain and not a full JID. */
  @Override
  public final boolean appliesTo(Jid target) {
    return target.hasLocalpart() && !target.hasResource();
  }

  @Override
  public final boolean permits(Jid requester, Jid target) {
    return requester != null && control.mayModerate(requester.asBareJid(), target.asBareJid());
  }

  /** Commands with one form: a submission completes them. */
  @Override
  public CommandStage submit(
      Invocation invocation, Command.Action action, @Nullable DataForm form, @Nullable Object state)
      throws StanzaException {
    if (form == null) {
      throw badRequest("submit the form");
    }
    return complete(invocation, form);
  }

  /** Applies a submitted form. */
  CommandStage complete(Invocation invocation, DataForm form) throws StanzaException {
    throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "this command has no form");
  }

  static BareJid room(Invocation invocation) {
    return invocation.target().asBareJid();
  }

  static BareJid requester(Invocation invocation) {
    return invocation.requester().asBareJid();
  }

  /** A form of this command's type. */
  static DataForm form(String title, List<Field> fields) {
    return DataForm.of(
            dev.parley.protocol.dataform.FormType.FORM, concat(Field.formType(FORM_TYPE), fields))
        .withTitle(title);
  }

  /** A required JID field of a submitted form. */
  static Jid jid(DataForm form, String var) throws StanzaException {
    String value = form.value(var);
    if (value == null || value.isBlank()) {
      throw badRequest("the field '" + var + "' is required");
    }
    try {
      return JidCreate.from(value.strip());
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw badRequest("'" + value + "' is not a JID");
    }
  }

  static StanzaException badRequest(String text) {
    return new StanzaException(StanzaError.Condition.BAD_REQUEST, text);
  }

  static StanzaException notFound(String text) {
    return new StanzaException(StanzaError.Condition.ITEM_NOT_FOUND, text);
  }

  private static List<Field> concat(Field first, List<Field> rest) {
    java.util.ArrayList<Field> all = new java.util.ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
