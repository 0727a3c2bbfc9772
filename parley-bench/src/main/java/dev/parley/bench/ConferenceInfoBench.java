/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceInfoSamples;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.conference.sync.ConferenceUpdate;
import dev.parley.protocol.conference.sync.ConferenceView;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlLimits;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFC 4575 documents: parse and serialise a full document of {@code users} participants, and the
 * shared {@code diff}/{@code apply} between two consecutive versions (one participant muted, one
 * left, one joined — a typical coalesced update).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConferenceInfoBench {
  @Param({"100", "1000"})
  public int users;

  private final CodecRegistry registry = ParleyCodecs.registry();
  private ConferenceInfo previous;
  private ConferenceInfo next;
  private ConferenceInfo notification;
  private ConferenceView view;
  private byte[] bytes;

  @Setup
  public void setup() {
    previous = ConferenceInfoSamples.document(users, 7);
    next = ConferenceInfoSamples.next(previous, 1, 1, 1);
    notification = ConferenceInfos.diff(previous, next).orElseThrow();
    view = ConferenceView.EMPTY.apply(previous).view();
    bytes = Xml.toXml(previous, registry, "jabber:client").getBytes(StandardCharsets.UTF_8);
  }

  /** The full document's size, for the record. */
  public int documentBytes() {
    return bytes.length;
  }

  @Benchmark
  public XmlElement parse() {
    return Xml.parse(bytes, registry, XmlLimits.DEFAULT);
  }

  @Benchmark
  public String serialise() {
    return Xml.toXml(previous, registry, "jabber:client");
  }

  @Benchmark
  public Optional<ConferenceInfo> diff() {
    return ConferenceInfos.diff(previous, next);
  }

  @Benchmark
  public ConferenceUpdate apply() {
    return view.apply(notification);
  }
}
