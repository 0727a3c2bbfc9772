/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import dev.parley.jingle.negotiation.Codec;
import dev.parley.media.CodecSpec;
import dev.parley.protocol.jingle.rtp.Parameter;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.ssma.Source;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * XEP-0167 payload types as the media engine's {@link CodecSpec}s and back, and the SSRC a
 * description declares. Pure functions.
 *
 * <p>A static payload type that omits its name or clock rate is completed from RFC 3551 ({@code
 * <payload-type id='0'/>} is PCMU/8000), as {@link Codec#of} does; one whose encoding stays unknown
 * (a dynamic id without a clock rate) is left out, since no codec could decode it. Parameters keep
 * their order (XEP-0167 says it is irrelevant; keeping it makes what we emit what we read).
 */
public final class PayloadTypes {
  private PayloadTypes() {}

  /** The codec descriptions of these payload types, in order, without the unknown ones. */
  public static List<CodecSpec> specs(List<PayloadType> pts) {
    List<CodecSpec> specs = new ArrayList<>(pts.size());
    for (PayloadType pt : pts) {
      CodecSpec s = spec(pt);
      if (s != null) {
        specs.add(s);
      }
    }
    return specs;
  }

  /** One payload type as a codec description, or null when its encoding is unknown. */
  public static @Nullable CodecSpec spec(PayloadType pt) {
    Codec c = Codec.of(pt);
    if (c == null) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Parameter p : pt.parameters()) {
      params.put(p.name(), p.value());
    }
    return new CodecSpec(
        pt.id(),
        pt.name() == null ? c.name() : pt.name(),
        (int) c.clockrate(),
        c.channels(),
        params);
  }

  /** Payload types for codec descriptions, in order (channels omitted when 1). */
  public static List<PayloadType> payloadTypes(List<CodecSpec> codecs) {
    List<PayloadType> pts = new ArrayList<>(codecs.size());
    for (CodecSpec c : codecs) {
      pts.add(payloadType(c));
    }
    return pts;
  }

  /**
   * A codec description as a payload type.
   *
   * @throws IllegalArgumentException if it has no name (a payload type needs one when dynamic, and
   *     we always write one: XEP-0167 § 4)
   */
  public static PayloadType payloadType(CodecSpec c) {
    String name = c.name();
    if (name == null) {
      throw new IllegalArgumentException("payload type " + c.payloadType() + " has no name");
    }
    List<Parameter> params = new ArrayList<>(c.parameters().size());
    c.parameters().forEach((k, v) -> params.add(new Parameter(k, v, Extensions.NONE)));
    return new PayloadType(
        c.payloadType(),
        name,
        (long) c.clockRate(),
        c.channels() == 1 ? null : c.channels(),
        null,
        null,
        params,
        Extensions.NONE);
  }

  /**
   * The SSRC a description declares: its {@code ssrc} attribute (XEP-0167), else its first XEP-0339
   * {@code <source/>} (WebRTC clients such as Conversations use only the latter); null when none.
   */
  public static @Nullable Long ssrc(RtpDescription d) {
    if (d.ssrc() != null) {
      return d.ssrc();
    }
    for (XmlElement e : d.ext().elements()) {
      if (e instanceof Source source) {
        return source.ssrc();
      }
    }
    return null;
  }
}
