/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.commands;

import dev.parley.protocol.commands.Actions;
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.commands.CommandCodec;
import dev.parley.protocol.commands.CommandError;
import dev.parley.protocol.commands.Note;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.disco.Item;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.FeatureRuntime;
import dev.parley.server.disco.DiscoNodes;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.StanzaException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0050 ad-hoc commands: lists the commands a requester may run (disco#items of the commands
 * node), describes each command node, and executes commands with sessions — multi-stage forms with
 * {@code next}, {@code prev}, {@code complete} and {@code cancel}.
 *
 * <p>Sessions belong to the requester's full JID and the target; an idle session expires after
 * {@link #SESSION_IDLE} ({@code session-expired}). Requests for one target from one requester are
 * serialised by the router, so a session is never used concurrently. A command may answer later
 * ({@link CommandStage.Pending}): the IQ is deferred until its stage is known.
 */
public final class CommandsFeature implements Feature, DiscoNodes {
  private static final Logger LOG = LoggerFactory.getLogger(CommandsFeature.class);
  static final Duration SESSION_IDLE = Duration.ofMinutes(10);

  private final CommandRegistry registry;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  /** One running command. */
  private static final class Session {
    final AdHocCommand command;
    final Jid owner;
    final Jid target;
    final Deque<CommandStage.Executing> stages = new ArrayDeque<>();
    Instant touched;

    Session(AdHocCommand command, Jid owner, Jid target, Instant now) {
      this.command = command;
      this.owner = owner;
      this.target = target;
      this.touched = now;
    }
  }

  public CommandsFeature(CommandRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "commands";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes().deferredSet(name(), CommandCodec.INSTANCE.name(), this::execute);
    r.disco().domainFeatures(Command.NAMESPACE);
    r.disco().nodes(this);
  }

  @Override
  public void start(FeatureRuntime runtime) {
    this.clock = runtime.clock();
    runtime.timer().scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.MINUTES);
  }

  // --- disco ------------------------------------------------------------------------------------

  @Override
  public Optional<DiscoInfo> info(Jid target, String node, Jid requester) {
    if (Command.NODE.equals(node)) {
      return Optional.of(
          DiscoInfo.of(
              List.of(Identity.of(Command.IDENTITY_CATEGORY, Command.IDENTITY_COMMAND_LIST)),
              List.of()));
    }
    return find(target, node)
        .filter(c -> c.permits(requester, target))
        .map(
            c ->
                DiscoInfo.of(
                    List.of(
                        Identity.of(
                            Command.IDENTITY_CATEGORY, Command.IDENTITY_COMMAND_NODE, c.name())),
                    List.of(Command.NAMESPACE, DataForm.NAMESPACE)));
  }

  @Override
  public Optional<DiscoItems> items(Jid target, String node, Jid requester) {
    if (!Command.NODE.equals(node)) {
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    for (AdHocCommand c : registry.commands()) {
      if (c.appliesTo(target) && c.permits(requester, target)) {
        items.add(Item.node(target, c.node(), c.name()));
      }
    }
    return Optional.of(DiscoItems.of(node, items));
  }

  // --- execution --------------------------------------------------------------------------------

  private void execute(IqExchange exchange) throws StanzaException {
    Iq request = exchange.request();
    Command in = request.payload(Command.class).orElseThrow();
    Jid requester = request.from();
    Jid target = request.to();
    AdHocCommand command =
        find(target, in.node())
            .orElseThrow(
                () ->
                    new StanzaException(
                        StanzaError.Condition.ITEM_NOT_FOUND,
                        "no command '" + in.node() + "' here"));
    if (!command.permits(requester, target)) {
      throw new StanzaException(
          StanzaError.Condition.FORBIDDEN, "you may not run '" + command.name() + "'");
    }
    AdHocCommand.Invocation invocation = new AdHocCommand.Invocation(requester, target, in.lang());
    Command.Action action = in.action() == null ? Command.Action.EXECUTE : in.action();
    if (in.sessionId() == null) {
      if (action != Command.Action.EXECUTE) {
        throw error(CommandError.Condition.BAD_ACTION, "a new session starts with execute");
      }
      Session session = new Session(command, requester, target, clock.instant());
      String id = UUID.randomUUID().toString();
      answer(exchange, id, session, command.start(invocation));
      return;
    }
    Session session = sessions.get(in.sessionId());
    if (session == null) {
      throw error(CommandError.Condition.BAD_SESSIONID, "no session " + in.sessionId());
    }
    if (!session.owner.equals(requester)
        || !session.target.equals(target)
        || session.command != command) {
      throw error(
          CommandError.Condition.BAD_SESSIONID,
          "session " + in.sessionId() + " belongs to another conversation");
    }
    if (Duration.between(session.touched, clock.instant()).compareTo(SESSION_IDLE) > 0) {
      sessions.remove(in.sessionId());
      throw error(CommandError.Condition.SESSION_EXPIRED, null);
    }
    session.touched = clock.instant();
    CommandStage.Executing current = session.stages.peek();
    switch (action) {
      case CANCEL -> {
        sessions.remove(in.sessionId());
        exchange.result(
            Command.response(
                command.node(),
                in.sessionId(),
                Command.Status.CANCELED,
                null,
                List.of(),
                List.of()));
      }
      case PREV -> {
        if (session.stages.size() < 2) {
          throw error(CommandError.Condition.BAD_ACTION, "there is no previous stage");
        }
        session.stages.pop();
        exchange.result(executing(in.sessionId(), session, session.stages.peek()));
      }
      case EXECUTE, NEXT, COMPLETE -> {
        Command.Action effective =
            action == Command.Action.EXECUTE ? current.defaultAction() : action;
        if (!current.allowed().contains(effective)) {
          throw error(
              CommandError.Condition.BAD_ACTION,
              "'" + effective.xml() + "' is not allowed at this stage");
        }
        DataForm form = in.form();
        if (form == null || form.type() != dev.parley.protocol.dataform.FormType.SUBMIT) {
          throw error(
              CommandError.Condition.BAD_PAYLOAD,
              "submit the form of this stage (a data form of type 'submit')");
        }
        answer(
            exchange,
            in.sessionId(),
            session,
            command.submit(invocation, effective, form, current.state()));
      }
      default -> throw error(CommandError.Condition.MALFORMED_ACTION, null);
    }
  }

  /**
   * Answers with {@code stage}, or, for a {@link CommandStage.Pending} one, defers the answer until
   * its stage is known. The session stays reserved meanwhile; a failure ends it.
   */
  private void answer(IqExchange exchange, String sessionId, Session session, CommandStage stage) {
    if (!(stage instanceof CommandStage.Pending pending)) {
      exchange.result(respond(sessionId, session, stage));
      return;
    }
    exchange.defer();
    pending
        .next()
        .whenComplete(
            (next, failure) -> {
              if (failure == null) {
                answer(exchange, sessionId, session, next);
                return;
              }
              sessions.remove(sessionId);
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              if (cause instanceof StanzaException e) {
                exchange.error(e.error());
              } else {
                LOG.error("command {} failed", session.command.node(), cause);
                exchange.error(StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR));
              }
            });
  }

  private Command respond(String sessionId, Session session, CommandStage stage) {
    if (stage instanceof CommandStage.Completed done) {
      sessions.remove(sessionId);
      List<dev.parley.protocol.xml.XmlElement> payloads =
          done.result() == null ? List.of() : List.of(done.result());
      return Command.response(
          session.command.node(),
          sessionId,
          Command.Status.COMPLETED,
          null,
          done.notes(),
          payloads);
    }
    CommandStage.Executing next = (CommandStage.Executing) stage;
    session.stages.push(next);
    sessions.put(sessionId, session);
    return executing(sessionId, session, next);
  }

  private Command executing(String sessionId, Session session, CommandStage.Executing stage) {
    List<Command.Action> allowed = new ArrayList<>();
    if (session.stages.size() > 1) {
      allowed.add(Command.Action.PREV);
    }
    for (Command.Action a : List.of(Command.Action.NEXT, Command.Action.COMPLETE)) {
      if (stage.allowed().contains(a)) {
        allowed.add(a);
      }
    }
    Actions actions = Actions.of(stage.defaultAction(), allowed.toArray(Command.Action[]::new));
    List<Note> notes = stage.notes();
    return Command.response(
        session.command.node(),
        sessionId,
        Command.Status.EXECUTING,
        actions,
        notes,
        List.of(stage.form()));
  }

  private Optional<AdHocCommand> find(Jid target, String node) {
    for (AdHocCommand c : registry.commands()) {
      if (c.node().equals(node) && c.appliesTo(target)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private void expire() {
    Instant limit = clock.instant().minus(SESSION_IDLE.multipliedBy(2));
    sessions.values().removeIf(s -> s.touched.isBefore(limit));
  }

  private static StanzaException error(CommandError.Condition condition, String text) {
    CommandError e = CommandError.of(condition);
    return new StanzaException(e.toStanzaError().withText(text));
  }

  /** For tests and metrics: sessions in progress. */
  public int openSessions() {
    return sessions.size();
  }
}
