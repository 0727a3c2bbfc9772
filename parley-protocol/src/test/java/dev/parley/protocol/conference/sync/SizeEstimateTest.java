/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceInfoSamples;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size estimate that chooses between a partial and a full notification tracks reality. */
class SizeEstimateTest {

  static List<ConferenceInfo> documents() {
    List<ConferenceInfo> docs = new ArrayList<>();
    for (String path : Fixtures.all()) {
      XmlElement e = Fixtures.parse(path);
      if (e instanceof ConferenceInfo c) {
        docs.add(c);
      } else if (e instanceof Iq iq) {
        Coin.document(iq).ifPresent(docs::add);
      }
    }
    docs.add(ConferenceInfoSamples.document(1, 1));
    docs.add(ConferenceInfoSamples.document(1_000, 1));
    return docs;
  }

  @Test
  void theEstimateIsWithinTenPercentOfTheWrittenLength() {
    for (ConferenceInfo doc : documents()) {
      ConferenceInfo sent = ConferenceInfos.withExplicitStates(doc);
      int written = Xml.toXml(sent, ParleyCodecs.registry()).length();

      int estimate = SizeEstimate.NOTIFICATION.document(sent);

      assertThat((double) estimate)
          .as("%s", doc.entity())
          .isCloseTo(written, within(written * 0.1));
      assertThat(SizeEstimate.FULL.document(doc)).isEqualTo(estimate);
    }
  }
}
