/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.disco;

import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import java.util.Optional;
import org.jxmpp.jid.Jid;

/**
 * Answers disco queries for nodes of an entity (XEP-0030 § 4), such as the ad-hoc command list. The
 * answer may depend on who asks (commands a requester may not run are not listed).
 */
public interface DiscoNodes {
  /**
   * The info of {@code node} on {@code target}, or empty when this provider does not serve that
   * node.
   */
  Optional<DiscoInfo> info(Jid target, String node, Jid requester);

  /**
   * The items of {@code node} on {@code target}, or empty when this provider does not serve that
   * node.
   */
  Optional<DiscoItems> items(Jid target, String node, Jid requester);
}
