/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.coin.CoinPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Coin traffic of docs/PERFORMANCE.md, computed (no timing): the size of a partial join
 * notification and the bytes of a 1,000-participant ramp against the goals.
 */
class CoinTrafficTest {

  @Test
  void aPartialJoinNotificationCarriesOneUser() {
    CoinTraffic.Join notices = CoinTraffic.join(50, true);
    String join = notices.partial();
    assertThat(join)
        .contains("state='partial'")
        .contains("<user-count>50</user-count>")
        .containsOnlyOnce("<user ")
        .contains("<user entity='xmpp:participant49@example.org' state='full'>");
    int payload = join.indexOf("</iq>") - join.indexOf("<conference-info");
    assertThat(payload).as("the document, goal ≤ 700 bytes").isLessThanOrEqualTo(700);
    assertThat(join.getBytes(StandardCharsets.UTF_8).length)
        .isEqualTo(join.length())
        .isLessThan(850);
    assertThat(notices.full()).contains("state='full'").contains("<user-count>50</user-count>");
    assertThat(notices.full().split("<user ", -1)).hasSize(51);
  }

  @Test
  void aRampOfAThousandStaysUnderHalfAGigabyte() {
    CoinTraffic.Traffic off =
        CoinTraffic.run(
            new CoinTraffic.Scenario(
                20,
                50,
                Duration.ofSeconds(10),
                CoinPolicy.DEFAULT.withoutCoalescing(),
                CoinTraffic.Peers.MIXED));
    CoinTraffic.Traffic on =
        CoinTraffic.run(
            new CoinTraffic.Scenario(
                20, 50, Duration.ofSeconds(10), CoinPolicy.DEFAULT, CoinTraffic.Peers.MIXED));

    assertThat(off.notices()).isLessThanOrEqualTo(20 * (50 + 49 * 50 / 2));
    assertThat(on.notices()).isLessThan(off.notices());
    assertThat(on.bytes()).isLessThan(off.bytes());
    assertThat(off.bytes()).isLessThan(500_000_000L);
  }
}
