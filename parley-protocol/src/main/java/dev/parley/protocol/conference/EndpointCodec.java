/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static dev.parley.protocol.conference.Texts.NS;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <endpoint/>}. */
public final class EndpointCodec implements ElementCodec<Endpoint> {
  public static final EndpointCodec INSTANCE = new EndpointCodec();
  private static final Set<String> MODELLED = Set.of("entity", "state");

  private EndpointCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "endpoint");
  }

  @Override
  public Class<Endpoint> type() {
    return Endpoint.class;
  }

  @Override
  public Endpoint read(XmlIn in) {
    Endpoint.Builder b = Endpoint.builder(in.attribute("entity"));
    b.state(in.enumAttribute("state", State::fromXml));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    boolean displayText = false;
    boolean referred = false;
    boolean status = false;
    boolean joiningMethod = false;
    boolean joiningInfo = false;
    boolean disconnectionMethod = false;
    boolean disconnectionInfo = false;
    boolean callInfo = false;
    List<Media> media = new ArrayList<>(2);
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && local.equals("media")) {
        media.add(in.read(MediaCodec.INSTANCE));
      } else if (ours && !displayText && local.equals("display-text")) {
        displayText = true;
        b.displayText(in.readText());
      } else if (ours && !referred && local.equals("referred")) {
        referred = true;
        b.referred(in.read(ExecutionCodec.REFERRED));
      } else if (ours && !status && local.equals("status")) {
        status = true;
        b.status(EndpointStatus.fromXml(in.readText()));
      } else if (ours && !joiningMethod && local.equals("joining-method")) {
        joiningMethod = true;
        b.joiningMethod(JoiningMethod.fromXml(in.readText()));
      } else if (ours && !joiningInfo && local.equals("joining-info")) {
        joiningInfo = true;
        b.joiningInfo(in.read(ExecutionCodec.JOINING_INFO));
      } else if (ours && !disconnectionMethod && local.equals("disconnection-method")) {
        disconnectionMethod = true;
        b.disconnectionMethod(DisconnectionMethod.fromXml(in.readText()));
      } else if (ours && !disconnectionInfo && local.equals("disconnection-info")) {
        disconnectionInfo = true;
        b.disconnectionInfo(in.read(ExecutionCodec.DISCONNECTION_INFO));
      } else if (ours && !callInfo && local.equals("call-info")) {
        callInfo = true;
        b.callInfo(in.read(CallInfoCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return b.media(media).ext(ext.build()).build();
  }

  @Override
  public void write(Endpoint e, XmlOut out) {
    out.start(NS, "endpoint")
        .attr("entity", e.entity())
        .attr("state", e.state() == null ? null : e.state().xml())
        .attrs(e.ext().attributes());
    Texts.writeText(out, "display-text", e.displayText());
    if (e.referred() != null) {
      ExecutionCodec.REFERRED.write(e.referred(), out);
    }
    Texts.writeText(out, "status", e.status() == null ? null : e.status().xml());
    Texts.writeText(
        out, "joining-method", e.joiningMethod() == null ? null : e.joiningMethod().xml());
    if (e.joiningInfo() != null) {
      ExecutionCodec.JOINING_INFO.write(e.joiningInfo(), out);
    }
    Texts.writeText(
        out,
        "disconnection-method",
        e.disconnectionMethod() == null ? null : e.disconnectionMethod().xml());
    if (e.disconnectionInfo() != null) {
      ExecutionCodec.DISCONNECTION_INFO.write(e.disconnectionInfo(), out);
    }
    for (Media m : e.media()) {
      MediaCodec.INSTANCE.write(m, out);
    }
    if (e.callInfo() != null) {
      CallInfoCodec.INSTANCE.write(e.callInfo(), out);
    }
    out.extensionElements(e.ext());
    out.end();
  }
}
