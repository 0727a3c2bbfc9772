/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.testing.RoundTrip;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Serialise → parse is the identity on generated XEP-0167 records. */
class RtpRoundTripTest {
  @Property(tries = 300)
  void descriptions(@ForAll("descriptions") RtpDescription description) {
    RoundTrip.assertIdentity(description);
  }

  @Property(tries = 200)
  void sessionInfoPayloads(@ForAll("infos") RtpInfo info) {
    RoundTrip.assertIdentity(info);
  }

  @Property(tries = 100)
  void errorConditions(@ForAll("errors") RtpErrorCondition condition) {
    RoundTrip.assertIdentity(condition);
  }

  @Provide
  Arbitrary<RtpDescription> descriptions() {
    return RtpArbitraries.description();
  }

  @Provide
  Arbitrary<RtpInfo> infos() {
    return RtpArbitraries.info();
  }

  @Provide
  Arbitrary<RtpErrorCondition> errors() {
    return RtpArbitraries.errorCondition();
  }
}
