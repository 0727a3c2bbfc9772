/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.client.smack.SmackStanzas;
import dev.parley.client.smack.ToSmack;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Extensions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Smack side of calls: receives Jingle and conference-info IQs and XEP-0353 messages, hands
 * them to the serial executor as Parley records, and sends what the state machines produce. Every
 * IQ get or set it takes is answered exactly once, by the {@code reply} callback the handler gets
 * (the IQ request handler itself returns nothing, since the answer is computed on the serial
 * executor).
 */
final class Signalling {
  private static final Logger LOG = LoggerFactory.getLogger(Signalling.class);

  /** What the serial executor gets. */
  interface Inbox {
    /** A get or set; {@code reply} sends its one answer. */
    void request(Iq iq, Consumer<Iq> reply);

    /** The result or error answering one of our requests (built with the request's id). */
    void answer(Iq answer);

    /** Our request with this id got no answer (Smack's reply timeout) or could not be sent. */
    void unanswered(String iqId);

    /** A message that carries an XEP-0353 payload, or an error message (a bounced proposal). */
    void message(Message message);
  }

  private final XMPPConnection connection;
  private final CodecRegistry codecs;
  private final Executor serial;
  private final Inbox inbox;
  private final List<IQRequestHandler> handlers = new ArrayList<>();
  private final StanzaListener messages = this::received;

  Signalling(XMPPConnection connection, CodecRegistry codecs, Executor serial, Inbox inbox) {
    this.connection = connection;
    this.codecs = codecs;
    this.serial = serial;
    this.inbox = inbox;
  }

  void start() {
    handlers.add(handler("jingle", Jingle.NAMESPACE, IQ.Type.set));
    handlers.add(handler("jingle", Jingle.NAMESPACE, IQ.Type.get));
    handlers.add(handler("conference-info", ConferenceInfo.NAMESPACE, IQ.Type.set));
    handlers.forEach(connection::registerIQRequestHandler);
    StanzaFilter jmi =
        stanza ->
            stanza instanceof org.jivesoftware.smack.packet.Message m
                && (m.getType() == org.jivesoftware.smack.packet.Message.Type.error
                    || m.getExtensions().stream()
                        .anyMatch(e -> JmiMessage.NAMESPACE.equals(e.getNamespace())));
    connection.addSyncStanzaListener(messages, jmi);
  }

  void stop() {
    handlers.forEach(connection::unregisterIQRequestHandler);
    handlers.clear();
    connection.removeSyncStanzaListener(messages);
  }

  private IQRequestHandler handler(String element, String namespace, IQ.Type type) {
    // Sync mode: Smack calls it in stanza order; it only hands the IQ on.
    return new AbstractIqRequestHandler(element, namespace, type, IQRequestHandler.Mode.sync) {
      @Override
      public IQ handleIQRequest(IQ request) {
        Iq iq = SmackStanzas.iq(request, codecs);
        serial.execute(() -> inbox.request(iq, reply -> sendAnswer(request, reply)));
        return null; // answered from the serial executor
      }
    };
  }

  private void received(Stanza stanza) {
    org.jivesoftware.smack.packet.Message m = (org.jivesoftware.smack.packet.Message) stanza;
    serial.execute(() -> inbox.message(SmackStanzas.message(m, codecs)));
  }

