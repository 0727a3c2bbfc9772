/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a {@link Prosody} before a test class and stops it afterwards:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProsodyExtension PROSODY =
 *     ProsodyExtension.host("localhost").component("parley.localhost").accounts("alice", "bob").build();
 * ...
 * XMPPTCPConnection alice = PROSODY.get().login("alice");
 * }</pre>
 */
public final class ProsodyExtension implements BeforeAllCallback, AfterAllCallback {
  private final String host;
  private final List<String> components;
  private final List<String> accounts;
  private final List<String> mucs;
  private final String externalServiceHost;
  private final int externalServicePort;
  private Prosody prosody;

  private ProsodyExtension(Builder b) {
    this.host = b.host;
    this.components = List.copyOf(b.components);
    this.accounts = List.copyOf(b.accounts);
    this.mucs = List.copyOf(b.mucs);
    this.externalServiceHost = b.externalServiceHost;
    this.externalServicePort = b.externalServicePort;
  }

  public static Builder host(String host) {
    return new Builder(host);
  }

  /** The running server; valid between beforeAll and afterAll. */
  public Prosody get() {
    if (prosody == null) {
      throw new IllegalStateException(
          "Prosody is not running: register the extension as a static field");
    }
    return prosody;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Prosody.Builder b = Prosody.builder(host);
    components.forEach(c -> b.component(c, null));
    accounts.forEach(a -> b.account(a, null));
    mucs.forEach(b::muc);
    if (externalServiceHost != null) {
      b.externalServices(externalServiceHost, externalServicePort);
    }
    prosody = b.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (prosody != null) {
      prosody.close();
      prosody = null;
    }
  }

  public static final class Builder {
    private final String host;
    private final List<String> components = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> mucs = new ArrayList<>();
    private String externalServiceHost;
    private int externalServicePort;

    private Builder(String host) {
      this.host = host;
    }

    public Builder component(String domain) {
      components.add(domain);
      return this;
    }

    public Builder accounts(String... names) {
      accounts.addAll(List.of(names));
      return this;
    }

    /**
     * A multi-user chat service whose rooms stamp XEP-0359 stanza ids ({@link
     * Prosody.Builder#muc}).
     */
    public Builder muc(String domain) {
      mucs.add(domain);
      return this;
    }

    /** STUN and TURN announced through XEP-0215 ({@link Prosody.Builder#externalServices}). */
    public Builder externalServices(String host, int port) {
      this.externalServiceHost = host;
      this.externalServicePort = port;
      return this;
    }

    public ProsodyExtension build() {
      return new ProsodyExtension(this);
    }
  }
}
