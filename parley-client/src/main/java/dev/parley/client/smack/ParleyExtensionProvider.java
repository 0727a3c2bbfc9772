/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.CodecRegistry;
import java.io.IOException;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Reads a stanza extension with Parley's codecs into a {@link ParleyExtension}. Never throws for
 * invalid content (see {@link ParleyExtension#problem()}): Smack's default reaction to a provider's
 * exception is to close the connection, which would let any peer disconnect us with one bad
 * element.
 */
public final class ParleyExtensionProvider extends ExtensionElementProvider<ParleyExtension> {
  private final CodecRegistry registry;

  public ParleyExtensionProvider(CodecRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  @Override
  public ParleyExtension parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment)
      throws XmlPullParserException, IOException {
    Received r = Received.read(parser, registry);
    return ParleyExtension.received(r.name(), r.element(), r.problem(), registry);
  }
}
