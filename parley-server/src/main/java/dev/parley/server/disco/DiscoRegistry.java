/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.disco;

import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.disco.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What features contribute to service discovery: the component domain's identities, features and
 * items, the providers for entities under the domain, and node providers. Filled during
 * registration, then {@link #freeze()} computes the domain's disco#info and XEP-0115 caps once.
 */
public final class DiscoRegistry {
  /** The node Parley advertises in its caps ({@code node#ver} is answered too). */
  public static final String CAPS_NODE = "https://parley.dev";

  private final List<Identity> identities = new ArrayList<>();
  private final Set<String> features = new LinkedHashSet<>();
  private final List<Item> items = new ArrayList<>();
  private final List<EntityDisco> entities = new ArrayList<>();
  private final List<DiscoNodes> nodes = new ArrayList<>();
  private DiscoInfo domainInfo;
  private Caps domainCaps;

  /** Adds an identity of the component domain. */
  public DiscoRegistry domainIdentity(Identity identity) {
    requireOpen();
    identities.add(identity);
    return this;
  }

  /** Adds disco features of the component domain. */
  public DiscoRegistry domainFeatures(String... vars) {
    requireOpen();
    features.addAll(List.of(vars));
    return this;
  }

  /** Adds an item listed in the domain's disco#items. */
  public DiscoRegistry domainItem(Item item) {
    requireOpen();
    items.add(item);
    return this;
  }

  /** Adds a provider for entities under the domain. */
  public DiscoRegistry entities(EntityDisco provider) {
    requireOpen();
    entities.add(provider);
    return this;
  }

  /** Adds a provider of nodes (on the domain or on entities). */
  public DiscoRegistry nodes(DiscoNodes provider) {
    requireOpen();
    nodes.add(provider);
    return this;
  }

  /** Ends registration; computes the domain's info and caps. */
  public void freeze() {
    requireOpen();
    Set<String> all = new LinkedHashSet<>();
    all.add(DiscoInfo.NAMESPACE);
    all.add(dev.parley.protocol.disco.DiscoItems.NAMESPACE);
    all.add(Caps.NAMESPACE);
    all.addAll(features);
    domainInfo = DiscoInfo.of(List.copyOf(identities), List.copyOf(all));
    domainCaps = Caps.of(CAPS_NODE, domainInfo);
  }

  /** The domain's disco#info (without node). */
  public DiscoInfo domainInfo() {
    requireFrozen();
    return domainInfo;
  }

  /** The domain's XEP-0115 caps element. */
  public Caps domainCaps() {
    requireFrozen();
    return domainCaps;
  }

  public List<Item> domainItems() {
    return List.copyOf(items);
  }

  public List<EntityDisco> entityProviders() {
    return List.copyOf(entities);
  }

  public List<DiscoNodes> nodeProviders() {
    return List.copyOf(nodes);
  }

  /**
   * The caps element of an entity's info (its features plus disco and caps), for the entity's
   * presence.
   */
  public static Caps capsOf(DiscoInfo entityInfo) {
    return Caps.of(CAPS_NODE, entityInfo);
  }

  private void requireOpen() {
    if (domainInfo != null) {
      throw new IllegalStateException("disco registration is closed");
    }
  }

  private void requireFrozen() {
    if (domainInfo == null) {
      throw new IllegalStateException("disco registration is still open");
    }
  }
}
