/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** XEP-0483 namespaces, disco features, and factories for what a service sends. */
public final class OnlineMeetings {
  /** {@code urn:xmpp:http:online-meetings:0}: the wire namespace of every element. */
  public static final String NAMESPACE = "urn:xmpp:http:online-meetings:0";

  /**
   * {@code urn:xmpp:http:online-meetings:initiate:0}: the disco feature of an entity that creates
   * meetings (XEP-0483 § 3.1). Also accepted as the namespace of a request.
   */
  public static final String INITIATE_FEATURE = "urn:xmpp:http:online-meetings:initiate:0";

  /**
   * {@code urn:xmpp:http:online-meetings:invite:0}: the disco feature of a client that receives
   * meeting invites (XEP-0483 § 3.2). The prose of § 4 also names it as the request namespace, so
   * it is accepted there.
   */
  public static final String INVITE_FEATURE = "urn:xmpp:http:online-meetings:invite:0";

  /**
   * {@code urn:xmpp:http:online-meetings#}: followed by a meeting type, the disco feature of each
   * provider type an entity supports (XEP-0483 § 3; the registry is still "TBD").
   */
  public static final String TYPE_FEATURE_PREFIX = "urn:xmpp:http:online-meetings#";

  /** Jitsi Meet, the type of every XEP-0483 example. */
  public static final String JITSI = "jitsi";

  /** Galene. */
  public static final String GALENE = "galene";

  private OnlineMeetings() {}

  /** Whether a query in this namespace is an XEP-0483 query (erratum 1: three are accepted). */
  public static boolean isQueryNamespace(String namespace) {
    return NAMESPACE.equals(namespace)
        || INITIATE_FEATURE.equals(namespace)
        || INVITE_FEATURE.equals(namespace);
  }

  /** The disco feature of a meeting type: {@code jitsi} → {@code …online-meetings#jitsi}. */
  public static String typeFeature(String type) {
    if (type.isEmpty()) {
      throw new IllegalArgumentException("empty meeting type");
    }
    return TYPE_FEATURE_PREFIX + type;
  }

  /**
   * The meeting type a disco feature advertises, or {@code null} when the feature is not a type
   * feature.
   */
  public static @Nullable String typeOf(String feature) {
    if (feature.length() > TYPE_FEATURE_PREFIX.length()
        && feature.startsWith(TYPE_FEATURE_PREFIX)) {
      return feature.substring(TYPE_FEATURE_PREFIX.length());
    }
    return null;
  }

  /**
   * The XEP-0482 invite to a meeting (XEP-0483 § 6.1): {@code <external uri>} plus {@code
   * <meeting>}, with {@code audio='true' video='true'} written explicitly — XEP-0483 wants both to
   * default to true for meetings, while XEP-0482's defaults are audio true, video false.
   */
  public static Invite invite(String uri, Meeting meeting) {
    return Invite.of(true, true, List.of(External.of(uri), meeting));
  }

  /**
   * The error for an exceeded quota (XEP-0483 § 5): {@code resource-constraint} of type {@code
   * wait}, carrying {@code <retry stamp>}.
   */
  public static StanzaError quotaExceeded(Instant retryAt, @Nullable String text) {
    return new StanzaError(
        StanzaError.Type.WAIT,
        StanzaError.Condition.RESOURCE_CONSTRAINT,
        null,
        text,
        null,
        Retry.at(retryAt),
        null,
        Extensions.NONE);
  }
}
