/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <credentials xmlns='urn:xmpp:extdisco:2'/>}. */
public final class CredentialsCodec implements ElementCodec<Credentials> {
  public static final CredentialsCodec INSTANCE = new CredentialsCodec();

  private CredentialsCodec() {}

  @Override
  public QName name() {
    return new QName(ExtdiscoNamespace.V2.xml(), "credentials");
  }

  @Override
  public Class<Credentials> type() {
    return Credentials.class;
  }

  @Override
  public Credentials read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    return new Credentials(ExtdiscoCodecs.readServices(in, ext), ext.build());
  }

  @Override
  public void write(Credentials c, XmlOut out) {
    out.start(ExtdiscoNamespace.V2.xml(), "credentials").attrs(c.ext().attributes());
    ServiceCodec.writeAll(c.services(), out);
    out.extensionElements(c.ext());
    out.end();
  }
}
