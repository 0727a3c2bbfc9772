/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/** Writes XML as Parley wrote it (or a test crafted it) on a Smack client's stream, unchanged. */
final class RawXml {
  private RawXml() {}

  /** Literal XML for Smack to write on the stream. */
  record Literal(String xml) implements Nonza {
    @Override
    public String getNamespace() {
      return "jabber:client";
    }

    @Override
    public String getElementName() {
      return "iq";
    }

    @Override
    public CharSequence toXML(XmlEnvironment enclosing) {
      return xml;
    }
  }

  /**
   * Sends {@code xml} on behalf of a test client. A client the test disconnected (a vanished
   * participant) cannot answer what was still on its way to it: dropped, as by a real client that
   * went away. Otherwise a failure to send is a test bug.
   */
  static void send(XMPPTCPConnection xmpp, String xml) {
    try {
      xmpp.sendNonza(new Literal(xml));
    } catch (SmackException.NotConnectedException e) {
      if (xmpp.isConnected()) {
        throw new IllegalStateException(e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
