/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.jingle.session.SessionContent.Replacement;
import dev.parley.jingle.session.SessionContent.Status;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;

/**
 * The local commands: each checks that the session allows it (a violation is a programming error:
 * {@link IllegalStateException} for the state, {@link IllegalArgumentException} for the contents),
 * builds the IQ-set and records it as pending.
 */
final class Outgoing {
  private Outgoing() {}

  /** The content and transport actions, with the status each needs and what it does. */
  enum Kind {
    TRANSPORT_INFO(JingleAction.TRANSPORT_INFO),
    DESCRIPTION_INFO(JingleAction.DESCRIPTION_INFO),
    SECURITY_INFO(JingleAction.SECURITY_INFO),
    ADD(JingleAction.CONTENT_ADD),
    ACCEPT(JingleAction.CONTENT_ACCEPT),
    REJECT(JingleAction.CONTENT_REJECT),
    REMOVE(JingleAction.CONTENT_REMOVE),
    MODIFY(JingleAction.CONTENT_MODIFY),
    REPLACE(JingleAction.TRANSPORT_REPLACE),
    REPLACE_ACCEPT(JingleAction.TRANSPORT_ACCEPT),
    REPLACE_REJECT(JingleAction.TRANSPORT_REJECT);

    final JingleAction action;

    Kind(JingleAction action) {
      this.action = action;
    }
  }

  static Sent initiate(
      String iqId,
      String sid,
      Jid local,
      Jid peer,
      List<Content> offer,
      List<? extends XmlElement> extras,
      SessionOptions options) {
    String problem = Definitions.initiateProblem(offer);
    if (problem != null) {
      throw new IllegalArgumentException("session-initiate: " + problem);
    }
    List<SessionContent> contents = new ArrayList<>(offer.size());
    for (Content c : offer) {
      contents.add(
          new SessionContent(
              Creator.INITIATOR, c.name(), c.effectiveSenders(), Status.IN_SESSION, c, null, null));
    }
    JingleSession session =
        new JingleSession(
            sid,
            Creator.INITIATOR,
            local,
            null,
            peer,
            SessionState.PENDING,
            contents,
            List.of(),
            options);
    Jingle j =
        new Jingle(
            JingleAction.SESSION_INITIATE,
            sid,
            local,
            null,
            offer,
            null,
            Extensions.ofElements(extras));
    return send(session, iqId, JingleAction.SESSION_INITIATE, j, ContentKey.of(offer));
  }

  static Sent accept(
      JingleSession s,
      String iqId,
      @Nullable FullJid responder,
      List<Content> answer,
      List<? extends XmlElement> extras) {
    if (s.role() != Creator.RESPONDER || s.state() != SessionState.PENDING) {
      throw new IllegalStateException(
          "session-accept from the " + s.role().xml() + " of a " + s.state() + " session");
    }
    Jid named = responder == null ? s.local() : responder;
    if (!named.hasResource()) {
      // Smack's Jingle provider and Dino refuse a bare responder (XEP-0166 § 7.1: a full JID).
      throw new IllegalStateException(
          "session-accept naming the bare JID " + named + " as responder: name a full JID");
    }
    if (!named.asBareJid().equals(s.local().asBareJid())) {
      throw new IllegalArgumentException(
          "responder " + named + " is not an address of " + s.local() + " (XEP-0166 § 14)");
    }
    String problem = Definitions.problem(answer, true);
    if (problem != null) {
      throw new IllegalArgumentException("session-accept: " + problem);
    }
    Map<ContentKey, Content> byKey = byKey(answer);
    for (ContentKey key : byKey.keySet()) {
      if (!s.content(key).map(SessionContent::inSession).orElse(false)) {
        throw new IllegalArgumentException("session-accept of unknown content " + key);
      }
    }
    List<SessionContent> contents = new ArrayList<>(s.contents().size());
    for (SessionContent c : s.contents()) {
      Content a = byKey.get(c.key());
      if (a != null) {
        contents.add(c.withLocal(a).withSenders(Incoming.sendersOf(a, c)));
      } else if (!c.inSession()) {
        contents.add(c); // content-adds in flight are not part of the accept
      }
    }
    Jingle j =
        new Jingle(
            JingleAction.SESSION_ACCEPT,
            s.sid(),
            null,
            named,
            answer,
            null,
            Extensions.ofElements(extras));
    return send(
        s.withContents(contents)
            .withResponder(named.equals(s.local()) ? null : named)
            .withState(SessionState.ACTIVE),
        iqId,
        JingleAction.SESSION_ACCEPT,
        j,
        ContentKey.of(answer));
  }

  static Sent terminate(JingleSession s, String iqId, Reason reason) {
    requireLive(s, "session-terminate");
    Jingle j = Jingle.sessionTerminate(s.sid(), reason);
    // ENDED at once (XEP-0166 § 6.7): the answer is awaited by no one.
    JingleSession ended = s.withState(SessionState.ENDED).withPending(List.of());
    return new Sent(request(s, iqId, j), ended);
  }

  static Sent info(JingleSession s, String iqId, List<XmlElement> payloads) {
    requireLive(s, "session-info");
    Jingle j = Jingle.sessionInfo(s.sid(), payloads.toArray(XmlElement[]::new));
    return send(s, iqId, JingleAction.SESSION_INFO, j, List.of());
  }

