/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.XmlElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Both ends of a link on loopback: the handshake, then stanzas with their sizes on the wire. */
class RawComponentLinkTest {
  @Test
  void eachEndReadsTheOthersStanzasWithTheirSizes() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<RawComponentLink> accepted =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return RawComponentLink.accept(server, "server.test");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      try (RawComponentLink component =
              RawComponentLink.connect(
                  "127.0.0.1", server.getLocalPort(), "component.test", "secret");
          RawComponentLink peer = accepted.get(10, TimeUnit.SECONDS)) {
        BlockingQueue<Object[]> atPeer = new LinkedBlockingQueue<>();
        BlockingQueue<Iq> atComponent = new LinkedBlockingQueue<>();
        peer.read("test-peer", (e, bytes) -> atPeer.add(new Object[] {e, bytes}));
        component.read(atComponent::add);

        String ping =
            "<iq type='get' id='p1' from='a@component.test/x' to='server.test'>"
                + "<ping xmlns='urn:xmpp:ping'/></iq>";
        component.send(ping.getBytes(StandardCharsets.UTF_8));
        component.flush();
        Object[] got = atPeer.poll(10, TimeUnit.SECONDS);
        assertThat(got).isNotNull();
        assertThat((XmlElement) got[0]).isInstanceOf(Iq.class);
        assertThat(((Iq) got[0]).id()).isEqualTo("p1");
        assertThat((long) got[1]).isEqualTo(ping.getBytes(StandardCharsets.UTF_8).length);

        String pong = "<iq type='result' id='p1' from='server.test' to='a@component.test/x'/>";
        peer.send(pong.getBytes(StandardCharsets.UTF_8));
        peer.flush();
        Iq answer = atComponent.poll(10, TimeUnit.SECONDS);
        assertThat(answer).isNotNull();
        assertThat(answer.type()).isEqualTo(Iq.Type.RESULT);
      }
    }
  }
}
