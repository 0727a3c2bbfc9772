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

/** Codec for {@code <available-media/>}. */
public final class AvailableMediaCodec implements ElementCodec<AvailableMedia> {
  public static final AvailableMediaCodec INSTANCE = new AvailableMediaCodec();

  private AvailableMediaCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "available-media");
  }

  @Override
  public Class<AvailableMedia> type() {
    return AvailableMedia.class;
  }

  @Override
  public AvailableMedia read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    List<ConferenceMedium> entries = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(NS, "entry")) {
        entries.add(in.read(ConferenceMediumCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new AvailableMedia(entries, ext.build());
  }

  @Override
  public void write(AvailableMedia a, XmlOut out) {
    out.start(NS, "available-media").attrs(a.ext().attributes());
    for (ConferenceMedium m : a.entries()) {
      ConferenceMediumCodec.INSTANCE.write(m, out);
    }
    out.extensionElements(a.ext());
    out.end();
  }
}
