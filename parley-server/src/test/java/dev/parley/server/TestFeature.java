/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.commands.AdHocCommand;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.disco.EntityDisco;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.StanzaException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A feature for tests: one entity ({@code room1@domain}) in disco, a two-stage ad-hoc command on
 * the domain, and a slow IQ ({@code urn:test:slow}) that it defers and leaves to the test to answer
 * ({@link #slowRequests()}), so that the test decides when the answer comes.
 */
final class TestFeature implements Feature {
  static final QName SLOW = new QName("urn:test:slow", "slow");
  private final BlockingQueue<IqExchange> slowRequests = new LinkedBlockingQueue<>();

  @Override
  public String name() {
    return "test";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.disco()
        .entities(
            new EntityDisco() {
              @Override
              public Optional<DiscoInfo> info(Jid entity) {
                return "room1"
                        .equals(
                            entity.getLocalpartOrNull() == null
                                ? null
                                : entity.getLocalpartOrNull().toString())
                    ? Optional.of(
                        DiscoInfo.of(
                            List.of(Identity.of("conference", "audio", "Room one")),
                            List.of(DiscoInfo.NAMESPACE, "urn:xmpp:jingle:1")))
                    : Optional.empty();
              }
            });
    r.commands().add(new Greeting());
    r.routes()
        .deferredGet(
            name(),
            SLOW,
            exchange -> {
              exchange.defer();
              slowRequests.add(exchange);
            });
  }

  @Override
  public void start(FeatureRuntime runtime) {}

  /** The slow requests read so far, deferred and not answered by the feature. */
  BlockingQueue<IqExchange> slowRequests() {
    return slowRequests;
  }

  /**
   * Stage 1 asks a name, stage 2 asks a greeting, completion answers with a note. Everyone may run
   * it.
   */
  static final class Greeting implements AdHocCommand {
    @Override
    public String node() {
      return "test:greet";
    }

    @Override
    public String name() {
      return "Greet";
    }

    @Override
    public boolean appliesTo(Jid target) {
      return !target.hasLocalpart();
    }

    @Override
    public boolean permits(Jid requester, Jid target) {
      return true;
    }

    @Override
    public CommandStage start(Invocation invocation) {
      return CommandStage.Executing.next(
          DataForm.of(dev.parley.protocol.dataform.FormType.FORM, List.of(Field.text("name", ""))),
          null);
    }

    @Override
    public CommandStage submit(
        Invocation invocation,
        Command.Action action,
        @Nullable DataForm form,
        @Nullable Object state)
        throws StanzaException {
      if (state == null) {
        String name = form.value("name");
        if (name == null || name.isBlank()) {
          throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "a name is required");
        }
        return CommandStage.Executing.complete(
            DataForm.of(
                dev.parley.protocol.dataform.FormType.FORM,
                List.of(Field.text("greeting", "Hello"))),
            name);
      }
      return CommandStage.Completed.withNote(form.value("greeting") + ", " + state + "!");
    }
  }
}
