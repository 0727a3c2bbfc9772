/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The static payload types of RFC 3551 § 6 (tables 4 and 5): what a {@code <payload-type/>} means
 * when it omits the name, clock rate or channels that XEP-0167 only RECOMMENDS for ids below 96
 * (XEP-0166's examples write {@code <payload-type id='18' name='G729'/>} without a clock rate).
 */
final class StaticPayloadTypes {
  /** One static assignment: encoding name, RTP clock rate, channels. */
  record Assignment(String name, long clockrate, int channels) {}

  private static final Map<Integer, Assignment> TABLE =
      Map.ofEntries(
          Map.entry(0, new Assignment("PCMU", 8000, 1)),
          Map.entry(3, new Assignment("GSM", 8000, 1)),
          Map.entry(4, new Assignment("G723", 8000, 1)),
          Map.entry(5, new Assignment("DVI4", 8000, 1)),
          Map.entry(6, new Assignment("DVI4", 16000, 1)),
          Map.entry(7, new Assignment("LPC", 8000, 1)),
          Map.entry(8, new Assignment("PCMA", 8000, 1)),
          // G.722 samples at 16 kHz but its RTP clock rate is 8000, by an RFC 1890 error kept
          // for compatibility (RFC 3551 § 4.5.2).
          Map.entry(9, new Assignment("G722", 8000, 1)),
          Map.entry(10, new Assignment("L16", 44100, 2)),
          Map.entry(11, new Assignment("L16", 44100, 1)),
          Map.entry(12, new Assignment("QCELP", 8000, 1)),
          Map.entry(13, new Assignment("CN", 8000, 1)),
          Map.entry(14, new Assignment("MPA", 90000, 1)),
          Map.entry(15, new Assignment("G728", 8000, 1)),
          Map.entry(16, new Assignment("DVI4", 11025, 1)),
          Map.entry(17, new Assignment("DVI4", 22050, 1)),
          Map.entry(18, new Assignment("G729", 8000, 1)),
          Map.entry(25, new Assignment("CelB", 90000, 1)),
          Map.entry(26, new Assignment("JPEG", 90000, 1)),
          Map.entry(28, new Assignment("nv", 90000, 1)),
          Map.entry(31, new Assignment("H261", 90000, 1)),
          Map.entry(32, new Assignment("MPV", 90000, 1)),
          Map.entry(33, new Assignment("MP2T", 90000, 1)),
          Map.entry(34, new Assignment("H263", 90000, 1)));

  private StaticPayloadTypes() {}

  /** The static assignment of this id, or {@code null} (dynamic or unassigned). */
  static @Nullable Assignment of(int id) {
    return TABLE.get(id);
  }
}
