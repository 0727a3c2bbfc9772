/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.presence;

import dev.parley.protocol.stanza.Presence;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.FeatureRuntime;
import dev.parley.server.disco.DiscoRegistry;
import dev.parley.server.routing.Router;
import java.util.List;
import org.jxmpp.jid.Jid;

/**
 * Presence of the component domain itself: it is always available, approves subscriptions, and
 * answers probes and directed presence with available presence carrying its XEP-0115 caps, so
 * clients can discover what it offers without a disco round trip. Stateless: nothing is stored per
 * subscriber. Entities under the domain (rooms) handle their own presence.
 */
public final class DomainPresenceFeature implements Feature {
  private final DiscoRegistry disco;
  private Router router;

  public DomainPresenceFeature(DiscoRegistry disco) {
    this.disco = disco;
  }

  @Override
  public String name() {
    return "presence";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes()
        .presence(
            name(),
            p -> p.to() != null && !p.to().hasLocalpart() && !p.to().hasResource(),
            this::onPresence);
  }

  @Override
  public void start(FeatureRuntime runtime) {
    this.router = runtime.router();
  }

  private void onPresence(Presence p) {
    Jid user = p.from();
    if (user == null || p.type() == Presence.Type.ERROR) {
      return;
    }
    Jid domain = p.to();
    if (p.type() == null || p.type() == Presence.Type.PROBE) {
      router.send(available(domain, user));
      return;
    }
    switch (p.type()) {
      case SUBSCRIBE -> {
        router.send(
            Presence.of(Presence.Type.SUBSCRIBED, user.asBareJid(), List.of()).withFrom(domain));
        router.send(available(domain, user.asBareJid()));
      }
      case UNSUBSCRIBE ->
          router.send(
              Presence.of(Presence.Type.UNSUBSCRIBED, user.asBareJid(), List.of())
                  .withFrom(domain));
      default -> {}
    }
  }

  private Presence available(Jid domain, Jid to) {
    return Presence.of(null, to, List.of(disco.domainCaps())).withFrom(domain);
  }
}
