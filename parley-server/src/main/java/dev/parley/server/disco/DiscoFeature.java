/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.disco;

import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoInfoCodec;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.disco.DiscoItemsCodec;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.routing.StanzaException;
import java.util.Optional;
import org.jxmpp.jid.Jid;

/**
 * XEP-0030 for the component domain and every entity under it. The domain answers with the
 * identities and features every feature contributed (and at its caps node {@code node#ver}); an
 * entity answers with what its owning feature says, or {@code item-not-found} when no feature owns
 * it; nodes are answered by node providers (the ad-hoc command list…), else {@code item-not-found}.
 */
public final class DiscoFeature implements Feature {
  private final DiscoRegistry registry;

  public DiscoFeature(DiscoRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "disco";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes().get(name(), DiscoInfoCodec.INSTANCE.name(), this::info);
    r.routes().get(name(), DiscoItemsCodec.INSTANCE.name(), this::items);
  }

  private DiscoInfo info(Iq request) throws StanzaException {
    DiscoInfo query = request.payload(DiscoInfo.class).orElseThrow();
    Jid target = request.to();
    String node = query.node();
    if (node != null) {
      if (isDomain(target)) {
        Caps caps = registry.domainCaps();
        if (node.equals(caps.discoNode()) || node.equals(caps.node())) {
          return registry.domainInfo().withNode(node);
        }
      }
      for (DiscoNodes provider : registry.nodeProviders()) {
        Optional<DiscoInfo> info = provider.info(target, node, request.from());
        if (info.isPresent()) {
          return info.get().withNode(node);
        }
      }
      throw new StanzaException(
          StanzaError.Condition.ITEM_NOT_FOUND, "no node '" + node + "' here");
    }
    if (isDomain(target)) {
      return registry.domainInfo();
    }
    for (EntityDisco provider : registry.entityProviders()) {
      Optional<DiscoInfo> info = provider.info(target);
      if (info.isPresent()) {
        return info.get();
      }
    }
    throw new StanzaException(
        StanzaError.Condition.ITEM_NOT_FOUND, "no entity " + target + " here");
  }

  private DiscoItems items(Iq request) throws StanzaException {
    DiscoItems query = request.payload(DiscoItems.class).orElseThrow();
    Jid target = request.to();
    String node = query.node();
    if (node != null) {
      for (DiscoNodes provider : registry.nodeProviders()) {
        Optional<DiscoItems> items = provider.items(target, node, request.from());
        if (items.isPresent()) {
          return DiscoItems.of(node, items.get().items());
        }
      }
      throw new StanzaException(
          StanzaError.Condition.ITEM_NOT_FOUND, "no node '" + node + "' here");
    }
    if (isDomain(target)) {
      return DiscoItems.of(null, registry.domainItems());
    }
    for (EntityDisco provider : registry.entityProviders()) {
      if (provider.info(target).isPresent()) {
        return DiscoItems.of(null, provider.items(target));
      }
    }
    throw new StanzaException(
        StanzaError.Condition.ITEM_NOT_FOUND, "no entity " + target + " here");
  }

  private static boolean isDomain(Jid target) {
    return target == null || (!target.hasLocalpart() && !target.hasResource());
  }
}
