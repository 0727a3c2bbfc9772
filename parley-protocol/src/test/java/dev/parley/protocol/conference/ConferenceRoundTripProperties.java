/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import dev.parley.protocol.testing.RoundTrip;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Serialise → parse is the identity on every RFC 4575 record, extensions included. */
class ConferenceRoundTripProperties {

  @Property(tries = 200)
  void documents(@ForAll("documents") ConferenceInfo document) {
    RoundTrip.assertIdentity(document);
  }

  @Property(tries = 150)
  void users(@ForAll("users") User user) {
    RoundTrip.assertIdentity(user);
  }

  @Property(tries = 150)
  void endpoints(@ForAll("endpoints") Endpoint endpoint) {
    RoundTrip.assertIdentity(endpoint);
  }

  @Property(tries = 100)
  void descriptions(@ForAll("descriptions") ConferenceDescription description) {
    RoundTrip.assertIdentity(description);
  }

  @Provide
  Arbitrary<ConferenceInfo> documents() {
    return ConferenceArbitraries.anyConferenceInfo();
  }

  @Provide
  Arbitrary<User> users() {
    return ConferenceArbitraries.anyUser();
  }

  @Provide
  Arbitrary<Endpoint> endpoints() {
    return ConferenceArbitraries.anyEndpoint();
  }

  @Provide
  Arbitrary<ConferenceDescription> descriptions() {
    return ConferenceArbitraries.anyDescription();
  }
}
