/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.disco;

import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.disco.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
  private final List<Supplier<? extends Collection<String>>> dynamicFeatures = new ArrayList<>();
  private final List<Item> items = new ArrayList<>();
  private final List<Supplier<? extends Collection<Item>>> dynamicItems = new ArrayList<>();
  private final List<EntityDisco> entities = new ArrayList<>();
  private final List<DiscoNodes> nodes = new ArrayList<>();
  private List<String> staticFeatures = List.of();
  private volatile boolean frozen;
  private volatile Snapshot snapshot = new Snapshot(List.of(), null, null);

  /** The last computed info and caps, reused while the features do not change. */
  private record Snapshot(List<String> features, DiscoInfo info, Caps caps) {}

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

  /**
   * Adds domain features that change while Parley runs (a meeting type is advertised only while its
   * provider is reachable). The supplier is asked on every disco#info and presence, so it must be
   * cheap.
   */
  public DiscoRegistry domainFeatures(Supplier<? extends Collection<String>> supplier) {
    requireOpen();
    dynamicFeatures.add(supplier);
    return this;
  }

  /** Adds an item listed in the domain's disco#items. */
  public DiscoRegistry domainItem(Item item) {
    requireOpen();
    items.add(item);
    return this;
  }

  /**
   * Adds items of the domain's disco#items that change while Parley runs (the bridge's active
   * rooms). The supplier is asked on every disco#items of the domain, on any thread.
   */
  public DiscoRegistry domainItems(Supplier<? extends Collection<Item>> supplier) {
    requireOpen();
    dynamicItems.add(supplier);
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

  /** Ends registration. */
  public void freeze() {
    requireOpen();
    Set<String> all = new LinkedHashSet<>();
    all.add(DiscoInfo.NAMESPACE);
    all.add(DiscoItems.NAMESPACE);
    all.add(Caps.NAMESPACE);
    all.addAll(features);
    staticFeatures = List.copyOf(all);
    frozen = true;
  }

  /** The domain's disco#info (without node), as of now. */
  public DiscoInfo domainInfo() {
    return current().info;
  }

  /** The domain's XEP-0115 caps element, as of now. */
  public Caps domainCaps() {
    return current().caps;
  }

  private Snapshot current() {
    requireFrozen();
    List<String> features = staticFeatures;
    if (!dynamicFeatures.isEmpty()) {
      Set<String> all = new LinkedHashSet<>(staticFeatures);
      for (Supplier<? extends Collection<String>> s : dynamicFeatures) {
        all.addAll(s.get());
      }
      features = List.copyOf(all);
    }
    Snapshot s = snapshot;
    if (s.info == null || !s.features.equals(features)) {
      DiscoInfo info = DiscoInfo.of(List.copyOf(identities), features);
      s = new Snapshot(features, info, Caps.of(CAPS_NODE, info));
      snapshot = s;
    }
    return s;
  }

  public List<Item> domainItems() {
    if (dynamicItems.isEmpty()) {
      return List.copyOf(items);
    }
    List<Item> all = new ArrayList<>(items);
    for (Supplier<? extends Collection<Item>> s : dynamicItems) {
      all.addAll(s.get());
    }
    return List.copyOf(all);
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
    if (frozen) {
      throw new IllegalStateException("disco registration is closed");
    }
  }

  private void requireFrozen() {
    if (!frozen) {
      throw new IllegalStateException("disco registration is still open");
    }
  }
}
