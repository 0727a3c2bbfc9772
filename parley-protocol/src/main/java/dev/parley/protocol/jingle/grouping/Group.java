/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.grouping;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * A group of Jingle contents (XEP-0338 § 2), SDP {@code a=group:<semantics> <mid> …} (RFC 5888 §
 * 5); a child of {@code <jingle/>}.
 *
 * <pre>
 * &lt;group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='BUNDLE'&gt;
 *   &lt;content name='audio'/&gt;
 *   &lt;content name='video'/&gt;
 * &lt;/group&gt;
 * </pre>
 *
 * <p>Each identification tag ({@code mid} in SDP) is the {@code name} of a Jingle content. The
 * {@code <content/>} children of a group are plain references, modelled as their names: anything
 * else they carry is not kept. XEP-0338 has no schema; {@code semantics} is required here because
 * the mapping has no meaning without it. Some strophe.jingle-based clients write the value twice,
 * as {@code semantics} and {@code type}: the {@code type} is kept in {@link #ext()}.
 *
 * @param semantics the RFC 5888 semantics: {@link #BUNDLE}, {@link #LS}, …
 * @param contentNames the names of the grouped contents, in document order
 * @param ext unknown attributes and children other than {@code <content/>}
 * @see <a href="https://xmpp.org/extensions/xep-0338.html#sdp">XEP-0338 § 2</a>
 */
public record Group(String semantics, List<String> contentNames, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:grouping:0";

  /** The disco feature of XEP-0338. */
  public static final String FEATURE = "urn:ietf:rfc:5888";

  /** Several contents share one transport (RFC 9143). */
  public static final String BUNDLE = "BUNDLE";

  /** Lip synchronization (RFC 5888 § 7.1). */
  public static final String LS = "LS";

  public Group {
    requireNonNull(semantics, "semantics");
    contentNames = List.copyOf(contentNames);
    requireNonNull(ext, "ext");
  }

  /** A BUNDLE group of these contents. */
  public static Group bundle(List<String> contentNames) {
    return new Group(BUNDLE, contentNames, Extensions.NONE);
  }

  /** Whether the content with this name is in the group. */
  public boolean contains(String contentName) {
    return contentNames.contains(contentName);
  }
}
