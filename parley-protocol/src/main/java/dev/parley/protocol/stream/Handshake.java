/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The XEP-0114 § 3 handshake. The component sends the digest; the server answers with an empty
 * handshake.
 *
 * @param digest lowercase hex SHA-1 of stream id ‖ secret, or empty for the server's answer
 * @see <a href="https://xmpp.org/extensions/xep-0114.html#usecases-handshake">XEP-0114 § 3</a>
 */
public record Handshake(String digest) implements XmlElement {
  public Handshake {
    requireNonNull(digest, "digest");
  }

  /** The server's success answer. */
  public static final Handshake ACCEPTED = new Handshake("");

  /** The handshake a component sends: {@code hex(SHA-1(UTF-8(streamId + secret)))}. */
  public static Handshake of(String streamId, String secret) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] hash = sha1.digest((streamId + secret).getBytes(StandardCharsets.UTF_8));
      return new Handshake(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }
}
