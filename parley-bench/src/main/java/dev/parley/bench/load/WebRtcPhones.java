/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.CodecSpec;
import dev.parley.media.DtlsParameters;
import dev.parley.media.HeaderExtension;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.dtls.DtlsCertificate;
import dev.parley.media.dtls.DtlsHandshake;
import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * {@link OpusLoad}'s phones: each a real ICE-UDP + DTLS-SRTP + Opus leg, but cheap, so that the
 * bridge's cost can be measured on the same cores. They answer STUN with {@link LoadStun} and
 * nominate the bridge's candidate, run the server side of DTLS with Parley's own {@link
 * DtlsHandshake}, and send {@link OpusFrames}' pre-encoded talker pattern, SRTP-protected per
 * packet. They do not decode what they receive, except each room's listener while it waits for its
 * probe's burst ({@link HopProbes}).
 *
 * <p>Phone {@code i} is in room {@code i / perRoom} at position {@code i % perRoom}; positions
 * below {@code talkers} talk. Signalling is the caller's: it gives the bridge {@link #offer} and
 * hands the answer to {@link #answered}, which starts the phone's DTLS handshake; ICE checks may
 * arrive before that (the receiver answers them as soon as the phone's socket is read).
 */
final class WebRtcPhones extends LoadPhones {
  private static final long PRIORITY = 2130706431L;

  /** One leg's ICE credentials, DTLS and SRTP state, and counters. */
  private static final class Phone {
    final int position;
    final RtpNumbering rtp;
    final String ufrag;
    final String pwd;
    volatile String bridgeUfrag = "";
    volatile String bridgePwd = "";
    volatile @Nullable DtlsHandshake dtls;
    volatile @Nullable SrtpKeys keys;
    volatile boolean nominated;
    @Nullable SrtpContext tx; // sender thread
    @Nullable SrtpContext rx; // receiver thread
    @Nullable AudioDecoder decoder; // receiver thread, listeners only

    Phone(int position, long ssrc, SplittableRandom r) {
      this.position = position;
      this.rtp = new RtpNumbering(ssrc, OpusFrames.SAMPLES);
      this.ufrag = "l" + Long.toHexString(r.nextLong() >>> 8);
      this.pwd = Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + "xx";
    }
  }

  private final int perRoom;
  private final int talkers;
  private final Phone[] phones;
  private final OpusFrames frames = new OpusFrames();
  private final ByteBuffer out = ByteBuffer.allocate(1500); // the sender thread
  private final short[] pcm = new short[5760]; // the receiver thread
  private final SecureRandom random = new SecureRandom();
  private final DtlsCertificate certificate = DtlsCertificate.generate(random);
  private final ExecutorService handshakes = Executors.newFixedThreadPool(8);

  /** Opens {@code rooms × perRoom} sockets on loopback and encodes the frames (nothing is sent). */
  WebRtcPhones(int rooms, int perRoom, int talkers) throws IOException {
    super("webrtc", rooms * perRoom, rooms);
    this.perRoom = perRoom;
    this.talkers = talkers;
    this.phones = new Phone[rooms * perRoom];
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < phones.length; i++) {
      phones[i] = new Phone(i % perRoom, ssrc(i), r);
    }
  }

  /** The SSRC phone {@code i} sends with. */
  static long ssrc(int i) {
    return 0x20000L + i;
  }

  /** The room of phone {@code i}. */
  int room(int i) {
    return i / perRoom;
  }

  /**
   * Phone {@code i}'s offer: Opus ({@link OpusFrames#PT}) with the audio level extension, its host
   * candidate, ICE credentials and DTLS fingerprint ({@code actpass}), and its SSRC.
   */
  MediaOffer offer(int i) throws IOException {
    Phone p = phones[i];
    InetSocketAddress local = address(i);
    IceCandidate host =
        new IceCandidate(
            "1", 1, PRIORITY, "127.0.0.1", local.getPort(), IceCandidate.Type.HOST, null, 0, 0);
    return new MediaOffer(
        List.of(new CodecSpec(OpusFrames.PT, "opus", 48_000, 2, Map.of())),
        null,
        null,
        true,
        new IceParameters(p.ufrag, p.pwd, List.of(host)),
        new DtlsParameters("sha-256", certificate.fingerprint(), DtlsParameters.Setup.ACTPASS),
        List.of(new HeaderExtension(OpusFrames.LEVEL_EXT, HeaderExtension.AUDIO_LEVEL)),
        List.of(p.rtp.ssrc()));
  }

  /**
   * The bridge answered phone {@code i}: from now on the phone nominates the answer's candidate,
   * and it starts its DTLS handshake (the server side: the bridge answers {@code setup:active}).
   */
  void answered(int i, MediaAnswer a) throws IOException {
    Phone p = phones[i];
    IceCandidate c = a.ice().candidates().get(0);
    p.bridgeUfrag = a.ice().ufrag();
    p.bridgePwd = a.ice().pwd();
    connect(i, new InetSocketAddress(InetAddress.getByName(c.ip()), c.port()));
    DtlsHandshake[] h = new DtlsHandshake[1];
    h[0] =
        new DtlsHandshake(
            certificate,
            false,
            a.dtls().hash(),
            a.dtls().fingerprint(),
            (b, off, len) -> sendToBridge(i, ByteBuffer.wrap(b, off, len)),
            new DtlsHandshake.Listener() {
              @Override
              public void onKeys(SrtpKeys keys) {
                p.keys = keys;
                h[0].close(); // no grace period on the load side: a thread is precious here
              }

              @Override
              public void onFailure(String reason, @Nullable Throwable cause) {
                System.err.println("load phone " + p.rtp.ssrc() + ": " + reason);
              }
            },
            random);
    p.dtls = h[0];
    h[0].start(handshakes);
  }

  /** Stops the threads and the handshakes, and closes every socket and decoder. */
  @Override
  public void close() throws IOException {
    super.close();
    handshakes.shutdownNow();
    for (Phone p : phones) {
      if (p.decoder != null) {
        p.decoder.close();
      }
    }
  }

  private void sendToBridge(int i, ByteBuffer b) {
    InetSocketAddress to = bridge(i);
    if (to != null) {
      try {
        send(i, b, to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Phone {@code i}'s ICE nomination (every 100 ms until answered) or its SRTP frame. */
  @Override
  void send(int i, long frame, InetSocketAddress to) throws IOException {
    Phone p = phones[i];
    if (!p.nominated) {
      if (frame % 5 == 0) {
        byte[] check =
            LoadStun.nominate(p.bridgeUfrag, p.ufrag, p.bridgePwd, p.rtp.ssrc(), PRIORITY);
        send(i, ByteBuffer.wrap(check), to);
      }
      return;
    }
    SrtpKeys keys = p.keys;
    if (keys == null) {
      return;
    }
    SrtpContext tx = p.tx;
    if (tx == null) {
      tx = new SrtpContext(keys);
      p.tx = tx;
    }
    boolean burst = p.position == 0 && frame % 50 == 0 && perRoom > 1;
    if (burst) {
      probes().burstSent(room(i));
    }
    byte[] b = out.array();
    int len = tx.protectRtp(b, 0, frames.write(b, p.rtp, burst, p.position < talkers, frame, i));
    if (len > 0) {
      out.limit(len).position(0);
      send(i, out, to);
    }
  }

  /** Answers STUN, feeds DTLS, counts media (RFC 7983 demultiplexing); listeners measure. */
  @Override
  void receive(int i, byte[] d, int n, InetSocketAddress from) throws IOException {
    Phone p = phones[i];
    int b0 = d[0] & 0xFF;
    if (b0 <= 3) {
      if (LoadStun.isRequest(d, n)) {
        // the bridge checks as soon as it has our candidate: possibly before answered() ran
        send(i, ByteBuffer.wrap(LoadStun.success(d, from, p.pwd)), from);
      } else if (LoadStun.isSuccess(d, n)) {
        p.nominated = true;
      }
    } else if (b0 >= 20 && b0 <= 63) {
      DtlsHandshake h = p.dtls;
      if (h != null) {
        h.onPacket(d, 0, n);
      }
    } else if (b0 >= 128 && b0 <= 191) {
      countReceived(i); // RTP and RTCP
      if (p.position == 1 && (d[1] & 0x7F) == OpusFrames.PT && probes().awaiting(room(i))) {
        listen(p, room(i), d, n);
      }
    }
  }

  private void listen(Phone p, int room, byte[] d, int n) {
    SrtpKeys keys = p.keys;
    if (keys == null) {
      return;
    }
    SrtpContext rx = p.rx;
    AudioDecoder decoder = p.decoder;
    if (rx == null || decoder == null) {
      rx = new SrtpContext(keys);
      decoder = OpusCodec.DEFAULT.newDecoder();
      p.rx = rx;
      p.decoder = decoder;
    }
    int len = rx.unprotectRtp(d, 0, n);
    if (len < 12) {
      return;
    }
    int samples = OpusFrames.decode(decoder, d, len, pcm);
    if (samples > 0) {
      probes().heard(room, HopProbes.dbov(pcm, samples));
    }
  }
}
