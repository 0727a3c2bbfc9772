/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway self-signed TLS server certificate (EC P-256, valid for a day) naming {@code
 * 127.0.0.1} and a DNS name, written as PEM files a server such as coturn reads ({@code cert=},
 * {@code pkey=}), and a client can trust as its only anchor.
 *
 * @param certificate the PEM file of the certificate
 * @param key the PEM file of its private key (PKCS #8)
 * @param dnsName the DNS name it carries beside 127.0.0.1
 */
public record TestCertificate(Path certificate, Path key, String dnsName) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Generates one into {@code dir} ({@code turn-cert.pem}, {@code turn-key.pem}). */
  public static TestCertificate generate(Path dir, String dnsName) throws IOException {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair pair = gen.generateKeyPair();
      X500Name subject = new X500Name("CN=" + dnsName);
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, RANDOM),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(1))),
              subject,
              pair.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, dnsName)
              }));
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      Path certFile = dir.resolve("turn-cert.pem");
      Path keyFile = dir.resolve("turn-key.pem");
      try (Writer w = Files.newBufferedWriter(certFile);
          JcaPEMWriter pem = new JcaPEMWriter(w)) {
        pem.writeObject(cert);
      }
      try (Writer w = Files.newBufferedWriter(keyFile);
          JcaPEMWriter pem = new JcaPEMWriter(w)) {
        pem.writeObject(
            new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(pair.getPrivate(), null));
      }
      return new TestCertificate(certFile, keyFile, dnsName);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IOException("generating a test certificate failed", e);
    }
  }
}
