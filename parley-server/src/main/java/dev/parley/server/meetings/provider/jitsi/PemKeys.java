/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * RSA private keys in PEM files, PKCS#8 unencrypted ({@code -----BEGIN PRIVATE KEY-----}), read
 * with the JDK alone. Other forms are refused with the {@code openssl} command that converts them.
 */
final class PemKeys {
  /** The smallest RSA key accepted (RFC 7518 § 3.3 requires 2048 bits for RS256). */
  static final int MIN_RSA_BITS = 2048;

  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";
  private static final String CONVERT =
      "; convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem";

  private PemKeys() {}

  static RSAPrivateKey rsaPrivateKey(ConfigReader r, String key) throws InvalidConfigException {
    Path file = r.readableFile(key);
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw r.invalid(key, "cannot read " + file + ": " + e.getMessage());
    }
    if (pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
      throw r.invalid(key, file + " holds a PKCS#1 key, not PKCS#8" + CONVERT);
    }
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      throw r.invalid(key, file + " holds an encrypted key" + CONVERT);
    }
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      throw r.invalid(key, file + " holds no '" + BEGIN + "' block");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
    } catch (IllegalArgumentException e) {
      throw r.invalid(key, file + " is not valid PEM: " + e.getMessage());
    }
    PrivateKey parsed;
    try {
      parsed = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      parsed = null;
    }
    if (!(parsed instanceof RSAPrivateKey rsa)) {
      throw r.invalid(key, file + " does not hold an RSA private key (RS256 needs one)");
    }
    if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw r.invalid(
          key,
          "the key has "
              + rsa.getModulus().bitLength()
              + " bits; RS256 needs at least "
              + MIN_RSA_BITS);
    }
    return rsa;
  }
}
