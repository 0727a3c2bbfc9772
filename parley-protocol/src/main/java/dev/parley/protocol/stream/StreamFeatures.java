/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * {@code <stream:features/>} (RFC 6120 § 4.3.2). Parley does not negotiate features on component
 * streams; the features are kept as the elements received.
 */
public record StreamFeatures(List<XmlElement> features) implements XmlElement {
  public StreamFeatures {
    features = List.copyOf(features);
  }
}
