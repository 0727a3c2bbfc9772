/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.dtls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;

/**
 * The engine's DTLS identity: an ECDSA P-256 key and a self-signed certificate (what browsers
 * generate too), valid from a day ago for 30 days. WebRTC peers authenticate it by its fingerprint
 * only (RFC 5763 § 5), so the subject and lifetime carry no meaning beyond being valid.
 */
public final class DtlsCertificate {
  private final AsymmetricKeyParameter privateKey;
  private final byte[] der;
  private final String fingerprint;

  private DtlsCertificate(AsymmetricKeyParameter privateKey, byte[] der) {
    this.privateKey = privateKey;
    this.der = der;
    this.fingerprint = sha256(der);
  }

  /** Generates a key pair and certificate (a few milliseconds). */
  public static DtlsCertificate generate(SecureRandom random) {
    X9ECParameters x9 = ECNamedCurveTable.getByName("P-256");
    ECKeyPairGenerator gen = new ECKeyPairGenerator();
    gen.init(
        new ECKeyGenerationParameters(
            new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, x9), random));
    AsymmetricCipherKeyPair kp = gen.generateKeyPair();
    X500Name name = new X500Name("CN=parley");
    Instant now = Instant.now();
    try {
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              name,
              new BigInteger(63, random),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(30))),
              name,
              SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(kp.getPublic()));
      AlgorithmIdentifier sig =
          new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");
      AlgorithmIdentifier digest = new DefaultDigestAlgorithmIdentifierFinder().find(sig);
      byte[] der =
          builder
              .build(new BcECContentSignerBuilder(sig, digest).build(kp.getPrivate()))
              .getEncoded();
      return new DtlsCertificate(kp.getPrivate(), der);
    } catch (IOException | OperatorCreationException e) {
      throw new IllegalStateException("could not create the DTLS certificate", e);
    }
  }

  /** The SHA-256 fingerprint as SDP and XEP-0320 write it: upper-case hex pairs joined by ':'. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The hash function of {@link #fingerprint()}: {@code sha-256}. */
  public String fingerprintHash() {
    return "sha-256";
  }

  byte[] der() {
    return der.clone();
  }

  AsymmetricKeyParameter privateKey() {
    return privateKey;
  }

  /** The fingerprint of a DER certificate with {@code hash} (sha-1, sha-256, sha-384, sha-512). */
  static String fingerprint(String hash, byte[] der) throws NoSuchAlgorithmException {
    String algorithm =
        switch (hash.toLowerCase(Locale.ROOT)) {
          case "sha-1" -> "SHA-1";
          case "sha-224" -> "SHA-224";
          case "sha-256" -> "SHA-256";
          case "sha-384" -> "SHA-384";
          case "sha-512" -> "SHA-512";
          default -> throw new NoSuchAlgorithmException("unsupported fingerprint hash " + hash);
        };
    return HexFormat.ofDelimiter(":")
        .withUpperCase()
        .formatHex(MessageDigest.getInstance(algorithm).digest(der));
  }

  private static String sha256(byte[] der) {
    try {
      return fingerprint("sha-256", der);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
