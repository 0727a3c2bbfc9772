/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * The XEP-0483 {@code <query/>}: a {@link MeetingQuery request} or a {@link MeetingResult result}.
 * Both share the element name, so {@link OnlineMeetingQueryCodec} reads both and tells them apart
 * by content (a result carries {@code <initiate>} or {@code <invite>}).
 */
public sealed interface OnlineMeetingQuery extends XmlElement permits MeetingQuery, MeetingResult {
  /** The namespace the query is in: {@link OnlineMeetings#NAMESPACE} unless received otherwise. */
  String namespace();

  Extensions ext();
}
