/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.jingle.JingleArbitraries;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.rtp.RtpArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for valid XEP-0353 messages, including unknown extensions. */
public final class JmiArbitraries {
  private JmiArbitraries() {}

  public static Arbitrary<Propose> propose() {
    Arbitrary<XmlElement> description =
        Arbitraries.oneOf(
            RtpArbitraries.description().map(XmlElement.class::cast),
            JingleArbitraries.foreignNamed("description").map(XmlElement.class::cast));
    return Combinators.combine(
            XmlArbitraries.text(),
            description.list().ofMaxSize(3),
            JingleArbitraries.extensionsAvoiding(Set.of("description")))
        .as(Propose::new);
  }

  public static Arbitrary<JmiMessage> message() {
    Arbitrary<String> id = XmlArbitraries.text();
    Arbitrary<Extensions> ext = XmlArbitraries.extensions();
    Arbitrary<Reason> reason = JingleArbitraries.reason().injectNull(0.3);
    Arbitrary<Boolean> tieBreak = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        propose().map(JmiMessage.class::cast),
        Combinators.combine(id, ext).as(Ringing::new),
        Combinators.combine(id, ext).as(Proceed::new),
        Combinators.combine(id, ext).as(Accept::new),
        Combinators.combine(id, reason, tieBreak, ext).as(Reject::new),
        Combinators.combine(id, reason, tieBreak, ext).as(Retract::new),
        Combinators.combine(id, reason, tieBreak, XmlArbitraries.text().injectNull(0.5), ext)
            .as(Finish::new));
  }
}
