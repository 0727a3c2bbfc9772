/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.time;

import dev.parley.protocol.xml.ProtocolException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * XEP-0082 DateTime: {@code CCYY-MM-DDThh:mm:ss[.sss]TZD}. Accept offsets and fractional seconds;
 * emit UTC with a {@code Z}, truncated to whole seconds (what {@code <retry stamp>} and {@code
 * <delay stamp>} receivers expect).
 */
public final class XmppDateTime {
  private XmppDateTime() {}

  /** Parses a DateTime; the zone designator is mandatory. */
  public static Instant parse(String value) {
    try {
      return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw ProtocolException.invalid("'" + shown + "' is not an XEP-0082 DateTime");
    }
  }

  /** Formats as {@code 2017-12-03T23:42:05Z}. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Formats keeping milliseconds when there are any ({@code 2002-09-10T23:08:25.123Z}), for
   * XEP-0203 delays.
   */
  public static String formatMillis(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