  static Sent contentAction(
      JingleSession s, String iqId, Kind kind, List<Content> contents, @Nullable Reason reason) {
    requireLive(s, kind.action.xml());
    String problem = Definitions.problem(contents, kind == Kind.ADD);
    if (problem != null) {
      throw new IllegalArgumentException(kind.action.xml() + ": " + problem);
    }
    Map<ContentKey, Content> byKey = byKey(contents);
    JingleSession after =
        switch (kind) {
          case TRANSPORT_INFO, DESCRIPTION_INFO, SECURITY_INFO -> {
            requireContents(s, byKey, kind, null, false);
            yield s;
          }
          case ADD -> add(s, contents);
          case ACCEPT -> {
            requireContents(s, byKey, kind, Status.ADD_RECEIVED, false);
            yield s.mapContents(
                c -> {
                  Content a = byKey.get(c.key());
                  return a == null
                      ? c
                      : c.withStatus(Status.IN_SESSION)
                          .withLocal(a)
                          .withSenders(Incoming.sendersOf(a, c));
                });
          }
          case REJECT -> {
            requireContents(s, byKey, kind, Status.ADD_RECEIVED, false);
            yield s.withContents(
                Incoming.without(s.contents(), List.copyOf(byKey.keySet()), c -> true));
          }
          case REMOVE -> {
            requireContents(s, byKey, kind, null, false);
            yield s.withContents(
                Incoming.without(s.contents(), List.copyOf(byKey.keySet()), c -> true));
          }
          case MODIFY -> {
            requireContents(s, byKey, kind, null, false);
            for (Content c : contents) {
              if (c.senders() == null) {
                throw new IllegalArgumentException("content-modify needs senders");
              }
            }
            yield s.mapContents(
                c -> {
                  Content m = byKey.get(c.key());
                  return m == null ? c : c.withSenders(Incoming.sendersOf(m, c));
                });
          }
          case REPLACE -> {
            requireContents(s, byKey, kind, null, true);
            for (Content c : contents) {
              if (s.content(ContentKey.of(c)).orElseThrow().replacement() != null) {
                throw new IllegalStateException(
                    "a transport-replace of " + ContentKey.of(c) + " is pending");
              }
            }
            yield s.mapContents(
                c -> {
                  Content r = byKey.get(c.key());
                  return r == null ? c : c.withReplacement(new Replacement(false, r.transport()));
                });
          }
          case REPLACE_ACCEPT -> {
            requirePeerReplacement(s, byKey);
            yield s.mapContents(
                c -> {
                  Content a = byKey.get(c.key());
                  Replacement r = c.replacement();
                  if (a == null || r == null) {
                    return c;
                  }
                  Content local = c.local();
                  Content remote = c.remote();
                  return c.withReplacement(null)
                      .withRemote(remote == null ? null : remote.withTransport(r.transport()))
                      .withLocal(
                          local == null
                              ? a
                              : local.withTransport(
                                  a.transport() != null ? a.transport() : local.transport()));
                });
          }
          case REPLACE_REJECT -> {
            requirePeerReplacement(s, byKey);
            yield s.mapContents(c -> byKey.containsKey(c.key()) ? c.withReplacement(null) : c);
          }
        };
    Jingle j = new Jingle(kind.action, s.sid(), null, null, contents, reason, Extensions.NONE);
    return send(after, iqId, kind.action, j, ContentKey.of(contents));
  }

  private static JingleSession add(JingleSession s, List<Content> added) {
    List<SessionContent> contents = new ArrayList<>(s.contents());
    for (Content c : added) {
      ContentKey key = ContentKey.of(c);
      if (key.creator() != s.role()) {
        throw new IllegalArgumentException(
            "content-add of " + key + ": the creator must be us, the " + s.role().xml());
      }
      if (s.content(key).isPresent()) {
        throw new IllegalArgumentException("content-add of existing content " + key);
      }
      contents.add(
          new SessionContent(
              key.creator(), c.name(), c.effectiveSenders(), Status.ADD_SENT, c, null, null));
    }
    return s.withContents(contents);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static void requireLive(JingleSession s, String action) {
    if (!s.isLive()) {
      throw new IllegalStateException(action + " in an ended session");
    }
  }

  private static void requireContents(
      JingleSession s,
      Map<ContentKey, Content> byKey,
      Kind kind,
      @Nullable Status status,
      boolean needTransport) {
    for (Map.Entry<ContentKey, Content> e : byKey.entrySet()) {
      SessionContent c = s.content(e.getKey()).orElse(null);
      if (c == null) {
        throw new IllegalArgumentException(kind.action.xml() + " of unknown content " + e.getKey());
      }
      if (status != null && c.status() != status) {
        throw new IllegalStateException(
            kind.action.xml() + " of " + e.getKey() + " in status " + c.status());
      }
      if (needTransport && e.getValue().transport() == null) {
        throw new IllegalArgumentException(kind.action.xml() + " without transport");
      }
    }
  }

  private static void requirePeerReplacement(JingleSession s, Map<ContentKey, Content> byKey) {
    for (ContentKey key : byKey.keySet()) {
      Replacement r = s.content(key).map(SessionContent::replacement).orElse(null);
      if (r == null || !r.byPeer()) {
        throw new IllegalStateException("no transport-replace from the peer for " + key);
      }
    }
  }

  private static Map<ContentKey, Content> byKey(List<Content> contents) {
    Map<ContentKey, Content> map = new HashMap<>();
    for (Content c : contents) {
      map.put(ContentKey.of(c), c);
    }
    return map;
  }

  private static Sent send(
      JingleSession s, String iqId, JingleAction action, Jingle j, List<ContentKey> keys) {
    return new Sent(request(s, iqId, j), s.plusPending(new PendingRequest(iqId, action, keys)));
  }

  static Iq request(JingleSession s, String iqId, Jingle j) {
    return new Iq(Iq.Type.SET, iqId, s.local(), s.peer(), null, List.of(j), null, Extensions.NONE);
  }
}
