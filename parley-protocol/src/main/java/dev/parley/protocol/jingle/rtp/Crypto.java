/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One SDES key offer, the SDP {@code a=crypto} attribute of RFC 4568.
 *
 * <pre>
 * &lt;crypto crypto-suite='AES_CM_128_HMAC_SHA1_80'
 *         key-params='inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32'
 *         [session-params='KDR=1 UNENCRYPTED_SRTCP'] tag='1'/&gt;
 * </pre>
 *
 * <p>The values are kept as received (they are opaque SDP tokens); {@code tag} is a decimal number
 * by RFC 4568 but a string by XEP-0167's schema, so it is kept as a string.
 *
 * @param cryptoSuite the crypto suite
 * @param keyParams the key parameters
 * @param sessionParams the session parameters, or {@code null}
 * @param tag the tag identifying this offer
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#srtp">XEP-0167 § 7</a>
 */
public record Crypto(
    String cryptoSuite,
    String keyParams,
    @Nullable String sessionParams,
    String tag,
    Extensions ext)
    implements XmlElement {
  public Crypto {
    requireNonNull(cryptoSuite, "cryptoSuite");
    requireNonNull(keyParams, "keyParams");
    requireNonNull(tag, "tag");
    requireNonNull(ext, "ext");
  }

  public Crypto(String cryptoSuite, String keyParams, @Nullable String sessionParams, String tag) {
    this(cryptoSuite, keyParams, sessionParams, tag, Extensions.NONE);
  }
}
