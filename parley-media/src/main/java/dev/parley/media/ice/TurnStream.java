/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.TurnServer;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.PacketKind;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A leg's TCP or TLS connection to its TURN server (RFC 8656 § 3.1: the relayed transport is still
 * UDP; the allocation lives as long as this connection). Frames on the stream are delimited by
 * their own headers: a STUN message by its 20-byte header and length, ChannelData by its 4-byte
 * header and length padded to 4 bytes (§ 12.5).
 *
 * <p>Threads, both named {@code parley-media-turn-stream-<n>} and both ending when the connection
 * closes: a <b>reader</b> connects (5 s at most, then the TLS handshake), starts the writer, and
 * reads frames into a small single-producer queue whose frames the leg's I/O thread takes (one task
 * per batch), so the leg's receive path — and its inbound queue's single producer — stay the I/O
 * thread's; a <b>writer</b> sends what any thread handed it, in order, so the tick thread never
 * blocks on a slow connection (a full queue drops, as a full socket buffer would). Handing a frame
 * to the writer copies it: over TCP and TLS, each packet sent costs an allocation of its size.
 *
 * <p>TLS trusts the JDK's trust store, or only the certificates {@link TurnServer.Tls} names, and
 * checks that the certificate names the server (HTTPS-style endpoint identification).
 */
final class TurnStream implements TurnLink {
  private static final Logger LOG = LoggerFactory.getLogger(TurnStream.class);
  private static final int CONNECT_TIMEOUT_MILLIS = 5000;
  private static final int OUTBOUND_FRAMES = 256;
  private static final int INBOUND_FRAMES = 64;
  private static final int MAX_FRAME = 2048; // larger frames are skipped: no media is that big

  /** Takes a frame from the server on the leg's I/O thread ({@code d[0..n)}). */
  interface Sink {
    void onFrame(byte[] d, int n);
  }

  private final TurnServer server;
  private final IoLoop loop;
  private final ThreadFactory threads;
  private final Sink sink;
  private final Consumer<TurnLink> lost;
  private final BlockingQueue<byte[]> outbound = new ArrayBlockingQueue<>(OUTBOUND_FRAMES);
  private final InboundQueue inbound = new InboundQueue(INBOUND_FRAMES, MAX_FRAME);
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Runnable drain = this::drain;
  private final Socket plain = new Socket();
  private final Thread reader;
  private volatile @Nullable Thread writer;

  private TurnStream(
      TurnServer server, IoLoop loop, ThreadFactory threads, Sink sink, Consumer<TurnLink> lost) {
    this.server = server;
    this.loop = loop;
    this.threads = threads;
    this.sink = sink;
    this.lost = lost;
    this.reader = threads.newThread(this::read);
  }

  /** Starts connecting; what is sent meanwhile waits for the connection. */
  static TurnStream open(
      TurnServer server, IoLoop loop, ThreadFactory threads, Sink sink, Consumer<TurnLink> lost) {
    TurnStream s = new TurnStream(server, loop, threads, sink, lost);
    s.reader.start();
    return s;
  }

  @Override
  public boolean send(byte[] b, int off, int len) {
    return !closed.get() && outbound.offer(Arrays.copyOfRange(b, off, off + len));
  }

  @Override
  public boolean reliable() {
    return true;
  }

  /** Closes the connection; both threads end (the reader's read fails, the writer is woken). */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        plain.close(); // closes the TLS socket layered over it too
      } catch (IOException e) {
        LOG.debug("closing the TURN connection to {} failed", server.address(), e);
      }
      Thread w = writer;
      if (w != null) {
        w.interrupt();
      }
      outbound.clear();
    }
  }

  /** Whether both threads have ended (for tests). */
  boolean finished() {
    Thread w = writer;
    return !reader.isAlive() && (w == null || !w.isAlive());
  }

  // ---------------------------------------------------------------- reader thread

  private void read() {
    try {
      Socket s = connect();
      Thread w = threads.newThread(() -> write(s));
      writer = w;
      w.start();
      if (closed.get()) {
        w.interrupt(); // close() ran before the writer existed
        return;
      }
      LOG.debug("TURN connection to {} ({}) open", server.address(), server.transport());
      DataInputStream in = new DataInputStream(s.getInputStream());
      byte[] header = new byte[4];
      while (!closed.get()) {
        in.readFully(header);
        int b0 = header[0] & 0xFF;
        int len = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        int size;
        if (b0 <= 3) {
          size = 20 + len; // STUN: the length counts the attributes after the 20-byte header
        } else if (ChannelData.is(b0)) {
          size = ChannelData.streamFrameSize(len);
        } else {
          throw new IOException("neither STUN nor ChannelData (first byte " + b0 + ")");
        }
        ByteBuffer slot = inbound.claim();
        if (slot == null || size > MAX_FRAME) {
          in.skipNBytes(size - 4); // the I/O thread lags behind, or a frame no media needs
          continue;
        }
        slot.put(header);
        in.readFully(slot.array(), 4, size - 4);
        slot.position(size);
        inbound.publish(PacketKind.RTP, 0);
        if (draining.compareAndSet(false, true)) {
          loop.execute(drain);
        }
      }
    } catch (EOFException e) {
      broken("closed by the server");
    } catch (IOException e) {
      broken(e.toString());
    } catch (GeneralSecurityException e) {
      broken("TLS set-up failed: " + e);
    } finally {
      close();
    }
  }

  private void broken(String why) {
    if (!closed.get()) {
      LOG.warn("TURN connection to {} ({}): {}", server.address(), server.transport(), why);
      lost.accept(this);
    }
  }

  private Socket connect() throws IOException, GeneralSecurityException {
    plain.setTcpNoDelay(true); // media: never wait to fill a segment
    plain.connect(server.address(), CONNECT_TIMEOUT_MILLIS);
    if (server.transport() != TurnServer.Transport.TLS) {
      return plain;
    }
    TurnServer.Tls tls = server.tls();
    String name =
        tls.serverName() != null
            ? tls.serverName()
            : server.address().getAddress().getHostAddress();
    SSLSocket s =
        (SSLSocket)
            context(tls)
                .getSocketFactory()
                .createSocket(plain, name, server.address().getPort(), true);
    SSLParameters p = s.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the server
    s.setSSLParameters(p);
    s.setUseClientMode(true);
    s.startHandshake();
    return s;
  }

  /** The JDK's default context, or one trusting exactly the configured certificates. */
  private static SSLContext context(TurnServer.Tls tls)
      throws GeneralSecurityException, IOException {
    if (tls.trusted().isEmpty()) {
      return SSLContext.getDefault();
    }
    KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
    anchors.load(null, null);
    for (int i = 0; i < tls.trusted().size(); i++) {
      anchors.setCertificateEntry("turn-" + i, tls.trusted().get(i));
    }
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(anchors);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(null, f.getTrustManagers(), null);
    return c;
  }

  // ---------------------------------------------------------------- writer thread

  private void write(Socket s) {
    try {
      OutputStream out = s.getOutputStream();
      while (!closed.get()) {
        byte[] frame = outbound.take();
        out.write(frame);
        if (outbound.isEmpty()) {
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      // closed
    } catch (IOException e) {
      broken(e.toString());
      close();
    }
  }

  // ---------------------------------------------------------------- I/O thread

  private void drain() {
    draining.set(false); // a frame published from now on schedules another drain
    while (inbound.peek()) {
      if (!closed.get()) {
        sink.onFrame(inbound.data(), inbound.length());
      }
      inbound.release();
    }
  }
}
