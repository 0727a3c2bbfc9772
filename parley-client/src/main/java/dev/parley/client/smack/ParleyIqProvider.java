/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.CodecRegistry;
import java.io.IOException;
import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Reads an IQ child with Parley's codecs into a {@link ParleyIq}. Like {@link
 * ParleyExtensionProvider}, it never throws for invalid content.
 */
public final class ParleyIqProvider extends IqProvider<ParleyIq> {
  private final CodecRegistry registry;

  public ParleyIqProvider(CodecRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  @Override
  public ParleyIq parse(
      XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment environment)
      throws XmlPullParserException, IOException {
    Received r = Received.read(parser, registry);
    return ParleyIq.received(r.element(), r.problem(), registry);
  }
}
