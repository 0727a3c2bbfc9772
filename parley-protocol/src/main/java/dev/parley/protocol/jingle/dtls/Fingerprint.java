/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.dtls;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * The certificate fingerprint and DTLS role of an endpoint, a child of its transport (XEP-0320 §
 * 1).
 *
 * <pre>
 * &lt;fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='actpass'&gt;
 *   02:1A:CC:54:…:46:19:B2
 * &lt;/fingerprint&gt;
 * </pre>
 *
 * <p>Maps to SDP {@code a=fingerprint:<hash> <value>} (RFC 8122) and {@code a=setup:<setup>} (RFC
 * 4145). The initiator sends it in session-initiate; the responder in session-accept or earlier in
 * a transport-info (XEP-0320 § 1). See {@link Setup} for the role rules.
 *
 * <p>Accepted leniently: {@code setup} is required by the schema but optional here, because Jitsi's
 * implementation of the earlier drafts sent no {@code setup} (and a {@code required} attribute that
 * version 0.2 removed; it is kept in {@link #ext()} like any unknown attribute, as is Jitsi's newer
 * {@code cryptex}). The value is stripped of surrounding whitespace on input — the XEP's own
 * examples indent it over several lines — and written without it.
 *
 * @param hash the hash function, an RFC 8122 textual name such as {@code sha-256}
 * @param setup the DTLS role, or {@code null} when the sender omitted it
 * @param value the fingerprint: upper-case hex byte pairs separated by colons, without surrounding
 *     whitespace
 * @param ext unknown attributes (the element has text content only, so no extension elements)
 * @see <a href="https://xmpp.org/extensions/xep-0320.html#protocol">XEP-0320 § 1</a>
 */
public record Fingerprint(String hash, @Nullable Setup setup, String value, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:dtls:0";

  /** The hash function every WebRTC implementation uses and XEP-0320's examples show. */
  public static final String SHA_256 = "sha-256";

  public Fingerprint {
    requireNonNull(hash, "hash");
    value = requireNonNull(value, "value").strip();
    requireNonNull(ext, "ext");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty fingerprint");
    }
    if (!ext.elements().isEmpty()) {
      throw new IllegalArgumentException("a fingerprint has text content only, no child elements");
    }
  }

  /** A fingerprint with its role. */
  public static Fingerprint of(String hash, Setup setup, String value) {
    return new Fingerprint(hash, setup, value, Extensions.NONE);
  }

  /** This fingerprint with another role (for the answer, {@code Setup.answerTo(offer.setup())}). */
  public Fingerprint withSetup(@Nullable Setup newSetup) {
    return new Fingerprint(hash, newSetup, value, ext);
  }
}
