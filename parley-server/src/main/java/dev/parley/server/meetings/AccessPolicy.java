/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Who may do something (request meetings, create bridge rooms): users of listed domains, listed
 * bare JIDs, or everyone ({@code "*"}). A requester that is not allowed gets {@code forbidden}
 * (auth). The default allows the XMPP domain the component belongs to, so that a server's own users
 * can use it and nobody else.
 */
public final class AccessPolicy {
  private final boolean everyone;
  private final Set<DomainBareJid> domains;
  private final Set<BareJid> jids;

  private AccessPolicy(boolean everyone, Set<DomainBareJid> domains, Set<BareJid> jids) {
    this.everyone = everyone;
    this.domains = Set.copyOf(domains);
    this.jids = Set.copyOf(jids);
  }

  /** Entries are domains ({@code example.org}), bare JIDs ({@code bob@other.org}) or {@code *}. */
  public static AccessPolicy parse(List<String> entries, ConfigReader reader, String key)
      throws InvalidConfigException {
    boolean everyone = false;
    Set<DomainBareJid> domains = new LinkedHashSet<>();
    Set<BareJid> jids = new LinkedHashSet<>();
    for (String e : entries) {
      String v = e.strip();
      if ("*".equals(v)) {
        everyone = true;
        continue;
      }
      try {
        Jid jid = JidCreate.from(v);
        if (jid.hasResource()) {
          throw reader.invalid(key, "'" + v + "' has a resource; list domains or bare JIDs");
        }
        if (jid.hasLocalpart()) {
          jids.add(jid.asBareJid());
        } else {
          domains.add(jid.asDomainBareJid());
        }
      } catch (XmppStringprepException ex) {
        throw reader.invalid(key, "'" + v + "' is neither a domain nor a bare JID");
      }
    }
    return new AccessPolicy(everyone, domains, jids);
  }

  /**
   * The domain a component domain belongs to: {@code conference.example.org} → {@code example.org}.
   */
  public static String parentDomain(String componentDomain) {
    int dot = componentDomain.indexOf('.');
    return dot < 0 || dot == componentDomain.length() - 1
        ? componentDomain
        : componentDomain.substring(dot + 1);
  }

  public boolean allows(BareJid requester) {
    return everyone || jids.contains(requester) || domains.contains(requester.asDomainBareJid());
  }

  @Override
  public String toString() {
    return everyone ? "everyone" : "domains " + domains + ", users " + jids;
  }
}
