/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceArbitraries;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.xml.Xml;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link ConferenceInfos#diff} and {@link ConferenceInfos#apply} are inverse of each other. The
 * statistics collected by the main property show how often each shape of notification occurs.
 */
class ConferenceInfosProperties {

  /**
   * For documents A and B (B newer), applying diff(A, B), written and parsed back, to the view of A
   * gives B; the notification spells out its states, is partial only when that is smaller, and is
   * ignored when applied again.
   */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void applyingTheDiffGivesTheNextDocument(
      @ForAll("documentAndSuccessor") Tuple2<ConferenceInfo, ConferenceInfo> pair) {
    ConferenceInfo a = pair.get1();
    ConferenceInfo b = pair.get2();
    ConferenceView view = viewOf(a);
    assertIgnoredAsStale(view, a);

    Optional<ConferenceInfo> diff = ConferenceInfos.diff(a, b);

    Statistics.collect(diff.map(ConferenceInfosProperties::shape).orElse("none"));
    ConferenceInfo expected = ConferenceInfos.normalize(b);
    if (diff.isEmpty()) {
      assertThat(view.document().withVersion(b.version())).isEqualTo(expected);
      return;
    }
    if (diff.get().state() == State.PARTIAL) {
      assertThat(SizeEstimate.NOTIFICATION.document(diff.get()))
          .isLessThan(SizeEstimate.NOTIFICATION.document(ConferenceInfos.withExplicitStates(b)));
    }
    ConferenceInfo notification = overTheWire(diff.get());
    assertThat(notification.version()).isEqualTo(b.version());
    assertExplicitStates(notification);
    ConferenceUpdate update = ConferenceInfos.apply(view, notification);
    assertThat(update).as("%s", notification).isInstanceOf(ConferenceUpdate.Applied.class);
    assertThat(update.view().document()).as("applying %s", notification).isEqualTo(expected);
    assertThat(update.view().version()).isEqualTo(b.version());
    assertThat(update.view().stale()).isFalse();
    assertIgnoredAsStale(update.view(), notification);
    assertIgnoredAsStale(update.view(), a);
    assertIgnoredAsStale(update.view(), b);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void aDocumentHasNoDiffWithItself(@ForAll("fullDocument") ConferenceInfo a) {
    assertThat(ConferenceInfos.diff(a, a)).isEmpty();
    ConferenceInfo respelled = ConferenceInfos.withExplicitStates(a).withVersion(a.version() + 1);
    assertThat(ConferenceInfos.diff(a, respelled)).isEmpty();
    assertThat(
            ConferenceInfos.diff(
                respelled, ConferenceInfos.normalize(a).withVersion(a.version() + 2)))
        .isEmpty();
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void aSkippedVersionIsAGap(
      @ForAll("documentAndSuccessor") Tuple2<ConferenceInfo, ConferenceInfo> pair,
      @ForAll("skip") long skip) {
    ConferenceInfo a = pair.get1();
    ConferenceView view = viewOf(a);
    Optional<ConferenceInfo> diff = ConferenceInfos.diff(a, pair.get2());
    ConferenceInfo partial =
        diff.filter(d -> d.state() == State.PARTIAL)
            .orElseGet(() -> ConferenceInfo.builder(a.entity()).state(State.PARTIAL).build())
            .withVersion(a.version() + skip);

    ConferenceUpdate update = ConferenceInfos.apply(view, partial);

    assertThat(update).isInstanceOf(ConferenceUpdate.Gap.class);
    ConferenceUpdate.Gap gap = (ConferenceUpdate.Gap) update;
    assertThat(gap.expected()).isEqualTo(a.version() + 1);
    assertThat(gap.received()).isEqualTo(a.version() + skip);
    assertThat(gap.view().stale()).isTrue();
    assertThat(gap.view().document()).isEqualTo(view.document());

    ConferenceInfo full = pair.get2().withVersion(a.version() + skip + 1);
    ConferenceUpdate recovered = ConferenceInfos.apply(gap.view(), full);
    assertThat(recovered).isInstanceOf(ConferenceUpdate.Applied.class);
    assertThat(recovered.view().stale()).isFalse();
    assertThat(recovered.view().document()).isEqualTo(ConferenceInfos.normalize(full));
  }

  @Provide
  Arbitrary<ConferenceInfo> fullDocument() {
    return ConferenceArbitraries.fullDocument();
  }

  @Provide
  Arbitrary<Tuple2<ConferenceInfo, ConferenceInfo>> documentAndSuccessor() {
    return ConferenceArbitraries.fullDocument()
        .flatMap(
            a ->
                Combinators.combine(
                        net.jqwik.api.Arbitraries.just(a),
                        net.jqwik.api.Arbitraries.oneOf(
                            ConferenceArbitraries.successor(a),
                            ConferenceArbitraries.successor(a),
                            ConferenceArbitraries.successor(a),
                            ConferenceArbitraries.successor(a),
                            ConferenceArbitraries.successor(a),
                            ConferenceArbitraries.fullDocument()
                                .map(b -> b.withVersion(a.version() + 1))))
                    .as(Tuple::of));
  }

  @Provide
  Arbitrary<Long> skip() {
    return net.jqwik.api.Arbitraries.longs().between(2, 1000);
  }

  private static ConferenceView viewOf(ConferenceInfo fullDocument) {
    ConferenceUpdate first = ConferenceInfos.apply(ConferenceView.EMPTY, fullDocument);
    assertThat(first).isInstanceOf(ConferenceUpdate.Applied.class);
    return first.view();
  }

  private static void assertIgnoredAsStale(ConferenceView view, ConferenceInfo notification) {
    ConferenceUpdate again = ConferenceInfos.apply(view, notification);
    assertThat(again)
        .isEqualTo(new ConferenceUpdate.Ignored(view, ConferenceUpdate.Reason.STALE_VERSION));
  }

  static String shape(ConferenceInfo d) {
    if (d.state() != State.PARTIAL || d.users() == null || d.users().state() != State.PARTIAL) {
      return String.valueOf(d.state());
    }
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (User u : d.users().list()) {
      kinds.add("user " + u.state());
      for (Endpoint e : u.endpoints()) {
        kinds.add("endpoint " + e.state());
      }
    }
    return "PARTIAL users " + kinds;
  }

  /** What the receiver sees: the notification written and parsed back. */
  private static ConferenceInfo overTheWire(ConferenceInfo notification) {
    String xml = Xml.toXml(notification, ParleyCodecs.registry());
    return (ConferenceInfo) Xml.parse(xml, ParleyCodecs.registry());
  }

  /**
   * Dino needs {@code state} on the root, {@code users}, every user; protocols.md adds endpoints.
   */
  private static void assertExplicitStates(ConferenceInfo notification) {
    assertThat(notification.state()).isNotNull();
    if (notification.users() != null) {
      assertThat(notification.users().state()).isNotNull();
      for (User u : notification.users().list()) {
        assertThat(u.state()).as("state of %s", u.entity()).isNotNull();
        for (Endpoint e : u.endpoints()) {
          assertThat(e.state()).as("state of %s", e.entity()).isNotNull();
        }
      }
    }
  }
}
