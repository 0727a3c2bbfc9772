/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import org.jxmpp.jid.Jid;

/** Writing the attributes every stanza shares. */
final class StanzaAttributes {
  static final Set<String> MODELLED = Set.of("id", "from", "to", "type", "xml:lang");

  private StanzaAttributes() {}

  static void write(XmlOut out, Stanza s, String type) {
    out.attr("type", type)
        .attr("id", s.id())
        .attr("from", string(s.from()))
        .attr("to", string(s.to()))
        .lang(s.lang());
    out.attrs(s.ext().attributes());
  }

  private static String string(Jid jid) {
    return jid == null ? null : jid.toString();
  }
}
