/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code <retry xmlns='urn:xmpp:http:online-meetings:0' stamp='2017-12-03T23:42:05Z'/>}: inside the
 * {@code <error>} of a temporary failure (a quota), when the requester may try again (XEP-0483 §
 * 5). Read as the error's application condition; see {@link OnlineMeetings#quotaExceeded}.
 *
 * <p>{@code stamp} is required, an XEP-0082 DateTime in UTC. Offsets and fractional seconds are
 * accepted; the instant is rounded up to a whole second (never earlier than the service meant) and
 * written as {@code …Z}, so what is read is what is written back.
 *
 * @param stamp when to retry, whole seconds
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0483.html#errors">XEP-0483 § 5</a>
 */
public record Retry(Instant stamp, Extensions ext) implements XmlElement {

  public Retry {
    requireNonNull(stamp, "stamp");
    Instant seconds = stamp.truncatedTo(ChronoUnit.SECONDS);
    boolean whole =
        seconds.equals(stamp) || seconds.getEpochSecond() == Instant.MAX.getEpochSecond();
    stamp = whole ? seconds : seconds.plusSeconds(1);
    requireNonNull(ext, "ext");
  }

  public static Retry at(Instant stamp) {
    return new Retry(stamp, Extensions.NONE);
  }
}
