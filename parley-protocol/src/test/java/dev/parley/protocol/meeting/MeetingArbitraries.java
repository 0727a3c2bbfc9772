/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.InviteArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the XEP-0483 records, in every accepted namespace. */
public final class MeetingArbitraries {
  private MeetingArbitraries() {}

  public static Arbitrary<String> queryNamespace() {
    return Arbitraries.of(
        OnlineMeetings.NAMESPACE, OnlineMeetings.INITIATE_FEATURE, OnlineMeetings.INVITE_FEATURE);
  }

  public static Arbitrary<String> url() {
    return Combinators.combine(
            Arbitraries.of(
                "https://meet.example/", "web+jitsi:", "https://galene.example:8443/group/"),
            XmlArbitraries.token())
        .as(String::concat);
  }

  public static Arbitrary<MeetingQuery> query() {
    return Combinators.combine(
            queryNamespace(),
            XmlArbitraries.token(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(MeetingQuery::new);
  }

  public static Arbitrary<Initiate> initiate() {
    return Combinators.combine(
            XmlArbitraries.token(),
            url(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(Initiate::new);
  }

  public static Arbitrary<MeetingResult> result() {
    // At least one of <initiate> and <invite>: without both the query is a request.
    return Combinators.combine(
            queryNamespace(),
            initiate().injectNull(0.3),
            InviteArbitraries.invite(),
            Arbitraries.of(true, false),
            XmlArbitraries.extensions())
        .as(
            (ns, initiate, invite, withInvite, ext) ->
                new MeetingResult(
                    ns, initiate, initiate == null || withInvite ? invite : null, ext));
  }

  public static Arbitrary<Meeting> meeting() {
    return Combinators.combine(
            XmlArbitraries.token(),
            XmlArbitraries.text().injectNull(0.4),
            Arbitraries.of(OnlineMeetings.NAMESPACE, CallInvites.NAMESPACE),
            XmlArbitraries.extensions())
        .as(Meeting::new);
  }

  /** Instants with and without fractions of a second, between 1970 and 2100. */
  public static Arbitrary<Retry> retry() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.integers().between(0, 999_999_999).injectNull(0.5),
            XmlArbitraries.extensions())
        .as(
            (seconds, nanos, ext) ->
                new Retry(Instant.ofEpochSecond(seconds, nanos == null ? 0 : nanos), ext));
  }
}
