/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlLimits;
import dev.parley.protocol.xml.XmlOut;
import dev.parley.protocol.xml.XmlStreamParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse and serialise cost of single stanzas and documents.
 *
 * <ul>
 *   <li>{@code parse}: bytes → record, with a new parser per document (what {@link Xml#parse}
 *       costs);
 *   <li>{@code parseFromStream}: the component's path, one long-lived stream parser reading stanza
 *       after stanza;
 *   <li>{@code serialise}: record → XML text;
 *   <li>{@code roundTrip}: {@code parseFromStream} + {@code serialise}, the per-stanza codec work
 *       of a component hop.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StanzaCodecBench {
  private static final int STREAM_STANZAS = 1_000;
  private static final String STREAM_OPEN =
      "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept'>";

  @Param({
    "bench/session-accept-g711.xml",
    "bench/session-initiate.xml",
    "bench/session-accept.xml",
    "bench/meeting-request.xml"
  })
  public String sample;

  private final CodecRegistry registry = ParleyCodecs.registry();
  private byte[] bytes;
  private byte[] stream;
  private XmlElement parsed;

  @Setup
  public void setup() {
    String xml = Samples.resource(sample).replaceAll("(?s)<!--.*?-->", "").strip();
    bytes = xml.getBytes(StandardCharsets.UTF_8);
    parsed = Xml.parse(bytes, registry, XmlLimits.DEFAULT);
    // The component stream's namespace makes un-namespaced stanzas component stanzas, as on the
    // wire.
    String stanza =
        Xml.toXml(parsed, registry, "jabber:component:accept")
            .replace(" xmlns='jabber:component:accept'", "");
    stream =
        (STREAM_OPEN + stanza.repeat(STREAM_STANZAS) + "</stream:stream>")
            .getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public XmlElement parse() {
    return Xml.parse(bytes, registry, XmlLimits.DEFAULT);
  }

  @Benchmark
  @OperationsPerInvocation(STREAM_STANZAS)
  public void parseFromStream(Blackhole bh) {
    try (XmlStreamParser parser =
        new XmlStreamParser(new ByteArrayInputStream(stream), registry, XmlLimits.DEFAULT)) {
      parser.readRoot();
      for (XmlElement e = parser.next(); e != null; e = parser.next()) {
        bh.consume(e);
      }
    }
  }

  @Benchmark
  public String serialise() {
    return Xml.toXml(parsed, registry, "jabber:component:accept");
  }

  @Benchmark
  @OperationsPerInvocation(STREAM_STANZAS)
  public int roundTrip() {
    int length = 0;
    StringBuilder sb = new StringBuilder(1024);
    try (XmlStreamParser parser =
        new XmlStreamParser(new ByteArrayInputStream(stream), registry, XmlLimits.DEFAULT)) {
      parser.readRoot();
      for (XmlElement e = parser.next(); e != null; e = parser.next()) {
        sb.setLength(0);
        new XmlOut(sb, registry, "jabber:component:accept", "jabber:component:accept").element(e);
        length += sb.length();
      }
    }
    return length;
  }
}
