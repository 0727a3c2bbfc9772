/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.dtls;

import dev.parley.media.srtp.SrtpKeys;
import dev.parley.media.srtp.SrtpProfile;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Vector;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DTLS-SRTP handshake (RFC 5764 § 4) over datagrams the transport hands in.
 *
 * <ul>
 *   <li>DTLS 1.2 only, ECDHE with ECDSA (our certificate), both sides send certificates (RFC 5763 §
 *       5: the server requests the client's), and each peer's certificate must have the fingerprint
 *       signalling carried, or the handshake fails with {@code bad_certificate}.
 *   <li>{@code use_srtp} offers (client) or selects (server) a {@link SrtpProfile}; no MKI.
 *   <li>The keys are exported with the label {@code EXTRACTOR-dtls_srtp} and split by role.
 * </ul>
 *
 * The transport calls {@link #onPacket} from its I/O thread (the bytes are copied); {@link #start}
 * runs the handshake on the given executor. Exactly one of the listener's methods is called, once.
 */
public final class DtlsHandshake implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DtlsHandshake.class);
  private static final int MTU = 1200;

  /** How long a finished handshake keeps answering retransmissions of the peer's last flight. */
  private static final long GRACE_MILLIS = 10_000;

  /** Where outgoing DTLS records go (the transport's socket, to the ICE-selected peer). */
  public interface Sender {
    void send(byte[] buf, int off, int len);
  }

  /** The outcome; called on the handshake's thread. */
  public interface Listener {
    void onKeys(SrtpKeys keys);

    void onFailure(String reason, @Nullable Throwable cause);
  }

  private final DtlsCertificate certificate;
  private final boolean client;
  private final String remoteHash;
  private final String remoteFingerprint;
  private final Sender sender;
  private final Listener listener;
  private final SecureRandom random;
  private final BlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(64);
  private volatile boolean closed;
  private volatile boolean started;

  /**
   * @param client whether we are the DTLS client (RFC 5763 § 5: {@code setup:active})
   * @param remoteHash the signalled fingerprint's hash function ("sha-256")
   * @param remoteFingerprint the signalled fingerprint (hex pairs, any case)
   */
  public DtlsHandshake(
      DtlsCertificate certificate,
      boolean client,
      String remoteHash,
      String remoteFingerprint,
      Sender sender,
      Listener listener,
      SecureRandom random) {
    this.certificate = certificate;
    this.client = client;
    this.remoteHash = remoteHash;
    this.remoteFingerprint = remoteFingerprint;
    this.sender = sender;
    this.listener = listener;
    this.random = random;
  }

  /** Whether we are the DTLS client. */
  public boolean client() {
    return client;
  }

  /** Starts the handshake on {@code executor} (once). */
  public void start(Executor executor) {
    if (started) {
      return;
    }
    started = true;
    try {
      executor.execute(this::run);
    } catch (RejectedExecutionException e) {
      listener.onFailure("handshake executor rejected the handshake", e);
    }
  }

  /** A DTLS record from the peer (I/O thread); copied. Dropped when the queue is full. */
  public void onPacket(byte[] data, int off, int len) {
    if (!closed) {
      inbound.offer(Arrays.copyOfRange(data, off, off + len));
    }
  }

  /** Stops the handshake (or its grace period). */
  @Override
  public void close() {
    closed = true;
    inbound.offer(new byte[0]); // wakes a waiting receive
  }

  private void run() {
    LOG.debug("DTLS handshake starts as {}", client ? "client" : "server");
    BcTlsCrypto crypto = new BcTlsCrypto(random);
    Transport transport = new Transport();
    DTLSTransport dtls;
    Peer peer = new Peer();
    try {
      if (client) {
        Client c = new Client(crypto, peer);
        dtls = new DTLSClientProtocol().connect(c, transport);
      } else {
        Server s = new Server(crypto, peer);
        dtls = new DTLSServerProtocol().accept(s, transport);
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        String reason = peer.failure != null ? peer.failure : "DTLS handshake failed: " + e;
        LOG.debug("DTLS handshake failed", e);
        listener.onFailure(reason, e);
      }
      return;
    }
    SrtpKeys keys = peer.keys;
    if (keys == null) {
      listener.onFailure("DTLS handshake finished without SRTP keys", null);
      return;
    }
    LOG.debug("DTLS handshake done: {}", keys);
    listener.onKeys(keys);
    grace(dtls);
  }

  /** Reads (and discards) for a while, so BouncyCastle can retransmit a lost last flight. */
  private void grace(DTLSTransport dtls) {
    byte[] buf = new byte[2048];
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
    try {
      while (!closed && System.nanoTime() < end) {
        dtls.receive(buf, 0, buf.length, 500);
      }
    } catch (IOException e) {
      LOG.debug("DTLS after the handshake", e);
    }
  }

  /** State shared by the client and server callbacks. */
  private final class Peer {
    @Nullable SrtpKeys keys;
    @Nullable String failure;
    @Nullable SrtpProfile profile;

    void verify(@Nullable Certificate chain) throws IOException {
      if (chain == null || chain.isEmpty()) {
        failure = "the peer sent no DTLS certificate";
        throw new TlsFatalAlert(AlertDescription.bad_certificate);
      }
      TlsCertificate leaf = chain.getCertificateAt(0);
      String actual;
      try {
        actual = DtlsCertificate.fingerprint(remoteHash, leaf.getEncoded());
      } catch (NoSuchAlgorithmException e) {
        failure = "unsupported fingerprint hash " + remoteHash;
        throw new TlsFatalAlert(AlertDescription.bad_certificate, e);
      }
      if (!actual.equalsIgnoreCase(remoteFingerprint.trim())) {
        failure = "DTLS certificate fingerprint mismatch";
        throw new TlsFatalAlert(AlertDescription.bad_certificate);
      }
    }

    void export(TlsContext context) throws IOException {
      SrtpProfile p = profile;
      if (p == null) {
        failure = "the peer did not negotiate use_srtp";
        throw new TlsFatalAlert(AlertDescription.handshake_failure);
      }
      byte[] material =
          context.exportKeyingMaterial(
              ExporterLabel.dtls_srtp, null, 2 * (p.keyLength() + p.saltLength()));
      keys = SrtpKeys.fromKeyingMaterial(p, material, client);
    }

    TlsCredentialedSigner signer(TlsContext context, BcTlsCrypto crypto) throws IOException {
      TlsCertificate cert = crypto.createCertificate(certificate.der());
      return new BcDefaultTlsCredentialedSigner(
          new TlsCryptoParameters(context),
          crypto,
          certificate.privateKey(),
          new Certificate(new TlsCertificate[] {cert}),
          new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }
  }

  private static int[] profileIds() {
    SrtpProfile[] all = SrtpProfile.values();
    int[] ids = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      ids[i] = all[i].id();
    }
    return ids;
  }

  private final class Server extends DefaultTlsServer {
    private final BcTlsCrypto bc;
    private final Peer peer;

    Server(BcTlsCrypto crypto, Peer peer) {
      super(crypto);
      this.bc = crypto;
      this.peer = peer;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return ProtocolVersion.DTLSv12.only();
    }

    /** Our certificate is ECDSA: only ECDHE_ECDSA suites can use it. */
    @Override
    protected int[] getSupportedCipherSuites() {
      return TlsUtils.getSupportedCipherSuites(
          getCrypto(),
          new int[] {
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA
          });
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
      return peer.signer(context, bc);
    }

    @Override
    public CertificateRequest getCertificateRequest() {
      Vector<SignatureAndHashAlgorithm> algorithms = new Vector<>();
      algorithms.add(new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
      algorithms.add(new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.rsa));
      return new CertificateRequest(
          new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
          algorithms,
          null);
    }

    @Override
    public void notifyClientCertificate(Certificate chain) throws IOException {
      peer.verify(chain);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable extensions) throws IOException {
      super.processClientExtensions(extensions);
      UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(extensions);
      if (offered != null) {
        for (int ours : profileIds()) {
          for (int theirs : offered.getProtectionProfiles()) {
            if (ours == theirs && peer.profile == null) {
              peer.profile = SrtpProfile.byId(ours).orElseThrow();
            }
          }
        }
      }
      if (peer.profile == null) {
        peer.failure = "no common SRTP protection profile";
        throw new TlsFatalAlert(AlertDescription.handshake_failure);
      }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
      Hashtable extensions = super.getServerExtensions();
      if (extensions == null) {
        extensions = new Hashtable();
      }
      SrtpProfile p = peer.profile;
      if (p != null) {
        TlsSRTPUtils.addUseSRTPExtension(
            extensions, new UseSRTPData(new int[] {p.id()}, new byte[0]));
      }
      return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
      super.notifyHandshakeComplete();
      peer.export(context);
    }
  }

  private final class Client extends DefaultTlsClient {
    private final BcTlsCrypto bc;
    private final Peer peer;

    Client(BcTlsCrypto crypto, Peer peer) {
      super(crypto);
      this.bc = crypto;
      this.peer = peer;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return ProtocolVersion.DTLSv12.only();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
      Hashtable extensions = super.getClientExtensions();
      if (extensions == null) {
        extensions = new Hashtable();
      }
      TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(profileIds(), new byte[0]));
      return extensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable extensions) throws IOException {
      super.processServerExtensions(extensions);
      UseSRTPData chosen = TlsSRTPUtils.getUseSRTPExtension(extensions);
      if (chosen == null || chosen.getProtectionProfiles().length != 1) {
        peer.failure = "the server did not select one SRTP protection profile";
        throw new TlsFatalAlert(AlertDescription.illegal_parameter);
      }
      peer.profile =
          SrtpProfile.byId(chosen.getProtectionProfiles()[0])
              .orElseThrow(() -> new TlsFatalAlert(AlertDescription.illegal_parameter));
    }

    @Override
    public TlsAuthentication getAuthentication() {
      return new TlsAuthentication() {
        @Override
        public void notifyServerCertificate(TlsServerCertificate serverCertificate)
            throws IOException {
          peer.verify(serverCertificate.getCertificate());
        }

        @Override
        public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
          return peer.signer(context, bc);
        }
      };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
      super.notifyHandshakeComplete();
      peer.export(context);
    }
  }

  /** BouncyCastle's datagram view of the queue the transport fills. */
  private final class Transport implements DatagramTransport {
    @Override
    public int getReceiveLimit() {
      return 2048;
    }

    @Override
    public int getSendLimit() {
      return MTU;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      byte[] d;
      try {
        d = inbound.poll(waitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted");
      }
      if (d == null) {
        return -1;
      }
      if (closed) {
        throw new IOException("closed");
      }
      int n = Math.min(len, d.length);
      System.arraycopy(d, 0, buf, off, n);
      return n;
    }

    @Override
    public void send(byte[] buf, int off, int len) {
      if (!closed) {
        sender.send(buf, off, len);
      }
    }

    @Override
    public void close() {
      // the transport's socket is not ours to close
    }
  }
}
