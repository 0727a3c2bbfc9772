/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.time.Duration;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The HTTP client providers call their APIs with ({@code parley.meetings.*}).
 *
 * <p>TLS: with {@code tls.trust-store} (a PKCS12 file) and {@code tls.trust-store-password}, a
 * server is trusted only if its certificate chains to a certificate in that store — the JDK's
 * default authorities are <em>not</em> added, so a private authority cannot be bypassed by a public
 * one and vice versa. Without it, the JDK's default trust store is used. Host names are always
 * verified (the JDK client's endpoint identification).
 *
 * <p>The connect timeout is {@code provider-timeout}; each request sets the same value as its own
 * timeout ({@link ApiCalls}). Redirects are not followed: an API that redirects is misconfigured,
 * and following one could send credentials elsewhere.
 */
public final class ProviderHttp {
  private ProviderHttp() {}

  /** The client for {@code meetings} (the {@code parley.meetings} section). */
  public static HttpClient client(ConfigReader meetings) throws InvalidConfigException {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(timeout(meetings))
            .followRedirects(HttpClient.Redirect.NEVER);
    X509TrustManager trust = trustManager(meetings);
    if (trust != null) {
      try {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trust}, null);
        builder.sslContext(tls);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK offers no TLS context", e);
      }
    }
    return builder.build();
  }

  /** {@code provider-timeout}: how long one provider HTTP request may take. */
  public static Duration timeout(ConfigReader meetings) throws InvalidConfigException {
    return meetings.positiveDuration("provider-timeout");
  }

  /**
   * The trust manager of the configured trust store, or {@code null} when none is configured (the
   * JDK default applies).
   */
  static X509TrustManager trustManager(ConfigReader meetings) throws InvalidConfigException {
    ConfigReader tls = meetings.section("tls");
    if (tls.optionalString("trust-store") == null) {
      if (tls.optionalString("trust-store-password") != null) {
        throw tls.invalid("trust-store-password", "is set but tls.trust-store is not");
      }
      return null;
    }
    Path file = tls.readableFile("trust-store");
    String password = tls.string("trust-store-password", false);
    KeyStore store;
    try (InputStream in = Files.newInputStream(file)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw tls.invalid("trust-store-password", "does not open " + file);
      }
      throw tls.invalid("trust-store", file + " is not a readable PKCS12 store: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw tls.invalid("trust-store", file + " is not a usable PKCS12 store: " + e.getMessage());
    }
    try {
      boolean anyCertificate = false;
      for (String alias : Collections.list(store.aliases())) {
        anyCertificate |= store.isCertificateEntry(alias) || store.getCertificate(alias) != null;
      }
      if (!anyCertificate) {
        throw tls.invalid("trust-store", file + " holds no certificate");
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager m : factory.getTrustManagers()) {
        if (m instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the JDK offers no X.509 trust manager");
    } catch (KeyStoreException e) {
      throw tls.invalid("trust-store", file + " cannot be used: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no trust manager factory", e);
    }
  }
}
