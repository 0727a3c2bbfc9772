/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.xml.CodecRegistry;
import java.util.List;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.provider.ProviderManager;

/**
 * Registers Parley's providers with Smack, per element name. Smack's provider registry is global to
 * the JVM (one provider per name, the last registration wins), so registration is explicit and per
 * name: the SDK claims only names no Smack module (core, IM, extensions) reads, and leaves the rest
 * to Smack — {@link SmackStanzas} reads any Smack element as a Parley record anyway. Registering
 * the same names again is harmless.
 */
public final class ParleyProviders {
  /**
   * What the meetings API reads: XEP-0482 invites and answers in both of Dino's dialects, and the
   * XEP-0483 {@code <retry/>} inside errors.
   */
  public static final List<QName> MEETING_EXTENSIONS =
      List.of(
          new QName(CallInvites.NAMESPACE, "invite"),
          new QName(CallInvites.NAMESPACE, "propose"),
          new QName(CallInvites.NAMESPACE, "accept"),
          new QName(CallInvites.NAMESPACE, "reject"),
          new QName(CallInvites.NAMESPACE, "retract"),
          new QName(CallInvites.NAMESPACE, "left"),
          new QName(CallInvites.DINO_NAMESPACE, "propose"),
          new QName(CallInvites.DINO_NAMESPACE, "accept"),
          new QName(CallInvites.DINO_NAMESPACE, "reject"),
          new QName(CallInvites.DINO_NAMESPACE, "retract"),
          new QName(CallInvites.DINO_NAMESPACE, "finish"),
          new QName(OnlineMeetings.NAMESPACE, "retry"));

  /** The XEP-0483 {@code <query/>} in the three namespaces a service may answer in. */
  public static final List<QName> MEETING_IQS =
      List.of(
          new QName(OnlineMeetings.NAMESPACE, "query"),
          new QName(OnlineMeetings.INITIATE_FEATURE, "query"),
          new QName(OnlineMeetings.INVITE_FEATURE, "query"));

  private ParleyProviders() {}

  /** Registers everything the meetings API needs, with {@link ParleyCodecs#registry()}. */
  public static void registerMeetings() {
    CodecRegistry registry = ParleyCodecs.registry();
    extensions(registry, MEETING_EXTENSIONS);
    iqs(registry, MEETING_IQS);
  }

  /**
   * Reads these stanza extensions (message, presence or error children) as {@link ParleyExtension}.
   */
  public static void extensions(CodecRegistry registry, List<QName> names) {
    ParleyExtensionProvider provider = new ParleyExtensionProvider(registry);
    for (QName name : names) {
      ProviderManager.addExtensionProvider(name.getLocalPart(), name.getNamespaceURI(), provider);
    }
  }

  /** Reads IQ children of these names as {@link ParleyIq}. */
  public static void iqs(CodecRegistry registry, List<QName> names) {
    ParleyIqProvider provider = new ParleyIqProvider(registry);
    for (QName name : names) {
      ProviderManager.addIQProvider(name.getLocalPart(), name.getNamespaceURI(), provider);
    }
  }
}
