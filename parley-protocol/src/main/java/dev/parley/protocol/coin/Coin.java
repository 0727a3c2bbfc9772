/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * XEP-0298 names, discovery features and the shape of the IQ that delivers a conference document.
 *
 * <p><b>Discovery.</b> The XEP defines {@code urn:xmpp:coin:1}; Jitsi and SylkServer advertise and
 * look for {@code urn:xmpp:coin}. Parley advertises both ({@link #FEATURES}) and accepts either,
 * and does not make sending depend on it: Dino consumes documents but advertises neither.
 *
 * <p><b>Delivery.</b> The XEP's example puts {@code <jingle sid/>} and the document side by side in
 * one IQ, which RFC 6120 does not allow and Dino refuses. Every deployed sender makes the document
 * the sole child and names the session in a non-RFC {@code sid} attribute on it; that is what
 * {@link #notification} builds. {@link #document} accepts the document as the sole child or next to
 * other children (the XEP's shape); a document nested inside {@code <jingle action='session-info'>}
 * is found by the Jingle layer.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 */
public final class Coin {
  /** {@code urn:xmpp:coin:1}: the focus marker's namespace and the XEP's disco feature. */
  public static final String NAMESPACE = "urn:xmpp:coin:1";

  /** {@code urn:xmpp:jingle:apps:coin:1}: a marker namespace SylkServer parses. */
  public static final String NAMESPACE_JINGLE_APPS = "urn:xmpp:jingle:apps:coin:1";

  /** The disco feature XEP-0298 § 7 defines. */
  public static final String FEATURE = NAMESPACE;

  /** The disco feature Jitsi ({@code URN_XMPP_JINGLE_COIN}) and SylkServer use. */
  public static final String FEATURE_LEGACY = "urn:xmpp:coin";

  /** Both features, as Parley advertises them. */
  public static final List<String> FEATURES = List.of(FEATURE, FEATURE_LEGACY);

  private Coin() {}

  /** Whether a disco feature announces Coin support (either spelling). */
  public static boolean isCoinFeature(String feature) {
    return FEATURE.equals(feature) || FEATURE_LEGACY.equals(feature);
  }

  /**
   * The IQ-set that delivers {@code document} to a participant: the document as the sole child
   * (Jitsi, SylkServer and Dino all expect this shape). Set {@link ConferenceInfo#sid()} on the
   * document so that Jitsi can match it to the call.
   */
  public static Iq notification(@Nullable Jid to, ConferenceInfo document) {
    return Iq.set(to, document);
  }

  /**
   * The conference document an IQ carries as one of its children: the sole child (deployed form) or
   * next to a {@code <jingle sid/>} (the XEP's example); empty when there is none.
   */
  public static Optional<ConferenceInfo> document(Iq iq) {
    for (XmlElement payload : iq.payloads()) {
      if (payload instanceof ConferenceInfo document) {
        return Optional.of(document);
      }
    }
    return Optional.empty();
  }
}
