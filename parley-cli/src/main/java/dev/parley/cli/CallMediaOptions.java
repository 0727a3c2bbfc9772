/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.media.IceConfig;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.codec.OpusEngine;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code parley call}'s media engine options: the Opus implementation, and the local address and
 * UDP ports RTP uses; and the engine they start.
 */
final class CallMediaOptions {
  @Option(
      names = "--opus-engine",
      paramLabel = "ENGINE",
      defaultValue = "auto",
      converter = OpusEngineConverter.class,
      description =
          "libopus (native: Debian's libopus0), concentus (pure Java) or auto (libopus when it"
              + " loads; default: ${DEFAULT-VALUE})")
  OpusEngine opusEngine;

  /** The option's spellings, as in parley.bridge.opus-engine. */
  static final class OpusEngineConverter implements CommandLine.ITypeConverter<OpusEngine> {
    @Override
    public OpusEngine convert(String value) {
      return OpusEngine.fromConfigValue(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not one of auto, libopus, concentus"));
    }
  }

  @Option(
      names = "--media-address",
      paramLabel = "IP",
      description =
          "the local address for RTP (default: the one that reaches the XMPP server, as the"
              + " system routes it)")
  String mediaAddress;

  @Option(
      names = "--media-ports",
      paramLabel = "MIN-MAX",
      defaultValue = "40000-49999",
      description = "the UDP port range for RTP (default: ${DEFAULT-VALUE})")
  String mediaPorts;

  /**
   * The {@code --media-ports} range, {@code {min, max}}: checked before logging in, so that a usage
   * error costs no connection.
   */
  int[] ports() throws ClientFailure {
    return parsePorts(mediaPorts);
  }

  /**
   * The {@code --media-address}, else the address the system would send from to reach the server
   * (no packet is sent), else loopback.
   */
  InetAddress address(XMPPTCPConnection connection) throws ClientFailure {
    if (mediaAddress != null) {
      try {
        return InetAddress.getByName(mediaAddress);
      } catch (UnknownHostException e) {
        throw new ClientFailure(ExitCodes.USAGE, "--media-address " + mediaAddress + " is unknown");
      }
    }
    String server = connection.getHost();
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(server, connection.getPort()));
      InetAddress local = probe.getLocalAddress();
      return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
    } catch (SocketException | IllegalArgumentException e) {
      return InetAddress.getLoopbackAddress();
    }
  }

  /**
   * Starts the media engine on {@code address} and {@code ports} (from {@link #ports()}) with
   * {@code ice}; a libopus that was asked for but does not load is a usage error.
   *
   * @throws IOException when the engine cannot bind its sockets
   */
  MediaEngine start(InetAddress address, int[] ports, IceConfig ice)
      throws IOException, ClientFailure {
    MediaConfig media =
        MediaConfig.defaults()
            .withAddresses(address, null)
            .withPorts(ports[0], ports[1])
            .withOpusEngine(opusEngine)
            .withIce(ice);
    try {
      return MediaEngine.start(media);
    } catch (IllegalStateException e) {
      throw new ClientFailure(ExitCodes.USAGE, "media: " + e.getMessage());
    }
  }

  /** {@code MIN-MAX}, both in 1024–65535. */
  static int[] parsePorts(String value) throws ClientFailure {
    String[] parts = value.split("-", -1);
    try {
      if (parts.length == 2) {
        int min = Integer.parseInt(parts[0].trim());
        int max = Integer.parseInt(parts[1].trim());
        if (min >= 1024 && max <= 65535 && max > min) {
          return new int[] {min, max};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ClientFailure(
        ExitCodes.USAGE, "--media-ports " + value + " is not a range MIN-MAX within 1024-65535");
  }
}
