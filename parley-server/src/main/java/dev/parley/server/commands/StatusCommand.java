/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.commands;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.server.component.ComponentConnection;
import dev.parley.server.routing.Router;
import dev.parley.server.version.VersionFeature;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * {@code parley:status}: for administrators, on the component domain — version, uptime, the
 * component connections and the requests in flight.
 */
public final class StatusCommand implements AdHocCommand {
  public static final String NODE = "parley:status";
  public static final String FORM_TYPE = "urn:parley:status";

  private final Set<BareJid> admins;
  private final Supplier<List<ComponentConnection>> connections;
  private final Supplier<Router> router;

  public StatusCommand(
      Set<BareJid> admins,
      Supplier<List<ComponentConnection>> connections,
      Supplier<Router> router) {
    this.admins = Set.copyOf(admins);
    this.connections = connections;
    this.router = router;
  }

  @Override
  public String node() {
    return NODE;
  }

  @Override
  public String name() {
    return "Service status";
  }

  @Override
  public boolean appliesTo(Jid target) {
    return !target.hasLocalpart() && !target.hasResource();
  }

  @Override
  public boolean permits(Jid requester, Jid target) {
    return requester != null && admins.contains(requester.asBareJid());
  }

  @Override
  public CommandStage start(Invocation invocation) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.text("version", VersionFeature.version()));
    fields.add(
        Field.text(
            "uptime",
            Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime())
                .withNanos(0)
                .toString()));
    List<String> lines = new ArrayList<>();
    for (ComponentConnection c : connections.get()) {
      lines.add(
          c.settings().domain()
              + " "
              + c.state()
              + (c.state() == ComponentConnection.State.CONNECTED
                  ? ""
                  : " (" + c.lastFailure() + ")"));
    }
    fields.add(Field.of("connections", FieldType.TEXT_MULTI, lines));
    fields.add(Field.text("open-requests", Integer.toString(router.get().openExchanges())));
    return new CommandStage.Completed(List.of(), DataForm.result(FORM_TYPE, fields));
  }

  @Override
  public CommandStage submit(
      Invocation invocation,
      Command.Action action,
      @Nullable DataForm form,
      @Nullable Object state) {
    return start(invocation);
  }
}
