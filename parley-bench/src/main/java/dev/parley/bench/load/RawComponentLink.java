/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stream.Handshake;
import dev.parley.protocol.stream.StreamHeader;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlLimits;
import dev.parley.protocol.xml.XmlStreamParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One XEP-0114 stream used by the load generator, from either side: {@link #connect} plays a
 * component connecting to an XMPP server (the load client through Prosody), {@link #accept} plays
 * the XMPP server accepting Parley (the in-process peer). After the handshake, {@link #send} writes
 * raw stanza bytes and a reader thread hands every element received, with its size on the wire
 * ({@link StanzaSizes}), to a consumer.
 */
final class RawComponentLink implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final XmlStreamParser parser;
  private final StanzaSizes sizes;
  private Thread reader;

  private RawComponentLink(Socket socket, XmlStreamParser parser, StanzaSizes sizes)
      throws IOException {
    this.socket = socket;
    this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    this.parser = parser;
    this.sizes = sizes;
  }

  /** What the reader thread does with each element received. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param element the element as Parley's codecs read it
     * @param wireBytes its size on the wire, in bytes
     */
    void accept(XmlElement element, long wireBytes);
  }

  /** Connects as component {@code domain} to an XMPP server's component port. */
  static RawComponentLink connect(String host, int port, String domain, String secret)
      throws IOException {
    Socket s = new Socket(host, port);
    s.setTcpNoDelay(true);
    s.getOutputStream()
        .write(StreamHeader.componentOpen(domain).openTag().getBytes(StandardCharsets.UTF_8));
    StanzaSizes sizes = new StanzaSizes(s.getInputStream());
    XmlStreamParser parser = new XmlStreamParser(sizes, ParleyCodecs.registry(), XmlLimits.DEFAULT);
    StreamHeader header = StreamHeader.from(parser.readRoot());
    String handshake = "<handshake>" + Handshake.of(header.id(), secret).digest() + "</handshake>";
    s.getOutputStream().write(handshake.getBytes(StandardCharsets.UTF_8));
    if (!(parser.next() instanceof Handshake)) {
      throw new IOException("handshake refused");
    }
    sizes.next();
    return new RawComponentLink(s, parser, sizes);
  }

  /** Accepts one component on {@code server} and accepts its handshake whatever the secret. */
  static RawComponentLink accept(ServerSocket server, String domain) throws IOException {
    Socket s = server.accept();
    s.setTcpNoDelay(true);
    StanzaSizes sizes = new StanzaSizes(s.getInputStream());
    XmlStreamParser parser = new XmlStreamParser(sizes, ParleyCodecs.registry(), XmlLimits.DEFAULT);
    parser.readRoot();
    String header =
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept' from='"
            + domain
            + "' id='bench'>";
    s.getOutputStream().write(header.getBytes(StandardCharsets.UTF_8));
    if (!(parser.next() instanceof Handshake)) {
      throw new IOException("expected a handshake");
    }
    sizes.next();
    s.getOutputStream().write("<handshake/>".getBytes(StandardCharsets.UTF_8));
    return new RawComponentLink(s, parser, sizes);
  }

  /** Starts the reader thread; every IQ read goes to {@code onIq}. */
  void read(Consumer<Iq> onIq) {
    read(
        "bench-reader",
        (e, bytes) -> {
          if (e instanceof Iq iq) {
            onIq.accept(iq);
          }
        });
  }

  /** Starts a reader thread named {@code threadName}; every element read goes to {@code sink}. */
  void read(String threadName, Sink sink) {
    reader =
        new Thread(
            () -> {
              try {
                for (XmlElement e = parser.next(); e != null; e = parser.next()) {
                  sink.accept(e, sizes.next());
                }
              } catch (UncheckedIOException e) {
                // closed
              }
            },
            threadName);
    reader.setDaemon(true);
    reader.start();
  }

  void send(byte[] stanza) throws IOException {
    out.write(stanza);
  }

  void flush() throws IOException {
    out.flush();
  }

  /** Closes the socket and waits for the reader thread to end. */
  @Override
  public void close() throws IOException {
    socket.close();
    Thread r = reader;
    if (r != null) {
      try {
        r.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
