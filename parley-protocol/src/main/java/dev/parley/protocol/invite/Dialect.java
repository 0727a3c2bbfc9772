/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

/**
 * The namespace a call-invite message came in, remembered so that it is written back unchanged.
 * Parley emits {@link #XEP_0482}.
 */
public enum Dialect {
  /** {@code urn:xmpp:call-invites:0}, XEP-0482. */
  XEP_0482(CallInvites.NAMESPACE),
  /**
   * {@code urn:xmpp:call-message:1}, Dino's pre-XEP protocol (Dino 0.3 – 0.4 speak only this; Dino
   * 0.5 and later send it next to every XEP-0482 message). Its invite is {@code <propose>} and its
   * {@code left} is {@code <finish>}; the other elements have the XEP-0482 names.
   */
  DINO_CALL_MESSAGE(CallInvites.DINO_NAMESPACE);

  private final String namespace;

  Dialect(String namespace) {
    this.namespace = namespace;
  }

  public String namespace() {
    return namespace;
  }

  /** The dialect of a namespace, or {@code null} when it is neither. */
  static Dialect of(String namespace) {
    if (CallInvites.NAMESPACE.equals(namespace)) {
      return XEP_0482;
    }
    return CallInvites.DINO_NAMESPACE.equals(namespace) ? DINO_CALL_MESSAGE : null;
  }
}
