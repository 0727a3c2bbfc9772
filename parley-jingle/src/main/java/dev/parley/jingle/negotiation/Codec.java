/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.rtp.PayloadType;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An RTP encoding this endpoint can send and receive, as SDP names it: encoding name, RTP clock
 * rate and channel count ({@code a=rtpmap:<pt> <name>/<rate>[/<channels>]}).
 *
 * <p>Matching an offered payload type (RFC 3264 § 6.1, RFC 4855 § 3): names compare
 * case-insensitively (media subtype names are case-insensitive), clock rates and channel counts
 * exactly. A static payload type that omits its name, clock rate or channels gets them from RFC
 * 3551 ({@code <payload-type id='0'/>} is PCMU/8000); a dynamic one without clock rate matches
 * nothing, since its rate is unknown. Opus is always {@code opus/48000/2} (RFC 7587 § 7), whatever
 * channels are actually sent.
 *
 * @param name the encoding name (MIME subtype), e.g. {@code PCMU}, {@code opus}
 * @param clockrate the RTP clock rate in Hz
 * @param channels the channel count (1 when SDP omits it)
 */
public record Codec(String name, long clockrate, int channels) {
  /** G.711 µ-law, static payload type 0. */
  public static final Codec PCMU = new Codec("PCMU", 8000, 1);

  /** G.711 A-law, static payload type 8. */
  public static final Codec PCMA = new Codec("PCMA", 8000, 1);

  /** G.722, static payload type 9, with its historical 8000 Hz RTP clock. */
  public static final Codec G722 = new Codec("G722", 8000, 1);

  /** Opus, as RFC 7587 requires it to be named. */
  public static final Codec OPUS = new Codec("opus", 48000, 2);

  /** RFC 4733 DTMF events at 8 kHz. */
  public static final Codec TELEPHONE_EVENT = new Codec("telephone-event", 8000, 1);

  /** RFC 4733 DTMF events at 48 kHz, paired with Opus by WebRTC clients. */
  public static final Codec TELEPHONE_EVENT_48K = new Codec("telephone-event", 48000, 1);

  /**
   * Encodings that accompany media rather than carry it: DTMF events, comfort noise, redundancy,
   * retransmission and FEC. An answer needs at least one encoding outside this set.
   */
  private static final Set<String> AUXILIARY =
      Set.of("telephone-event", "cn", "red", "rtx", "ulpfec", "flexfec-03");

  public Codec {
    requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty codec name");
    }
    if (clockrate <= 0) {
      throw new IllegalArgumentException("clock rate " + clockrate + " is not positive");
    }
    if (channels < 1 || channels > 255) {
      throw new IllegalArgumentException("channels " + channels + " is not in [1, 255]");
    }
  }

  /** Whether this encoding only accompanies media (DTMF, comfort noise, RED, RTX, FEC). */
  public boolean isAuxiliary() {
    return AUXILIARY.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether an offered payload type is this encoding (see the matching rules above). */
  public boolean matches(PayloadType offered) {
    Codec described = of(offered);
    return described != null
        && described.name.equalsIgnoreCase(name)
        && described.clockrate == clockrate
        && described.channels == channels;
  }

  /**
   * The encoding a payload type describes, completed from RFC 3551 for static ids; {@code null}
   * when its name or clock rate is unknown.
   */
  public static @Nullable Codec of(PayloadType pt) {
    StaticPayloadTypes.Assignment fixed = StaticPayloadTypes.of(pt.id());
    String name = pt.name() != null ? pt.name() : fixed == null ? null : fixed.name();
    Long clockrate =
        pt.clockrate() != null ? pt.clockrate() : fixed == null ? null : fixed.clockrate();
    if (name == null || name.isEmpty() || clockrate == null || clockrate <= 0) {
      return null;
    }
    int channels = pt.channels() != null ? pt.channels() : fixed == null ? 1 : fixed.channels();
    return channels < 1 ? null : new Codec(name, clockrate, channels);
  }

  @Override
  public String toString() {
    return name + "/" + clockrate + (channels == 1 ? "" : "/" + channels);
  }
}
