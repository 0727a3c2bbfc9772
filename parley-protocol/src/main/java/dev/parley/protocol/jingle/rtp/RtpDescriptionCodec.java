/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <description/>} in {@code urn:xmpp:jingle:apps:rtp:1}. */
public final class RtpDescriptionCodec implements ElementCodec<RtpDescription> {
  public static final RtpDescriptionCodec INSTANCE = new RtpDescriptionCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "description");
  private static final Set<String> MODELLED = Set.of("media", "ssrc");

  private RtpDescriptionCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<RtpDescription> type() {
    return RtpDescription.class;
  }

  @Override
  public RtpDescription read(XmlIn in) {
    String media = in.attribute("media");
    Long ssrc = in.longAttribute("ssrc", 0, PayloadType.MAX_UNSIGNED_INT);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<PayloadType> payloadTypes = new ArrayList<>(8);
    boolean rtcpMux = false;
    Encryption encryption = null;
    Bandwidth bandwidth = null;
    while (in.nextChild()) {
      if (RtpDescription.NAMESPACE.equals(in.namespace())) {
        switch (in.localName()) {
          case "payload-type" -> {
            payloadTypes.add(in.read(PayloadTypeCodec.INSTANCE));
            continue;
          }
          case "rtcp-mux" -> {
            if (!rtcpMux) {
              rtcpMux = true;
              continue;
            }
          }
          case "encryption" -> {
            if (encryption == null) {
              encryption = in.read(EncryptionCodec.INSTANCE);
              continue;
            }
          }
          case "bandwidth" -> {
            if (bandwidth == null) {
              bandwidth = in.read(BandwidthCodec.INSTANCE);
              continue;
            }
          }
          default -> {}
        }
      }
      ext.add(in.readElement());
    }
    return new RtpDescription(
        media, ssrc, payloadTypes, rtcpMux, encryption, bandwidth, ext.build());
  }

  @Override
  public void write(RtpDescription d, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "description")
        .attr("media", d.media())
        .attr("ssrc", d.ssrc())
        .attrs(d.ext().attributes());
    List<PayloadType> payloadTypes = d.payloadTypes();
    for (int i = 0; i < payloadTypes.size(); i++) {
      PayloadTypeCodec.INSTANCE.write(payloadTypes.get(i), out);
    }
    if (d.rtcpMux()) {
      out.emptyElement(RtpDescription.NAMESPACE, "rtcp-mux");
    }
    if (d.encryption() != null) {
      EncryptionCodec.INSTANCE.write(d.encryption(), out);
    }
    if (d.bandwidth() != null) {
      BandwidthCodec.INSTANCE.write(d.bandwidth(), out);
    }
    out.extensionElements(d.ext());
    out.end();
  }
}
