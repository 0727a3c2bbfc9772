/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0320: Use of DTLS-SRTP in Jingle Sessions (v1.0.0), {@code urn:xmpp:jingle:apps:dtls:0}.
 *
 * <p>The {@code <fingerprint/>} element carries the SDP {@code a=fingerprint} (RFC 8122) and {@code
 * a=setup} (RFC 4145) attributes. It is a child of a transport (in practice the ICE-UDP {@code
 * <transport/>}), where the transport's record finds it among its extension elements. The namespace
 * is also the service discovery feature.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0320.html">XEP-0320</a>
 */
@NullMarked
package dev.parley.protocol.jingle.dtls;

import org.jspecify.annotations.NullMarked;
