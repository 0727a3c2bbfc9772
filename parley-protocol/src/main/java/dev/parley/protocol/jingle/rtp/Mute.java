/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;

/**
 * {@code <mute xmlns='urn:xmpp:jingle:apps:rtp:info:1' creator='responder' [name='voice']/>}. The
 * principal temporarily stops sending media but keeps accepting it (XEP-0167 § 8.3). Without a
 * name, every content is muted. Ended by {@link Unmute} or {@link Active}.
 *
 * <p>{@code creator} is required by the schema; with {@code name} it identifies the content
 * (creator, name) the payload applies to.
 *
 * @param creator the creator of the content named by {@code name}
 * @param name the content name, or {@code null} for all contents
 * @param namespace {@link RtpInfo#NAMESPACE}, or {@link RtpInfo#ERRATUM_NAMESPACE} when read so
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info-mute">XEP-0167 § 8.3</a>
 */
public record Mute(Creator creator, @Nullable String name, String namespace, Extensions ext)
    implements RtpInfo {
  public Mute {
    requireNonNull(creator, "creator");
    RtpInfo.checkNamespace(requireNonNull(namespace, "namespace"));
    requireNonNull(ext, "ext");
  }

  /** The payload for one content, or for all contents when {@code name} is null. */
  public static Mute of(Creator creator, @Nullable String name) {
    return new Mute(creator, name, NAMESPACE, Extensions.NONE);
  }

  /** Whether this applies to every content. */
  public boolean appliesToAllContents() {
    return name == null;
  }
}
