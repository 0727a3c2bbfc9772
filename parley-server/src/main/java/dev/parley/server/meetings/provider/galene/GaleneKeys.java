/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

/**
 * The signing key for Galène's cryptographic tokens: a JWK ({@code jwt.key}, or the file {@code
 * jwt.key-file}) that Galène can verify ({@code token/jwt.go}, {@code ParseKey}). Galène requires
 * an explicit {@code alg} and accepts {@code oct} keys for HS256/HS384/HS512 (of exactly 32/48/64
 * bytes), {@code EC} P-256 keys for ES256 and {@code RSA} keys for RS256; Parley needs the private
 * part of EC and RSA keys (Galène's group gets the public part).
 */
record GaleneKeys(JWSHeader header, JWSSigner signer) {
  private static final Map<JWSAlgorithm, Integer> HMAC_BYTES =
      Map.of(JWSAlgorithm.HS256, 32, JWSAlgorithm.HS384, 48, JWSAlgorithm.HS512, 64);

  static GaleneKeys fromConfig(ConfigReader jwt) throws InvalidConfigException {
    String inline = jwt.optionalString("key");
    String file = jwt.optionalString("key-file");
    if (inline != null && file != null) {
      throw jwt.invalid("key-file", "set either this key or " + jwt.keyName("key") + ", not both");
    }
    String key = inline == null ? "key-file" : "key";
    String text;
    if (inline != null) {
      text = inline;
    } else if (file != null) {
      Path path = jwt.readableFile("key-file");
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw jwt.invalid("key-file", "cannot read " + path + ": " + e.getMessage());
      }
    } else {
      throw jwt.invalid(
          "key", "is required in mode = jwt (a JWK), or set " + jwt.keyName("key-file"));
    }
    JWK jwk;
    try {
      jwk = JWK.parse(text);
    } catch (ParseException e) {
      throw jwt.invalid(key, "is not a JWK: " + e.getMessage());
    }
    if (jwk.getAlgorithm() == null) {
      throw jwt.invalid(key, "the JWK must name its \"alg\" (Galène requires it)");
    }
    JWSAlgorithm alg = JWSAlgorithm.parse(jwk.getAlgorithm().getName());
    JWSSigner signer;
    try {
      if (jwk instanceof OctetSequenceKey oct && HMAC_BYTES.containsKey(alg)) {
        int bytes = oct.toByteArray().length;
        if (bytes != HMAC_BYTES.get(alg)) {
          throw jwt.invalid(
              key, alg + " keys have " + HMAC_BYTES.get(alg) + " bytes for Galène, not " + bytes);
        }
        signer = new MACSigner(oct);
      } else if (jwk instanceof ECKey ec && JWSAlgorithm.ES256.equals(alg)) {
        if (!Curve.P_256.equals(ec.getCurve())) {
          throw jwt.invalid(key, "ES256 keys use the curve P-256 for Galène");
        }
        requirePrivate(jwt, key, jwk);
        signer = new ECDSASigner(ec);
      } else if (jwk instanceof RSAKey rsa && JWSAlgorithm.RS256.equals(alg)) {
        requirePrivate(jwt, key, jwk);
        if (rsa.size() < 2048) {
          throw jwt.invalid(key, "RS256 keys have at least 2048 bits, not " + rsa.size());
        }
        signer = new RSASSASigner(rsa);
      } else {
        throw jwt.invalid(
            key,
            "Galène accepts oct keys with HS256/HS384/HS512, EC P-256 keys with ES256 and RSA keys"
                + " with RS256, not "
                + jwk.getKeyType()
                + " with "
                + alg);
      }
    } catch (JOSEException e) {
      throw jwt.invalid(key, "cannot sign with this key: " + e.getMessage());
    }
    JWSHeader header =
        new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(jwk.getKeyID()).build();
    return new GaleneKeys(header, signer);
  }

  private static void requirePrivate(ConfigReader jwt, String key, JWK jwk)
      throws InvalidConfigException {
    if (!jwk.isPrivate()) {
      throw jwt.invalid(
          key, "holds a public key; Parley signs tokens and needs the private key (\"d\")");
    }
  }
}
