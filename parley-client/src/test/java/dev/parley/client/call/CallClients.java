/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.MediaEngine;
import dev.parley.testkit.Prosody;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Alice's and bob's SDK clients for the call integration tests: each logged in to Prosody on a
 * resource of its own, with {@link Calls} on a media engine; what rings at bob lands in {@link
 * #ringingAtBob}.
 */
record CallClients(
    XMPPTCPConnection aliceConnection,
    XMPPTCPConnection bobConnection,
    Calls alice,
    Calls bob,
    BlockingQueue<IncomingCall> ringingAtBob)
    implements AutoCloseable {

  /** Logs alice and bob in to {@code prosody} and starts their calls with {@code options}. */
  static CallClients connect(
      Prosody prosody, MediaEngine aliceMedia, MediaEngine bobMedia, CallOptions options) {
    XMPPTCPConnection aliceConnection = prosody.login("alice", "phone-" + System.nanoTime());
    XMPPTCPConnection bobConnection = prosody.login("bob", "phone-" + System.nanoTime());
    CallClients clients =
        new CallClients(
            aliceConnection,
            bobConnection,
            Calls.of(aliceConnection, aliceMedia, options),
            Calls.of(bobConnection, bobMedia, options),
            new LinkedBlockingQueue<>());
    clients.bob().onIncoming(clients.ringingAtBob()::add);
    return clients;
  }

  /** Closes both clients' calls, then their connections. */
  @Override
  public void close() {
    alice.close();
    bob.close();
    aliceConnection.disconnect();
    bobConnection.disconnect();
  }
}
