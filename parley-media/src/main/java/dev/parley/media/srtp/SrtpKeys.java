/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

/**
 * The SRTP master keys and salts of one DTLS-SRTP association, split by direction from the keying
 * material the handshake exported (RFC 5764 § 4.2: client key, server key, client salt, server
 * salt).
 *
 * @param profile the negotiated protection profile
 * @param localKey the master key we protect with
 * @param localSalt the master salt we protect with
 * @param remoteKey the master key the peer protects with
 * @param remoteSalt the master salt the peer protects with
 */
public record SrtpKeys(
    SrtpProfile profile, byte[] localKey, byte[] localSalt, byte[] remoteKey, byte[] remoteSalt) {
  public SrtpKeys {
    localKey = localKey.clone();
    localSalt = localSalt.clone();
    remoteKey = remoteKey.clone();
    remoteSalt = remoteSalt.clone();
  }

  /**
   * Splits exported keying material of {@code 2 × (key + salt)} bytes.
   *
   * @param client whether we were the DTLS client
   */
  public static SrtpKeys fromKeyingMaterial(SrtpProfile profile, byte[] material, boolean client) {
    int k = profile.keyLength();
    int s = profile.saltLength();
    if (material.length != 2 * (k + s)) {
      throw new IllegalArgumentException("keying material must be " + 2 * (k + s) + " bytes");
    }
    byte[] clientKey = java.util.Arrays.copyOfRange(material, 0, k);
    byte[] serverKey = java.util.Arrays.copyOfRange(material, k, 2 * k);
    byte[] clientSalt = java.util.Arrays.copyOfRange(material, 2 * k, 2 * k + s);
    byte[] serverSalt = java.util.Arrays.copyOfRange(material, 2 * k + s, 2 * (k + s));
    return client
        ? new SrtpKeys(profile, clientKey, clientSalt, serverKey, serverSalt)
        : new SrtpKeys(profile, serverKey, serverSalt, clientKey, clientSalt);
  }

  @Override
  public String toString() {
    return "SrtpKeys[" + profile + "]"; // never the keys
  }
}
