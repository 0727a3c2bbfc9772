/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.codec.LibOpus;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.internal.concurrent.NamedThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing leaks: after participants, rooms, phones and engines close — each way they can — every
 * port can be bound again, no socket file descriptor is left open, and no media thread runs.
 */
class LeakIT {
  private static long socketDescriptors() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              p -> {
                try {
                  return Files.readSymbolicLink(p).toString().startsWith("socket:");
                } catch (IOException e) {
                  return false; // closed while listing
                }
              })
          .count();
    }
  }

  private static List<String> mediaThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith(NamedThreads.PREFIX))
        .toList();
  }

  /**
   * ICE legs too. ice4j's static initialisation (on the first agent of the process: configuration,
   * mapping harvesters) leaves two sockets open for the life of the process; they are not the
   * engine's, so the baseline is taken after a first round, and two more rounds must not grow it.
   */
  @Test
  void iceAndDtlsLegsFreeTheirSocketsAndThreadsToo() throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> mediaThreads().isEmpty());
    webrtcRound();
    await().atMost(Duration.ofSeconds(10)).until(() -> mediaThreads().isEmpty());
    long socketsBefore = socketDescriptors();
    webrtcRound();
    webrtcRound();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(socketDescriptors()).as("sockets open").isEqualTo(socketsBefore));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(mediaThreads()).isEmpty());
  }

  private static void webrtcRound() throws Exception {
    Calls calls = new Calls();
    Room room = calls.room("webrtc");
    List<Phone> phones = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Phone phone =
          calls.clients.openPhone(
              "w" + i,
              PhoneOptions.webrtc(List.of(CodecSpec.pcmu())),
              new ToneSource(300 + 100 * i, -20, 8000),
              new Recorder(8000, 80_000),
              e -> {},
              calls.events);
      phone.accept(room.addParticipant("w" + i, phone.offer()).answer());
      phones.add(phone);
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> room.participants().stream().allMatch(Participant::transportReady));
    // one leaves, then everything closes with the engines
    room.participants().get(0).close().get(10, TimeUnit.SECONDS);
    phones.get(0).close().get(10, TimeUnit.SECONDS);
    calls.close();
  }

  /**
   * Opus on libopus: each leg's encoder and decoder hold native memory, freed when the leg ends — a
   * participant leaving, a phone hanging up, a room closing (with its shared encoding).
   */
  @Test
  void opusLegsFreeTheirNativeCodecStateAsTheyEnd() throws Exception {
    CodecSpec opus = new CodecSpec(111, "opus", 48000, 2, Map.of());
    try (Calls calls =
        new Calls(
            MediaConfig.defaults()
                .withPorts(41000, 41999)
                .withMixRate(48000)
                .withOpusEngine(OpusEngine.LIBOPUS),
            MediaConfig.defaults().withPorts(43000, 43999).withOpusEngine(OpusEngine.LIBOPUS))) {
      LibOpus bridge = (LibOpus) calls.bridge.opus().implementation();
      LibOpus clients = (LibOpus) calls.clients.opus().implementation();
      Room room = calls.room("opus");
      List<Phone> phones = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Phone phone =
            calls.clients.openPhone(
                "o" + i,
                PhoneOptions.webrtc(List.of(opus)),
                new ToneSource(300 + 100 * i, -20, 8000),
                new Recorder(8000, 80_000),
                e -> {},
                calls.events);
        phone.accept(room.addParticipant("o" + i, phone.offer()).answer());
        phones.add(phone);
      }
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  room.participants().stream()
                      .allMatch(p -> p.transportReady() && p.stats().packetsReceived() > 10));
      // per leg an encoder and a decoder; the bridge may also have made the shared encoding of
      // the mix for listeners (in the first ticks nobody talked yet)
      int open = bridge.openStates();
      assertThat(open).isBetween(6, 7);
      assertThat(clients.openStates()).isEqualTo(6);

      room.participants().get(0).close().get(10, TimeUnit.SECONDS);
      assertThat(bridge.openStates()).isEqualTo(open - 2);
      phones.get(0).close().get(10, TimeUnit.SECONDS);
      assertThat(clients.openStates()).isEqualTo(4);

      room.close().get(10, TimeUnit.SECONDS);
      assertThat(bridge.openStates()).isZero();
      for (Phone p : phones) {
        p.close().get(10, TimeUnit.SECONDS);
      }
      assertThat(clients.openStates()).isZero();
    }
  }

  @Test
  void closingEverythingFreesPortsSocketsAndThreads() throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> mediaThreads().isEmpty());
    long socketsBefore = socketDescriptors();
    List<Integer> ports = new ArrayList<>();
    List<CompletableFuture<Void>> closings = new ArrayList<>();

    Calls calls = new Calls();
    Room[] rooms = new Room[3];
    for (int r = 0; r < 3; r++) {
      rooms[r] = calls.room("room" + r);
      for (int i = 0; i < 4; i++) {
        Phone phone =
            calls.join(
                rooms[r],
                "p" + r + i,
                new ToneSource(300 + 100 * i, -20, 8000),
                new Recorder(8000, 80_000));
        ports.add(phone.offer().rtp().port());
      }
      for (Participant p : rooms[r].participants()) {
        ports.add(p.answer().rtp().port());
      }
    }
    assertThat(calls.bridge.stats().portsInUse()).isEqualTo(3 * 4 * 2);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> rooms[2].participants().stream().allMatch(p -> p.stats().packetsReceived() > 10));
    assertThat(socketDescriptors() - socketsBefore).isGreaterThanOrEqualTo(2 * 3 * 4 * 2);

    // room 0: participants leave one by one
    for (Participant p : rooms[0].participants()) {
      closings.add(p.close());
    }
    // room 1: the room is closed
    closings.add(rooms[1].close());
    CompletableFuture.allOf(closings.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(calls.bridge.stats().portsInUse()).isEqualTo(4 * 2);
    assertThat(calls.bridge.stats().rooms()).isEqualTo(2);
    // room 2 and all phones: closed with their engines
    calls.close();

    assertThat(socketDescriptors()).isEqualTo(socketsBefore);
    await().atMost(Duration.ofSeconds(10)).until(() -> mediaThreads().isEmpty());
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int port : ports) {
      for (int p : new int[] {port, port + 1}) {
        try (DatagramChannel ch = DatagramChannel.open()) {
          ch.bind(new InetSocketAddress(loopback, p)); // throws if anything still holds it
        }
      }
    }
  }
}
