/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.xml.Xml;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark runs once on its inputs and computes what it claims to (no timing is measured here), so that the
 * benchmarks cannot rot between performance runs.
 */
class BenchmarksRunTest {
  private static final Blackhole BLACKHOLE =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void stanzaCodecBenchmarksWork() {
    StanzaCodecBench bench = new StanzaCodecBench();
    bench.sample = "bench/session-initiate.xml";
    bench.setup();
    var parsed = bench.parse();
    assertThat(Xml.toXml(parsed, ParleyCodecs.registry(), "jabber:component:accept")).isEqualTo(bench.serialise());
    bench.parseFromStream(BLACKHOLE);
    assertThat(bench.roundTrip()).isGreaterThan(500 * 1_000);
  }
}
