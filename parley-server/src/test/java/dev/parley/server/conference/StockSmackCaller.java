/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.Phone;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.testkit.Prosody;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.jingle.element.Jingle;
import org.jivesoftware.smackx.jingle.element.JingleAction;
import org.jivesoftware.smackx.jingle.element.JingleContent;
import org.jivesoftware.smackx.jingle.element.JingleReason;
import org.jivesoftware.smackx.jingle.element.UnknownJingleContentDescription;
import org.jivesoftware.smackx.jingle.element.UnknownJingleContentTransport;
import org.jivesoftware.smackx.jingle.provider.JingleProvider;
import org.jxmpp.jid.Jid;

/**
 * A caller that speaks Jingle through Smack 4.4's own stock element classes and {@code
 * JingleProvider}, not Parley's codecs: what a Smack-based client sees of the bridge. It calls with
 * raw-UDP PCMU from a {@code parley-media} phone; RTP descriptions and raw-UDP transports are
 * {@code Unknown*} elements to Smack, read here attribute by attribute.
 *
 * <p>Smack's providers are global: {@link #useStockProvider()} installs the stock one (Parley's
 * test clients install {@code CapturedIq}), and the test restores {@code CapturedIq} afterwards.
 */
final class StockSmackCaller implements AutoCloseable {
  static final String RTP = "urn:xmpp:jingle:apps:rtp:1";
  static final String RAW_UDP = "urn:xmpp:jingle:transports:raw-udp:1";

  final XMPPTCPConnection xmpp;
  final Phone phone;
  final Recorder recorder = new Recorder(8000, 8000 * 60);
  final String sid = UUID.randomUUID().toString();

  /** The room's session-accept as Smack's provider parsed it. */
  final CompletableFuture<Jingle> accepted = new CompletableFuture<>();

  final CompletableFuture<Jingle> terminated = new CompletableFuture<>();

  static void useStockProvider() {
    ProviderManager.addIQProvider("jingle", Jingle.NAMESPACE, new JingleProvider());
  }

  StockSmackCaller(Prosody prosody, String user, MediaEngine media, AudioSource source)
      throws MediaException {
    this.xmpp = prosody.login(user, "smack");
    this.phone =
        media.openPhone(
            user + "/smack",
            List.of(CodecSpec.pcmu()),
            source,
            recorder,
            false,
            e -> {},
            r -> r.run());
    xmpp.registerIQRequestHandler(
        new AbstractIqRequestHandler(
            "jingle", Jingle.NAMESPACE, IQ.Type.set, IQRequestHandler.Mode.sync) {
          @Override
          public IQ handleIQRequest(IQ request) {
            return onRequest((Jingle) request);
          }
        });
    // The room's XEP-0298 documents: acknowledged (left unhandled, Smack 4.4 would answer with an
    // error that echoes the payload escaped into a malformed start tag, and lose its connection).
    xmpp.registerIQRequestHandler(
        new AbstractIqRequestHandler(
            "conference-info",
            "urn:ietf:params:xml:ns:conference-info",
            IQ.Type.set,
            IQRequestHandler.Mode.sync) {
          @Override
          public IQ handleIQRequest(IQ request) {
            return IQ.createResultIQ(request);
          }
        });
  }

  /** session-initiate to {@code to} (a bare room JID, say); returns once it is acknowledged. */
  IQ call(Jid to) throws Exception {
    MediaOffer o = phone.offer();
    StandardExtensionElement description =
        StandardExtensionElement.builder("description", RTP)
            .addAttribute("media", "audio")
            .addElement(
                StandardExtensionElement.builder("payload-type", RTP)
                    .addAttribute("id", "0")
                    .addAttribute("name", "PCMU")
                    .addAttribute("clockrate", "8000")
                    .build())
            .build();
    StandardExtensionElement transport =
        StandardExtensionElement.builder("transport", RAW_UDP)
            .addElement(candidate(1, o.rtp()))
            .addElement(candidate(2, o.rtcp()))
            .build();
    Jingle initiate =
        Jingle.builder(xmpp)
            .setAction(JingleAction.session_initiate)
            .setSessionId(sid)
            .setInitiator(xmpp.getUser())
            .addJingleContent(
                JingleContent.getBuilder()
                    .setCreator(JingleContent.Creator.initiator)
                    .setName("audio")
                    .setSenders(JingleContent.Senders.both)
                    .setDescription(new UnknownJingleContentDescription(description))
                    .setTransport(new UnknownJingleContentTransport(transport))
                    .build())
            .build();
    return send(initiate, to);
  }

  /**
   * An empty session-info (a session ping, XEP-0166 § 6.8) to {@code to}: Smack 4.4's {@code
   * Jingle} element carries no session-info payloads.
   */
  IQ ping(Jid to) throws Exception {
    return send(
        Jingle.builder(xmpp).setAction(JingleAction.session_info).setSessionId(sid).build(), to);
  }

  IQ hangUp(Jid to) throws Exception {
    Jingle terminate =
        Jingle.builder(xmpp)
            .setAction(JingleAction.session_terminate)
            .setSessionId(sid)
            .setReason(JingleReason.Reason.success)
            .build();
    return send(terminate, to);
  }

  private IQ send(Jingle jingle, Jid to)
      throws XMPPException.XMPPErrorException,
          SmackException.NoResponseException,
          SmackException.NotConnectedException,
          InterruptedException {
    jingle.setTo(to);
    jingle.setType(IQ.Type.set);
    return xmpp.sendIqRequestAndWaitForResponse(jingle);
  }

  private IQ onRequest(Jingle j) {
    if (!sid.equals(j.getSid())) {
      return IQ.createErrorResponse(
          j, org.jivesoftware.smack.packet.StanzaError.Condition.item_not_found);
    }
    if (j.getAction() == JingleAction.session_accept) {
      try {
        StandardExtensionElement d =
            ((UnknownJingleContentDescription) j.getContents().get(0).getDescription())
                .getStandardExtensionElement();
        StandardExtensionElement t =
            ((UnknownJingleContentTransport) j.getContents().get(0).getTransport())
                .getStandardExtensionElement();
        String ssrc = d.getAttributeValue("ssrc");
        phone.accept(
            new MediaAnswer(
                List.of(CodecSpec.pcmu()),
                address(t, "1"),
                address(t, "2"),
                false,
                ssrc == null ? 0 : Long.parseLong(ssrc)));
      } catch (MediaException | RuntimeException e) {
        accepted.completeExceptionally(e);
        return IQ.createErrorResponse(
            j, org.jivesoftware.smack.packet.StanzaError.Condition.bad_request);
      }
      accepted.complete(j);
    } else if (j.getAction() == JingleAction.session_terminate) {
      terminated.complete(j);
    }
    return IQ.createResultIQ(j);
  }

  private static StandardExtensionElement candidate(int component, Candidate c) {
    return StandardExtensionElement.builder("candidate", RAW_UDP)
        .addAttribute("component", Integer.toString(component))
        .addAttribute("generation", "0")
        .addAttribute("id", "c" + component)
        .addAttribute("ip", c.ip())
        .addAttribute("port", Integer.toString(c.port()))
        .build();
  }

  private static Candidate address(StandardExtensionElement transport, String component) {
    for (StandardExtensionElement c : transport.getElements("candidate", RAW_UDP)) {
      if (component.equals(c.getAttributeValue("component"))) {
        return new Candidate(
            c.getAttributeValue("ip"), Integer.parseInt(c.getAttributeValue("port")));
      }
    }
    throw new IllegalArgumentException("no candidate for component " + component);
  }

  @Override
  public void close() {
    phone.close();
    xmpp.disconnect();
  }
}
