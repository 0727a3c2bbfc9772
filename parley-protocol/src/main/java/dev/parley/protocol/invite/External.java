/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <external uri='…'/>}: join outside XMPP, for example in a web client ({@code https:}) or
 * by telephone ({@code tel:}); repeatable (XEP-0482 § 2.1). XEP-0483 meeting invites carry the
 * meeting URL here.
 *
 * <p>The URI is kept as received: whether and how to open it is the client's decision (a URI
 * handler such as {@code web+jitsi:} is legitimate in XEP-0483).
 *
 * @param uri the URI
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.1</a>
 */
public record External(String uri, Extensions ext) implements CallMethod {

  public External {
    requireNonNull(uri, "uri");
    requireNonNull(ext, "ext");
  }

  public static External of(String uri) {
    return new External(uri, Extensions.NONE);
  }
}
