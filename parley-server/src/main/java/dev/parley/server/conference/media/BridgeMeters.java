/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import dev.parley.media.MediaEngine;
import dev.parley.media.Participant;
import dev.parley.media.mixer.SlowTick;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The bridge's Micrometer metrics ({@code parley.bridge.*}, docs/OPERATIONS.md): the engine's
 * rooms, participants and ports; the media clock (ticks, late and skipped ticks, and the stalls:
 * ticks that ended more than a period after their deadline); call outcomes; DTMF digits; and, for
 * each live participant, gauges of its media statistics tagged with the room and the participant's
 * full JID. Those per-participant gauges are removed when the participant leaves, so their number
 * is bounded by the participants present.
 */
public final class BridgeMeters {
  private final MeterRegistry registry;

  public BridgeMeters(MeterRegistry registry, MediaEngine engine) {
    this.registry = registry;
    Gauge.builder("parley.bridge.rooms", engine, e -> e.stats().rooms())
        .description("media rooms open")
        .register(registry);
    Gauge.builder("parley.bridge.participants", engine, e -> e.stats().participants())
        .description("participants with media")
        .register(registry);
    Gauge.builder("parley.bridge.ports", engine, e -> e.stats().portsInUse())
        .description("UDP ports held by the media engine")
        .register(registry);
    FunctionCounter.builder("parley.bridge.ticks", engine, e -> e.stats().ticks().ticks())
        .description("mixer ticks run (50 per second per tick thread)")
        .register(registry);
    FunctionCounter.builder(
            "parley.bridge.tick.overruns", engine, e -> e.stats().ticks().overruns())
        .description("ticks that started a whole period (20 ms) or more late")
        .register(registry);
    FunctionCounter.builder("parley.bridge.tick.skipped", engine, e -> e.stats().ticks().skipped())
        .description("periods not ticked: a tick thread fell too far behind and jumped ahead")
        .register(registry);
    FunctionCounter.builder("parley.bridge.tick.slow", engine, e -> e.stats().ticks().slow())
        .description(
            "ticks that ended more than a period after their deadline (the next one started late)")
        .register(registry);
    Gauge.builder("parley.bridge.turn.allocations", engine, e -> e.relayStats().activeAllocations())
        .description("TURN allocations held (relayed candidates of ICE legs)")
        .register(registry);
    FunctionCounter.builder(
            "parley.bridge.turn.failures", engine, e -> e.relayStats().failedAllocations())
        .description(
            "ICE legs that got no relayed candidate (every TURN server refused or was silent)")
        .register(registry);
    FunctionCounter.builder(
            "parley.bridge.turn.relayed", engine, e -> e.relayStats().relayedSelections())
        .description("ICE selections of a relayed pair (media through the TURN server)")
        .register(registry);
    Gauge.builder(
            "parley.bridge.tick.slowest",
            engine,
            e -> e.stats().ticks().slowestTick().map(SlowTick::delayMicros).orElse(0L) / 1e6)
        .description("how long after its deadline the slowest tick since start ended")
        .baseUnit("seconds")
        .register(registry);
  }

  /** A call ended or was refused: {@code outcome} is the Jingle reason or the refusal. */
  public void call(String outcome) {
    Counter.builder("parley.bridge.calls").tag("outcome", outcome).register(registry).increment();
  }

  /** A DTMF digit was received. */
  public void dtmf() {
    Counter.builder("parley.bridge.dtmf").register(registry).increment();
  }

  /** Gauges of one participant's media; close the handle when it leaves. */
  public Handle participant(String room, String jid, Participant p) {
    Tags tags = Tags.of("room", room, "participant", jid);
    List<Meter> meters =
        List.of(
            gauge(
                "parley.bridge.participant.packets.received",
                tags,
                p,
                x -> x.stats().packetsReceived()),
            gauge("parley.bridge.participant.packets.sent", tags, p, x -> x.stats().packetsSent()),
            gauge("parley.bridge.participant.packets.lost", tags, p, x -> x.stats().packetsLost()),
            gauge("parley.bridge.participant.jitter.ms", tags, p, x -> x.stats().jitterMillis()),
            gauge("parley.bridge.participant.level.dbov", tags, p, x -> x.stats().levelDbov()));
    return () -> meters.forEach(registry::remove);
  }

  private Meter gauge(String name, Tags tags, Participant p, ToDoubleFunction<Participant> value) {
    return Gauge.builder(name, p, value).tags(tags).register(registry);
  }

  /** Removes a participant's gauges. */
  @FunctionalInterface
  public interface Handle {
    void close();
  }
}
