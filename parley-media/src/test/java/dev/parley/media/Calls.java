/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.transport.RemotePolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** Test helpers: engines on loopback, phones joined to rooms, and tone checks. */
final class Calls implements AutoCloseable {
  static final double[] TONES = {400, 650, 1000};

  final MediaEngine bridge;
  final MediaEngine clients;
  final ExecutorService events = Executors.newSingleThreadExecutor();
  final Queue<RoomEvent> roomEvents = new ConcurrentLinkedQueue<>();
  final Queue<RoomEvent> phoneEvents = new ConcurrentLinkedQueue<>();

  Calls(MediaConfig bridgeConfig) throws IOException {
    this(bridgeConfig, MediaConfig.defaults().withPorts(43000, 43999));
  }

  Calls(MediaConfig bridgeConfig, MediaConfig clientConfig) throws IOException {
    this.bridge = MediaEngine.start(bridgeConfig);
    this.clients = MediaEngine.start(clientConfig);
  }

  Calls() throws IOException {
    this(MediaConfig.defaults().withPorts(41000, 41999));
  }

  static MediaConfig bridgeConfig(RemotePolicy policy) {
    return MediaConfig.defaults().withPorts(41000, 41999).withRemotePolicy(policy);
  }

  Room room(String id) throws MediaException {
    return bridge.createRoom(id, roomEvents::add, events);
  }

  /** A phone on the client engine, offered to the room and connected with its answer. */
  Phone join(Room room, String name, AudioSource source, Recorder recorder) throws MediaException {
    Phone phone =
        clients.openPhone(
            name,
            List.of(CodecSpec.pcmu(), CodecSpec.pcma(), CodecSpec.telephoneEvent(101)),
            source,
            recorder,
            false,
            phoneEvents::add,
            events);
    Participant p = room.addParticipant(name, phone.offer());
    phone.accept(p.answer());
    return phone;
  }

  /** The tones among {@code candidates} present in the last second of a recording. */
  static List<Double> heard(Recorder recorder, double... candidates) {
    short[] last = recorder.last(8000);
    assertThat(last).hasSize(8000);
    return ToneAnalysis.present(last, 8000, 15, -45, candidates);
  }

  static List<Double> others(double own, double... all) {
    return Arrays.stream(all).filter(f -> f != own).boxed().collect(Collectors.toList());
  }

  List<RoomEvent> roomEvents() {
    return new ArrayList<>(roomEvents);
  }

  @Override
  public void close() {
    clients.close();
    bridge.close();
    events.shutdownNow();
  }
}
