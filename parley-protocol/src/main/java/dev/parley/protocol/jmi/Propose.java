/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.JingleTieBreak;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxmpp.jid.Jid;

/**
 * The caller's intent to start a session, sent to the callee's bare JID so that every device rings
 * (XEP-0353 § 3.1).
 *
 * <pre>
 * &lt;propose xmlns='urn:xmpp:jingle-message:0' id='ca3cf894-5325-482f-a412-a6e9f832298d'&gt;
 *   &lt;description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/&gt;   one per media type
 *   &lt;device xmlns='http://gultsch.de/xmpp/drafts/omemo/dlts-srtp-verification' …/&gt;  ext
 * &lt;/propose&gt;
 * </pre>
 *
 * <p>Every child named {@code description}, in any namespace, is a description, read through the
 * registry (an {@link RtpDescription} for RTP, else typed by its package or a {@link
 * dev.parley.protocol.xml.ForeignElement}); every other child is in {@code ext}. The XEP requires
 * one description per media type; the model accepts none, and leaves it to the application to
 * ignore such a proposal (Conversations acts only on proposals whose descriptions are all RTP).
 * Canonical form: no element named {@code description} in {@code ext}.
 *
 * <p>The {@code id} becomes the Jingle sid. The initiator SHOULD send directed presence with caps
 * to the callee if they do not share presence. Clients must not proceed automatically for strangers
 * (XEP-0353 § 6).
 *
 * <p>Tie-break (XEP-0353 § 4.1), when both parties propose before either answered: {@link
 * #wins(String, Jid, String, Jid)}. The receiver of the <em>lower</em> id retracts its own proposal
 * with {@code <tie-break/>} and reason {@code expired}, then answers the winning proposal normally;
 * the receiver of the <em>higher</em> id rejects it with {@code <tie-break/>} and reason {@code
 * expired}. With an existing session (§ 4.2) a new proposal from the same bare JID orphans it:
 * finish the old session with {@code expired} and {@code <migrated to='new id'/>}, then proceed.
 *
 * @param id the proposal id (UUIDv4 recommended), the future Jingle sid
 * @param descriptions the descriptions, in document order
 * @param ext unknown attributes and every other child
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#intent">XEP-0353 § 3.1</a>
 */
public record Propose(String id, List<XmlElement> descriptions, Extensions ext)
    implements JmiMessage {
  public Propose {
    requireNonNull(id, "id");
    descriptions = List.copyOf(descriptions);
    requireNonNull(ext, "ext");
  }

  /** A proposal of RTP media, e.g. {@code Propose.of(uuid, "audio", "video")}. */
  public static Propose of(String id, String... media) {
    List<XmlElement> descriptions = new ArrayList<>(media.length);
    for (String m : media) {
      descriptions.add(RtpDescription.ofMedia(m));
    }
    return new Propose(id, descriptions, Extensions.NONE);
  }

  /** The RTP descriptions, in document order. */
  public List<RtpDescription> rtpDescriptions() {
    List<RtpDescription> rtp = new ArrayList<>(descriptions.size());
    for (XmlElement d : descriptions) {
      if (d instanceof RtpDescription r) {
        rtp.add(r);
      }
    }
    return rtp;
  }

  /** Whether there is at least one description and every description is RTP. */
  public boolean isRtpOnly() {
    return !descriptions.isEmpty() && rtpDescriptions().size() == descriptions.size();
  }

  /** Whether an RTP description proposes this media type ({@code audio}, {@code video}). */
  public boolean hasMedia(String media) {
    for (RtpDescription d : rtpDescriptions()) {
      if (media.equals(d.media())) {
        return true;
      }
    }
    return false;
  }

  /** The first extension element of this type. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(ext.element(type));
  }

  /**
   * Tie-break between two simultaneous proposals (XEP-0353 § 4.1, after XEP-0166 § 7.2.16): whether
   * proposal A (id {@code sidA}, sent by {@code jidA}) overrules proposal B. The lower id by {@code
   * i;octet} collation wins; equal ids fall back to the lower JID. Pass the senders' full JIDs as
   * seen on the wire. Pure; {@code false} for two identical proposals.
   */
  public static boolean wins(String sidA, Jid jidA, String sidB, Jid jidB) {
    return JingleTieBreak.wins(sidA, jidA, sidB, jidB);
  }
}
