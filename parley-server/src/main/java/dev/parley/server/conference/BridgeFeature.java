/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.IdGenerator;
import dev.parley.media.MediaEngine;
import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.conference.ConferenceInfoCodec;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.jingle.JingleCodec;
import dev.parley.protocol.jmi.AcceptCodec;
import dev.parley.protocol.jmi.FinishCodec;
import dev.parley.protocol.jmi.ProceedCodec;
import dev.parley.protocol.jmi.ProposeCodec;
import dev.parley.protocol.jmi.RejectCodec;
import dev.parley.protocol.jmi.RetractCodec;
import dev.parley.protocol.jmi.RingingCodec;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.FeatureRuntime;
import dev.parley.server.conference.caps.PeerCapabilities;
import dev.parley.server.conference.commands.DialOutCommand;
import dev.parley.server.conference.commands.EndCommand;
import dev.parley.server.conference.commands.LockCommand;
import dev.parley.server.conference.commands.ParticipantCommand;
import dev.parley.server.conference.commands.ParticipantsCommand;
import dev.parley.server.conference.commands.TransferCommand;
import dev.parley.server.conference.media.BridgeMeters;
import dev.parley.server.conference.media.StunDiscovery;
import dev.parley.server.disco.DiscoNodes;
import dev.parley.server.disco.EntityDisco;
import dev.parley.server.meetings.AccessPolicy;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.Router;
import dev.parley.server.routing.StanzaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio conference bridge (XEP-0298 over XEP-0166/0167/0177 and XEP-0353): every {@code
 * room@component} is a contact that answers presence subscriptions, service discovery and calls;
 * the first permitted caller creates the conference, which mixes everyone's audio (mix-minus) and
 * keeps every participant's RFC 4575 view up to date. docs/ARCHITECTURE.md ("Conference bridge")
 * walks through a call.
 *
 * <ul>
 *   <li><b>Routes</b>: IQ sets carrying {@code <jingle/>} or an RFC 4575 document, XEP-0353
 *       messages, and presence, for entities under the domain; each runs on the room's serial
 *       executor. A Jingle IQ to the domain itself is {@code service-unavailable}.
 *   <li><b>Presence</b> (a room is a contact): {@code subscribe} is approved ({@code subscribed})
 *       and reciprocated ({@code subscribe}), and answered with the focus's available presence with
 *       XEP-0115 caps, as are probes and a peer's first available presence; {@code unsubscribe} is
 *       answered {@code unsubscribed}. Subscriptions are not stored: presence is answered, never
 *       pushed. A participant's caps are noted for Coin; its unavailable presence ends its sessions
 *       ({@code gone}).
 *   <li><b>Disco</b>: {@link RoomDisco} on {@code room@component} and {@code room@component/focus}
 *       (and at the caps node), whether or not the room exists yet (it is a potential contact); the
 *       domain's disco#items lists open rooms.
 *   <li><b>Commands</b>: the moderation commands (package {@code commands}).
 *   <li><b>Media</b>: one {@link MediaEngine} for the component, started in {@link #start} and
 *       closed in {@link #close}.
 * </ul>
 */
public final class BridgeFeature implements Feature {
  private static final Logger LOG = LoggerFactory.getLogger(BridgeFeature.class);

  private final BridgeSettings settings;
  private final RoomPolicy policy;
  private final Conferences conferences;
  private @Nullable MediaEngine engine;
  private @Nullable PeerCapabilities capabilities;
  private @Nullable Router router;

  public BridgeFeature(BridgeSettings settings, Clock clock) {
    this.settings = settings;
    this.policy = RoomPolicy.of(settings);
    this.conferences = new Conferences(clock);
  }

  @Override
  public String name() {
    return "bridge";
  }

  /** The rooms, for the {@code parley} meeting provider's reservations. */
  public Conferences conferences() {
    return conferences;
  }

  /** The media engine, once started (tests check that nothing leaks). */
  public Optional<MediaEngine> engine() {
    return Optional.ofNullable(engine);
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes().deferredSet(name(), JingleCodec.INSTANCE.name(), e -> onIq(e));
    r.routes().deferredSet(name(), ConferenceInfoCodec.INSTANCE.name(), e -> onIq(e));
    for (QName jmi :
        List.of(
            ProposeCodec.INSTANCE.name(),
            RingingCodec.INSTANCE.name(),
            ProceedCodec.INSTANCE.name(),
            RejectCodec.INSTANCE.name(),
            RetractCodec.INSTANCE.name(),
            FinishCodec.INSTANCE.name(),
            AcceptCodec.INSTANCE.name())) {
      r.routes().message(name(), jmi, this::onJmi);
    }
    r.routes().presence(name(), p -> p.to() != null && p.to().hasLocalpart(), this::onPresence);
    r.disco()
        .entities(
            new EntityDisco() {
              @Override
              public Optional<DiscoInfo> info(Jid entity) {
                return isRoomAddress(entity) ? Optional.of(RoomDisco.info()) : Optional.empty();
              }
            });
    r.disco()
        .nodes(
            new DiscoNodes() {
              @Override
              public Optional<DiscoInfo> info(Jid target, String node, Jid requester) {
                return isRoomAddress(target) && node.equals(RoomDisco.caps().discoNode())
                    ? Optional.of(RoomDisco.info())
                    : Optional.empty();
              }

              @Override
              public Optional<DiscoItems> items(Jid target, String node, Jid requester) {
                return Optional.empty();
              }
            });
    r.disco().domainItems(conferences::openRooms);
    Moderation moderation = new Moderation(conferences, policy);
    r.commands()
        .add(new ParticipantsCommand(moderation))
        .add(new ParticipantCommand(ParticipantCommand.Kind.MUTE, moderation))
        .add(new ParticipantCommand(ParticipantCommand.Kind.UNMUTE, moderation))
        .add(new ParticipantCommand(ParticipantCommand.Kind.KICK, moderation))
        .add(new LockCommand(true, moderation))
        .add(new LockCommand(false, moderation))
        .add(new DialOutCommand(moderation))
        .add(new TransferCommand(moderation))
        .add(new EndCommand(moderation));
  }

  @Override
  public void start(FeatureRuntime runtime) {
    MediaEngine media;
    try {
      media = MediaEngine.start(settings.media());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the bridge's media engine", e);
    }
    this.engine = media;
    this.router = runtime.router();
    this.capabilities = new PeerCapabilities(runtime.router(), settings.requestTimeout());
    conferences.start(
        new ConferenceContext(
            runtime.router(),
            runtime.timer(),
            runtime.clock(),
            media,
            IdGenerator.uuids(new SecureRandom()),
            settings,
            policy,
            capabilities,
            new BridgeMeters(runtime.meters(), media)));
    runtime.timer().scheduleWithFixedDelay(conferences::prune, 1, 1, TimeUnit.MINUTES);
    if (settings.discoverStun()) {
      DomainBareJid component = runtime.config().xmpp().components().get(0).domain();
      new StunDiscovery(
              runtime.router(),
              runtime.timer(),
              media,
              component,
              JidCreate.domainBareFromOrThrowUnchecked(
                  AccessPolicy.parentDomain(component.toString())),
              settings.requestTimeout())
          .start(Duration.ofSeconds(2));
    }
    LOG.info(
        "bridge media on {} (advertised {}), UDP ports {}-{}",
        settings.media().bindAddress().getHostAddress(),
        settings.media().effectiveAdvertisedAddress().getHostAddress(),
        settings.media().portMin(),
        settings.media().portMax());
  }

  @Override
  public void close() {
    conferences.closeAll();
    MediaEngine e = engine;
    if (e != null) {
      e.close();
    }
  }

  // --- handlers (each on the room's serial executor) --------------------------------------------

  private void onIq(IqExchange exchange) throws StanzaException {
    Jid to = exchange.request().to();
    if (to == null || !to.hasLocalpart()) {
      throw new StanzaException(
          StanzaError.Condition.SERVICE_UNAVAILABLE, "calls go to a room: room@" + domainOf(to));
    }
    conferences.get(to.asBareJid()).onJingle(exchange);
  }

  private void onJmi(Message message, XmlElement payload) {
    Jid to = message.to();
    if (to != null && to.hasLocalpart()) {
      conferences.get(to.asBareJid()).onJmi(message);
    }
  }

  private void onPresence(Presence p) {
    Jid user = p.from();
    Jid to = p.to();
    Router out = router;
    PeerCapabilities caps = capabilities;
    if (user == null || to == null || out == null || caps == null) {
      return;
    }
    BareJid room = to.asBareJid();
    Jid focus = Conference.focusOf(room);
    if (p.type() == null) {
      if (caps.observe(user, p.payload(Caps.class).orElse(null))) {
        out.send(available(focus, user));
      }
      return;
    }
    switch (p.type()) {
      case PROBE -> out.send(available(focus, user));
      case SUBSCRIBE -> {
        out.send(Presence.of(Presence.Type.SUBSCRIBED, user.asBareJid(), List.of()).withFrom(room));
        out.send(Presence.of(Presence.Type.SUBSCRIBE, user.asBareJid(), List.of()).withFrom(room));
        out.send(available(focus, user.asBareJid()));
      }
      case UNSUBSCRIBE ->
          out.send(
              Presence.of(Presence.Type.UNSUBSCRIBED, user.asBareJid(), List.of()).withFrom(room));
      case UNAVAILABLE -> {
        caps.forget(user);
        if (user.hasResource()) {
          conferences.find(room).ifPresent(c -> c.onUnavailable(user));
        }
      }
      default -> {} // subscribed, unsubscribed, error: nothing to answer
    }
  }

  private static Presence available(Jid focus, Jid to) {
    return Presence.of(null, to, List.of(RoomDisco.caps())).withFrom(focus);
  }

  /** {@code room@component} or {@code room@component/focus}. */
  private static boolean isRoomAddress(@Nullable Jid entity) {
    return entity != null
        && entity.hasLocalpart()
        && (!entity.hasResource() || Conference.FOCUS.equals(entity.getResourceOrNull()));
  }

  private static String domainOf(@Nullable Jid to) {
    return to == null ? "the component" : to.asDomainBareJid().toString();
  }
}
