/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.version;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A software version query (XEP-0092 § 2): empty in the {@code get}, and in the result {@code
 * <query xmlns='jabber:iq:version'><name>…</name><version>…</version>[<os>…</os>]</query>}.
 *
 * <p>{@code name} and {@code version} are REQUIRED in a result, but the record also represents the
 * empty request, so they are nullable; a result missing one of them is read as it is. The operating
 * system is optional and an administrator MUST be able to withhold it (§ 5).
 *
 * @param name the software's natural-language name, or {@code null}
 * @param version the software's version, or {@code null}
 * @param os the operating system, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0092.html">XEP-0092</a>
 */
public record SoftwareVersion(
    @Nullable String name, @Nullable String version, @Nullable String os, Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "jabber:iq:version";

  /** The empty query of a request. */
  public static final SoftwareVersion REQUEST =
      new SoftwareVersion(null, null, null, Extensions.NONE);

  public SoftwareVersion {
    requireNonNull(ext, "ext");
  }

  /** A result. */
  public static SoftwareVersion of(String name, String version, @Nullable String os) {
    return new SoftwareVersion(
        requireNonNull(name, "name"), requireNonNull(version, "version"), os, Extensions.NONE);
  }

  /** Whether this is an empty query (a request). */
  public boolean isRequest() {
    return name == null && version == null && os == null && ext.isEmpty();
  }
}
