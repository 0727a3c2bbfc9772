/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.Calls;
import dev.parley.client.call.ExternalMedia;
import dev.parley.client.conference.ConferenceTracker;
import dev.parley.client.conference.RosterEvent;
import dev.parley.media.EngineStats;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.testkit.Prosody;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;

/**
 * One SDK participant: its own Smack connection, its own media engine on loopback, its {@link
 * Calls}, and what it heard and was told (the recording, every conference document as received,
 * every roster event).
 */
final class Participant implements AutoCloseable {
  private static final int SECOND = Audio.RATE;

  final String name;
  final XMPPTCPConnection connection;
  final MediaEngine engine;
  final Calls calls;
  final Recorder recorder = Audio.recorder(Duration.ofMinutes(5));
  final List<ConferenceInfo> documents = new CopyOnWriteArrayList<>();
  final List<RosterEvent> events = new CopyOnWriteArrayList<>();
  private volatile Call call;

  /** Logs {@code user} in (resource {@code phone}) with an engine on ports from {@code portMin}. */
  Participant(Prosody prosody, String user, int portMin) throws Exception {
    this(prosody, user, portMin, CallOptions.DEFAULT);
  }

  /** The same, with these call options (a transport, say). */
  Participant(Prosody prosody, String user, int portMin, CallOptions options) throws Exception {
    this.name = user;
    this.connection = prosody.login(user, "phone");
    this.engine = MediaEngine.start(MediaConfig.defaults().withPorts(portMin, portMin + 99));
    this.calls = Calls.of(connection, engine, options);
  }

  EntityFullJid jid() {
    return connection.getUser();
  }

  /** Calls the room (XEP-0353, as deployed clients do) sending {@code source}; waits for media. */
  Call join(EntityBareJid room, AudioSource source) throws Exception {
    return joined(calls.call(room, source, recorder).get(BridgeRun.WAIT.toSeconds(), SECONDS));
  }

  /** Calls the room for media the test runs elsewhere (FFmpeg); waits for the accept. */
  Call join(EntityBareJid room, ExternalMedia media) throws Exception {
    return joined(calls.call(room, media, true).get(BridgeRun.WAIT.toSeconds(), SECONDS));
  }

  private Call joined(Call c) {
    assertThat(c.isFocus()).as("%s: the room's accept carries isfocus", name).isTrue();
    ConferenceTracker tracker = c.conference();
    tracker.onDocument(documents::add);
    tracker.onEvent(events::add);
    this.call = c;
    return c;
  }

  Call call() {
    return call;
  }

  ConferenceTracker tracker() {
    return call.conference();
  }

  /** The versions of the documents received, in order. */
  List<Long> versions() {
    return documents.stream().map(ConferenceInfo::version).toList();
  }

  /** How many partial documents arrived. */
  long partials() {
    return documents.stream().filter(d -> d.effectiveState() == State.PARTIAL).count();
  }

  /** The tones among {@code all} present in the last {@code seconds} of the recording. */
  List<Double> heard(double seconds, double... all) {
    return ToneAnalysis.present(recorder.last((int) (seconds * SECOND)), SECOND, 15, -45, all);
  }

  /** Whether the engine holds no phone and no port. */
  boolean engineIsEmpty() {
    EngineStats s = engine.stats();
    return s.phones() == 0 && s.portsInUse() == 0;
  }

  @Override
  public void close() {
    calls.close();
    if (connection.isConnected()) {
      connection.disconnect();
    }
    engine.close();
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;
}
