/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.extdisco.ExtdiscoNamespace;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.xml.CodecRegistry;
import java.util.List;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.provider.ProviderManager;

/**
 * Registers Parley's providers with Smack, per element name. Smack's provider registry is global to
 * the JVM (one provider per name, the last registration wins), so registration is explicit and per
 * name: the SDK claims only names no Smack module (core, IM, extensions) reads — with one
 * exception, {@code <jingle/>}, explained at {@link #CALL_IQS} — and leaves the rest to Smack —
 * {@link SmackStanzas} reads any Smack element as a Parley record anyway. Registering the same
 * names again is harmless.
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

  /** The XEP-0353 messages, which no Smack 4.4 module reads. */
  public static final List<QName> CALL_EXTENSIONS =
      List.of(
          new QName(JmiMessage.NAMESPACE, "propose"),
          new QName(JmiMessage.NAMESPACE, "ringing"),
          new QName(JmiMessage.NAMESPACE, "proceed"),
          new QName(JmiMessage.NAMESPACE, "reject"),
          new QName(JmiMessage.NAMESPACE, "retract"),
          new QName(JmiMessage.NAMESPACE, "finish"),
          new QName(JmiMessage.NAMESPACE, "accept"));

  /**
   * The IQ children of calls: {@code <jingle/>} and the RFC 4575 {@code <conference-info/>} of
   * XEP-0298. The one name that Smack reads itself: {@code smack-extensions} registers a Jingle
   * provider whose model keeps neither session-info payloads nor the XEP-0298 focus marker; only
   * Smack's Jingle file transfer ({@code smack-experimental}) uses it, and an application using
   * Parley's calls does not use that too.
   */
  public static final List<QName> CALL_IQS =
      List.of(
          new QName(Jingle.NAMESPACE, "jingle"),
          new QName(ConferenceInfo.NAMESPACE, "conference-info"));

  /**
   * The XEP-0215 answers a session reads when it asks its server for STUN and TURN services: {@code
   * <services/>} and {@code <credentials/>} in {@code urn:xmpp:extdisco:2} (Smack 4.4 has no
   * provider of its own for them).
   */
  public static final List<QName> ICE_DISCOVERY_IQS =
      List.of(
          new QName(ExtdiscoNamespace.V2.xml(), "services"),
          new QName(ExtdiscoNamespace.V2.xml(), "credentials"));

  private ParleyProviders() {}

  /**
   * Registers everything the calls API needs, with {@link ParleyCodecs#registry()}; replaces
   * Smack's own {@code <jingle/>} provider (see {@link #CALL_IQS}).
   */
  public static void registerCalls() {
    CodecRegistry registry = ParleyCodecs.registry();
    extensions(registry, CALL_EXTENSIONS);
    iqs(registry, CALL_IQS);
    iqs(registry, ICE_DISCOVERY_IQS);
  }

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
