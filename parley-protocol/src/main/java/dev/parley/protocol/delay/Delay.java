/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.delay;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A delayed-delivery notation (XEP-0203 § 2): {@code <delay xmlns='urn:xmpp:delay'
 * stamp='2002-09-10T23:08:25Z' [from='capulet.com']>[reason]</delay>}, added to a message or
 * presence by the entity that delivers it late (offline storage, last presence, MUC history).
 *
 * <p><b>The stamp is an instant.</b> The record keeps the moment, not the text: an input with an
 * offset ({@code +02:00}, which the XEP forbids: the stamp MUST be UTC) is read as the same instant
 * and written back in UTC, and fractional seconds are written with the precision they have (none,
 * milliseconds, microseconds or nanoseconds, as {@link
 * java.time.format.DateTimeFormatter#ISO_INSTANT} does), so serialising then parsing gives an equal
 * record. Keeping the original text would only preserve a non-conforming spelling of the same
 * value. {@link #of} truncates to milliseconds, the precision receivers commonly expect.
 *
 * <p>Delay notations can be forged by anyone on the path (§ 5): the stamp is informative only.
 *
 * @param stamp when the stanza was originally sent
 * @param from the entity that sent the stanza originally or delayed it (a MUC room…), or {@code
 *     null}
 * @param reason the natural-language reason (the element's text as received), or {@code null} when
 *     there is no text
 * @param ext unknown attributes (child elements, which the schema does not allow, are dropped)
 * @see <a href="https://xmpp.org/extensions/xep-0203.html">XEP-0203</a>
 */
public record Delay(Instant stamp, @Nullable Jid from, @Nullable String reason, Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "urn:xmpp:delay";

  public Delay {
    requireNonNull(stamp, "stamp");
    requireNonNull(ext, "ext");
    if (reason != null && reason.isEmpty()) {
      reason = null;
    }
    if (!ext.elements().isEmpty()) {
      throw new IllegalArgumentException("a delay has text content only");
    }
  }

  /** A delay stamped {@code stamp} (truncated to milliseconds) by {@code from}. */
  public static Delay of(Instant stamp, @Nullable Jid from) {
    return new Delay(stamp.truncatedTo(ChronoUnit.MILLIS), from, null, Extensions.NONE);
  }
}