  private void sendAnswer(IQ request, Iq reply) {
    try {
      connection.sendStanza(ToSmack.answer(request, reply, codecs));
    } catch (SmackException.NotConnectedException e) {
      LOG.debug("cannot answer {}: not connected", request.getStanzaId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends a get or set; its answer comes back to the inbox as an {@link Iq} addressed from the
   * peer, so that the session registry matches it by id and sender.
   */
  void request(Iq request) {
    request(request, null);
  }

  /**
   * {@link #request(Iq)} waiting up to {@code timeout} for the answer (else the connection's reply
   * timeout): a transfer request's answer may be deferred until the transfer is done (Yate).
   */
  void request(Iq request, @Nullable Duration timeout) {
    String id = request.id();
    if (id == null) {
      throw new IllegalArgumentException("a request to match needs an id");
    }
    IQ smack = ToSmack.request(request, codecs);
    BiConsumer<Iq.Type, dev.parley.protocol.stanza.StanzaError> answered =
        (type, error) ->
            serial.execute(
                () ->
                    inbox.answer(
                        new Iq(
                            type,
                            id,
                            request.to(),
                            connection.getUser(),
                            null,
                            List.of(),
                            error,
                            Extensions.NONE)));
    (timeout == null
            ? connection.sendIqRequestAsync(smack)
            : connection.sendIqRequestAsync(smack, timeout.toMillis()))
        .onSuccess(result -> answered.accept(Iq.Type.RESULT, null))
        .onError(
            e -> {
              if (e instanceof XMPPException.XMPPErrorException error) {
                answered.accept(Iq.Type.ERROR, SmackStanzas.error(error.getStanzaError(), codecs));
              } else {
                LOG.debug("no answer to {}: {}", id, e.toString());
                serial.execute(() -> inbox.unanswered(id));
              }
            });
  }

  /**
   * Asks {@code jid} for its disco#info features (XEP-0030) without blocking: {@code answer} gets,
   * on the serial executor, whether {@code feature} is among them, or {@code null} when the query
   * failed (an error, no answer).
   */
  void supports(Jid jid, String feature, Consumer<@Nullable Boolean> answer) {
    supportsAll(jid, List.of(feature), answer);
  }

  /**
   * Whether {@code jid} advertises every one of {@code features}: from its XEP-0115 caps when Smack
   * has them (from a presence it received), else from a disco#info query (XEP-0030) that does not
   * block. {@code answer} runs on the serial executor; {@code null} when the query failed.
   */
  void supportsAll(Jid jid, List<String> features, Consumer<@Nullable Boolean> answer) {
    DiscoverInfo cached = EntityCapsManager.getDiscoverInfoByUser(jid);
    if (cached != null) {
      serial.execute(() -> answer.accept(containsAll(cached, features)));
      return;
    }
    DiscoverInfo query = DiscoverInfo.builder(connection).to(jid).ofType(IQ.Type.get).build();
    connection
        .sendIqRequestAsync(query)
        .onSuccess(
            result ->
                serial.execute(
                    () ->
                        answer.accept(
                            result instanceof DiscoverInfo info && containsAll(info, features))))
        .onError(
            e -> {
              LOG.debug("disco#info of {} failed: {}", jid, e.toString());
              serial.execute(() -> answer.accept(null));
            });
  }

  private static boolean containsAll(DiscoverInfo info, List<String> features) {
    for (String f : features) {
      if (!info.containsFeature(f)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code jid}'s bare JID is in our roster (RFC 6121), as far as Smack has loaded it. */
  boolean inRoster(Jid jid) {
    BareJid bare = jid.asBareJid();
    return Roster.getInstanceFor(connection).getEntry(bare) != null;
  }

  /**
   * Sends our available presence to {@code peer} unless our roster says it already gets it (a
   * {@code from} or {@code both} subscription). XEP-0353 § 3.1 asks a caller without a subscription
   * for it: the callee learns our capabilities (Smack adds XEP-0115 caps, and so whether we take
   * partial conference documents) and, through our unavailable presence, when we go away — a
   * conference bridge ends our session then rather than only after its media timeout.
   */
  void presenceTo(BareJid peer) {
    RosterEntry entry = Roster.getInstanceFor(connection).getEntry(peer);
    if (entry != null && entry.canSeeMyPresence()) {
      return;
    }
    try {
      connection.sendStanza(
          connection
              .getStanzaFactory()
              .buildPresenceStanza()
              .ofType(Presence.Type.available)
              .to(peer)
              .build());
    } catch (SmackException.NotConnectedException e) {
      LOG.debug("cannot send presence to {}: not connected", peer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends a message (XEP-0353). */
  void message(Message message) {
    try {
      connection.sendStanza(ToSmack.message(message, codecs));
    } catch (SmackException.NotConnectedException e) {
      LOG.debug("cannot send {}: not connected", message.id());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
