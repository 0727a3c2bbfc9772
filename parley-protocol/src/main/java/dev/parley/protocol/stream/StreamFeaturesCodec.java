/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/** Codec for {@code <stream:features/>}. */
public final class StreamFeaturesCodec implements ElementCodec<StreamFeatures> {
  public static final StreamFeaturesCodec INSTANCE = new StreamFeaturesCodec();

  private StreamFeaturesCodec() {}

  @Override
  public QName name() {
    return new QName(StreamHeader.STREAM_NS, "features");
  }

  @Override
  public Class<StreamFeatures> type() {
    return StreamFeatures.class;
  }

  @Override
  public StreamFeatures read(XmlIn in) {
    List<XmlElement> features = new ArrayList<>();
    while (in.nextChild()) {
      features.add(in.readElement());
    }
    return new StreamFeatures(features);
  }

  @Override
  public void write(StreamFeatures f, XmlOut out) {
    out.start("stream", StreamHeader.STREAM_NS, "features").elements(f.features()).end();
  }
}
