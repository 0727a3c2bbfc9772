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
  private Prosody prosody;

  private ProsodyExtension(String host, List<String> components, List<String> accounts) {
    this.host = host;
    this.components = List.copyOf(components);
    this.accounts = List.copyOf(accounts);
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
    prosody = Prosody.start(host, components, accounts);
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

    public ProsodyExtension build() {
      return new ProsodyExtension(host, components, accounts);
    }
  }
}
