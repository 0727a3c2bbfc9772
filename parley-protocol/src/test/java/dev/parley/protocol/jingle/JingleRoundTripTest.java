/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Serialise → parse is the identity on generated XEP-0166 records. */
class JingleRoundTripTest {
  @Property(tries = 300)
  void jingle(@ForAll("jingles") Jingle jingle) {
    RoundTrip.assertIdentity(jingle);
  }

  @Property(tries = 100)
  void jingleInAnIq(@ForAll("iqs") Iq iq) {
    RoundTrip.assertIdentity(iq);
  }

  @Property(tries = 200)
  void standaloneContent(@ForAll("contents") Content content) {
    RoundTrip.assertIdentity(content);
  }

  @Property(tries = 200)
  void reason(@ForAll("reasons") Reason reason) {
    RoundTrip.assertIdentity(reason);
  }

  @Property(tries = 100)
  void errorCondition(@ForAll("errors") JingleErrorCondition condition) {
    RoundTrip.assertIdentity(condition);
  }

  @Provide
  Arbitrary<Jingle> jingles() {
    return JingleArbitraries.jingle();
  }

  @Provide
  Arbitrary<Iq> iqs() {
    return Combinators.combine(
            JingleArbitraries.jingle(), XmlArbitraries.jid(), XmlArbitraries.token())
        .as(
            (j, to, id) ->
                new Iq(
                    Iq.Type.SET,
                    id,
                    null,
                    to,
                    null,
                    List.of(j),
                    null,
                    dev.parley.protocol.xml.Extensions.NONE));
  }

  @Provide
  Arbitrary<Content> contents() {
    return JingleArbitraries.content();
  }

  @Provide
  Arbitrary<Reason> reasons() {
    return JingleArbitraries.reason();
  }

  @Provide
  Arbitrary<JingleErrorCondition> errors() {
    return JingleArbitraries.errorCondition();
  }
}
