/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One encoding offered for the RTP stream: the SDP {@code a=rtpmap}, {@code a=fmtp} and {@code
 * a=ptime} of one payload type.
 *
 * <pre>
 * &lt;payload-type id='111' name='opus' clockrate='48000' channels='2' [ptime] [maxptime]&gt;
 *   &lt;parameter name='useinbandfec' value='1'/&gt;           zero or more
 *   &lt;rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' …/&gt;  XEP-0293, in {@code ext}
 * &lt;/payload-type&gt;
 * </pre>
 *
 * <p>Validation follows XEP-0167 § 4: {@code id} is REQUIRED and must be an RTP payload type
 * (0–127; the schema's unsignedByte allows 255, but RTP has seven bits for it); {@code name} is
 * REQUIRED for the dynamic range 96–127 and only RECOMMENDED for static types. {@code clockrate} is
 * an unsignedInt; {@code channels} an unsignedByte (default 1); {@code ptime} and {@code maxptime}
 * are unsignedInt in the schema but milliseconds in practice and are accepted up to {@link
 * Integer#MAX_VALUE}.
 *
 * @param id the payload type number, 0–127
 * @param name the encoding name (MIME subtype), or {@code null}; required when {@code id >= 96}
 * @param clockrate the clock rate in Hz, or {@code null}
 * @param channels the channel count, or {@code null} when absent (meaning 1)
 * @param ptime the packet time in milliseconds, or {@code null}
 * @param maxptime the maximum packet time in milliseconds, or {@code null}
 * @param parameters the format parameters, in document order (which carries no meaning)
 * @param ext unknown attributes and other children (XEP-0293 feedback…)
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#format">XEP-0167 § 4</a>
 */
public record PayloadType(
    int id,
    @Nullable String name,
    @Nullable Long clockrate,
    @Nullable Integer channels,
    @Nullable Integer ptime,
    @Nullable Integer maxptime,
    List<Parameter> parameters,
    Extensions ext)
    implements XmlElement {

  /** The highest payload type number RTP can carry. */
  public static final int MAX_ID = 127;

  /** The first number of the dynamic range (RFC 3551 § 3). */
  public static final int FIRST_DYNAMIC_ID = 96;

  static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

  public PayloadType {
    if (id < 0 || id > MAX_ID) {
      throw new IllegalArgumentException("payload type id " + id + " is not in [0, 127]");
    }
    if (name == null && id >= FIRST_DYNAMIC_ID) {
      throw new IllegalArgumentException(
          "dynamic payload type " + id + " lacks the required 'name'");
    }
    if (clockrate != null && (clockrate < 0 || clockrate > MAX_UNSIGNED_INT)) {
      throw new IllegalArgumentException("clockrate " + clockrate + " is not an unsignedInt");
    }
    if (channels != null && (channels < 0 || channels > 255)) {
      throw new IllegalArgumentException("channels " + channels + " is not an unsignedByte");
    }
    if (ptime != null && ptime < 0) {
      throw new IllegalArgumentException("negative ptime");
    }
    if (maxptime != null && maxptime < 0) {
      throw new IllegalArgumentException("negative maxptime");
    }
    parameters = List.copyOf(parameters);
    requireNonNull(ext, "ext");
  }

  /** A payload type with a name and a clock rate (one channel, no parameters). */
  public static PayloadType of(int id, String name, long clockrate) {
    return new PayloadType(
        id, requireNonNull(name, "name"), clockrate, null, null, null, List.of(), Extensions.NONE);
  }

  /** A payload type with a name, a clock rate and a channel count (omitted when 1). */
  public static PayloadType of(int id, String name, long clockrate, int channels) {
    return new PayloadType(
        id,
        requireNonNull(name, "name"),
        clockrate,
        channels == 1 ? null : channels,
        null,
        null,
        List.of(),
        Extensions.NONE);
  }

  /** The channel count, defaulting to 1. */
  public int effectiveChannels() {
    return channels == null ? 1 : channels;
  }

  /** Whether the id is in the dynamic range 96–127. */
  public boolean isDynamic() {
    return id >= FIRST_DYNAMIC_ID;
  }

  /** The value of the parameter with this (case-sensitive) name. */
  public Optional<String> parameter(String parameterName) {
    for (Parameter p : parameters) {
      if (p.name().equals(parameterName)) {
        return Optional.of(p.value());
      }
    }
    return Optional.empty();
  }

  /** The first extension element of this type. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(ext.element(type));
  }

  /** Every extension element of this type (e.g. XEP-0293 feedback), in document order. */
  public <T extends XmlElement> List<T> findAll(Class<T> type) {
    return RtpDescription.findAll(ext, type);
  }

  public PayloadType withParameters(List<Parameter> newParameters) {
    return new PayloadType(id, name, clockrate, channels, ptime, maxptime, newParameters, ext);
  }

  public PayloadType withPtime(@Nullable Integer newPtime) {
    return new PayloadType(id, name, clockrate, channels, newPtime, maxptime, parameters, ext);
  }

  public PayloadType withExtension(XmlElement element) {
    return new PayloadType(
        id, name, clockrate, channels, ptime, maxptime, parameters, ext.with(element));
  }
}
