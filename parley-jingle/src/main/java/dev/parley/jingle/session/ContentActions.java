/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static dev.parley.jingle.session.Incoming.fail;
import static dev.parley.jingle.session.Incoming.key;
import static dev.parley.jingle.session.Incoming.ok;
import static dev.parley.jingle.session.Incoming.sendersOf;

import dev.parley.jingle.session.SessionContent.Replacement;
import dev.parley.jingle.session.SessionContent.Status;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.stanza.Iq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The transitions for the peer's content and transport actions (XEP-0166 § 7.2.1–7.2.7, §
 * 7.2.12–7.2.15), including the tie-break within a session (§ 7.2.16).
 */
final class ContentActions {
  private ContentActions() {}

  /** content-add: new contents, a delta; they wait for our content-accept or content-reject. */
  static Outcome add(JingleSession s, Iq iq, Jingle j) {
    String problem = Definitions.problem(j.contents(), true);
    if (problem != null) {
      return fail(s, iq, Errors.badRequest("content-add: " + problem));
    }
    for (Content c : j.contents()) {
      if (s.content(ContentKey.of(c)).isPresent()) {
        return fail(s, iq, Errors.badRequest("content-add of existing content " + key(c)));
      }
    }
    boolean oursPending = false;
    for (SessionContent c : s.contents()) {
      oursPending |= c.status() == Status.ADD_SENT;
    }
    JingleSession base = s;
    if (oursPending) {
      if (s.role() == Creator.INITIATOR) {
        return fail(s, iq, Errors.tieBreak());
      }
      // The initiator's content-add overrules ours; the peer answers ours with a conflict.
      base = s.withContents(Incoming.without(s.contents(), keysOf(s, Status.ADD_SENT), c -> true));
    }
    List<SessionContent> contents = new ArrayList<>(base.contents());
    for (Content c : j.contents()) {
      contents.add(
          new SessionContent(
              c.effectiveCreator(),
              c.name(),
              c.effectiveSenders(),
              Status.ADD_RECEIVED,
              null,
              c,
              null));
    }
    return ok(
        iq,
        base.withContents(contents),
        List.of(new SessionEvent.ContentAddRequested(j.contents())));
  }

  /** content-accept: the peer takes contents we added. */
  static Outcome accept(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireStatus(s, iq, j, Status.ADD_SENT, "content-accept");
    if (refused != null) {
      return refused;
    }
    Map<ContentKey, Content> byKey = byKey(j.contents());
    JingleSession after =
        s.mapContents(
            c -> {
              Content accepted = byKey.get(c.key());
              return accepted == null
                  ? c
                  : c.withStatus(Status.IN_SESSION)
                      .withRemote(accepted)
                      .withSenders(sendersOf(accepted, c));
            });
    return ok(iq, after, List.of(new SessionEvent.ContentAccepted(j.contents())));
  }

  /** content-reject: the peer declines contents we added. */
  static Outcome reject(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireStatus(s, iq, j, Status.ADD_SENT, "content-reject");
    if (refused != null) {
      return refused;
    }
    JingleSession after =
        s.withContents(Incoming.without(s.contents(), ContentKey.of(j.contents()), c -> true));
    return ok(iq, after, List.of(new SessionEvent.ContentRejected(j.contents(), j.reason())));
  }

  /**
   * content-remove: a delta of contents to drop. Contents already gone are acknowledged and
   * ignored, since both parties may remove the same content at once.
   */
  static Outcome remove(JingleSession s, Iq iq, Jingle j) {
    if (j.contents().isEmpty()) {
      return fail(s, iq, Errors.badRequest("content-remove: no content"));
    }
    List<Content> removed = new ArrayList<>(j.contents().size());
    for (Content c : j.contents()) {
      if (s.content(ContentKey.of(c)).isPresent()) {
        removed.add(c);
      }
    }
    if (removed.isEmpty()) {
      return ok(iq, s, List.of());
    }
    JingleSession after =
        s.withContents(Incoming.without(s.contents(), ContentKey.of(removed), c -> true));
    return ok(iq, after, List.of(new SessionEvent.ContentRemoved(removed, j.reason())));
  }

  /** content-modify: new senders for existing contents; never answered with content-accept. */
  static Outcome modify(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireExisting(s, iq, j, "content-modify");
    if (refused != null) {
      return refused;
    }
    for (Content c : j.contents()) {
      if (c.senders() == null) {
        return fail(s, iq, Errors.badRequest("content-modify without senders for " + key(c)));
      }
    }
    if (s.role() == Creator.INITIATOR && ourRequestConcerns(s, JingleAction.CONTENT_MODIFY, j)) {
      return fail(s, iq, Errors.tieBreak());
    }
    Map<ContentKey, Content> byKey = byKey(j.contents());
    JingleSession after =
        s.mapContents(
            c -> {
              Content m = byKey.get(c.key());
              return m == null ? c : c.withSenders(sendersOf(m, c));
            });
    List<SessionEvent> events = new ArrayList<>(j.contents().size());
    for (Content c : j.contents()) {
      events.add(
          new SessionEvent.ContentModified(c.effectiveCreator(), c.name(), c.effectiveSenders()));
    }
    return ok(iq, after, events);
  }

  /** description-info: parameters of an application format we must understand. */
  static Outcome descriptionInfo(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireExisting(s, iq, j, "description-info");
    if (refused != null) {
      return refused;
    }
    for (Content c : j.contents()) {
      if (c.description() == null) {
        return fail(s, iq, Errors.badRequest("description-info without description"));
      }
      if (Definitions.unknown(c.description())) {
        return fail(s, iq, Errors.unsupportedInfo());
      }
    }
    return ok(iq, s, List.of(new SessionEvent.DescriptionInfo(j.contents())));
  }

  /** security-info: data for a security precondition, passed on. */
  static Outcome securityInfo(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireExisting(s, iq, j, "security-info");
    if (refused != null) {
      return refused;
    }
    return ok(iq, s, List.of(new SessionEvent.SecurityInfo(j.contents())));
  }

  /** transport-info: candidates in a transport we must understand. */
  static Outcome transportInfo(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireExisting(s, iq, j, "transport-info");
    if (refused != null) {
      return refused;
    }
    for (Content c : j.contents()) {
      if (c.transport() == null) {
        return fail(s, iq, Errors.badRequest("transport-info without transport"));
      }
      if (Definitions.unknown(c.transport())) {
        return fail(s, iq, Errors.unsupportedInfo());
      }
    }
    return ok(iq, s, List.of(new SessionEvent.TransportInfo(j.contents())));
  }

  /** transport-replace: the peer proposes new transports; we answer accept or reject. */
  static Outcome transportReplace(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireExisting(s, iq, j, "transport-replace");
    if (refused != null) {
      return refused;
    }
    boolean oursPending = false;
    for (Content c : j.contents()) {
      if (c.transport() == null) {
        return fail(s, iq, Errors.badRequest("transport-replace without transport"));
      }
      Replacement r = s.content(ContentKey.of(c)).orElseThrow().replacement();
      oursPending |= r != null && !r.byPeer();
    }
    if (oursPending && s.role() == Creator.INITIATOR) {
      return fail(s, iq, Errors.tieBreak());
    }
    // As responder, the initiator's replacement overrules ours (its conflict answer follows).
    Map<ContentKey, Content> byKey = byKey(j.contents());
    JingleSession after =
        s.mapContents(
            c -> {
              Content r = byKey.get(c.key());
              return r == null ? c : c.withReplacement(new Replacement(true, r.transport()));
            });
    return ok(iq, after, List.of(new SessionEvent.TransportReplaceRequested(j.contents())));
  }

  /** transport-accept: the peer takes our transport-replace and gives its own new transport. */
  static Outcome transportAccept(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireOurReplacement(s, iq, j, "transport-accept");
    if (refused != null) {
      return refused;
    }
    Map<ContentKey, Content> byKey = byKey(j.contents());
    JingleSession after =
        s.mapContents(
            c -> {
              Content a = byKey.get(c.key());
              if (a == null) {
                return c;
              }
              Content local = c.local();
              Content remote = c.remote();
              Replacement r = c.replacement();
              return c.withReplacement(null)
                  .withLocal(
                      local == null || r == null ? local : local.withTransport(r.transport()))
                  .withRemote(
                      remote == null
                          ? a
                          : remote.withTransport(
                              a.transport() != null ? a.transport() : remote.transport()));
            });
    return ok(iq, after, List.of(new SessionEvent.TransportAccepted(j.contents())));
  }

  /** transport-reject: the peer keeps the current transports. */
  static Outcome transportReject(JingleSession s, Iq iq, Jingle j) {
    Outcome refused = requireOurReplacement(s, iq, j, "transport-reject");
    if (refused != null) {
      return refused;
    }
    Map<ContentKey, Content> byKey = byKey(j.contents());
    JingleSession after =
        s.mapContents(c -> byKey.containsKey(c.key()) ? c.withReplacement(null) : c);
    return ok(iq, after, List.of(new SessionEvent.TransportRejected(j.contents())));
  }

  // --- preconditions ----------------------------------------------------------------------------

  /** bad-request unless every named content exists (in whatever status). */
  private static @Nullable Outcome requireExisting(
      JingleSession s, Iq iq, Jingle j, String action) {
    if (j.contents().isEmpty()) {
      return fail(s, iq, Errors.badRequest(action + ": no content"));
    }
    for (Content c : j.contents()) {
      if (s.content(ContentKey.of(c)).isEmpty()) {
        return fail(s, iq, Errors.badRequest(action + " for unknown content " + key(c)));
      }
    }
    return null;
  }

  /** out-of-order unless every named content is in {@code status} (answering our content-add). */
  private static @Nullable Outcome requireStatus(
      JingleSession s, Iq iq, Jingle j, Status status, String action) {
    if (j.contents().isEmpty()) {
      return fail(s, iq, Errors.badRequest(action + ": no content"));
    }
    for (Content c : j.contents()) {
      SessionContent sc = s.content(ContentKey.of(c)).orElse(null);
      if (sc == null || sc.status() != status) {
        return fail(s, iq, Errors.outOfOrder(action + " without a content-add of " + key(c)));
      }
    }
    return null;
  }

  /** out-of-order unless every named content has a transport-replace of ours pending. */
  private static @Nullable Outcome requireOurReplacement(
      JingleSession s, Iq iq, Jingle j, String action) {
    if (j.contents().isEmpty()) {
      return fail(s, iq, Errors.badRequest(action + ": no content"));
    }
    for (Content c : j.contents()) {
      SessionContent sc = s.content(ContentKey.of(c)).orElse(null);
      Replacement r = sc == null ? null : sc.replacement();
      if (r == null || r.byPeer()) {
        return fail(s, iq, Errors.outOfOrder(action + " without a transport-replace of " + key(c)));
      }
    }
    return null;
  }

  /** Whether one of our unanswered requests of this action concerns a content the action names. */
  private static boolean ourRequestConcerns(JingleSession s, JingleAction action, Jingle j) {
    for (PendingRequest p : s.pending()) {
      if (p.action() == action) {
        for (Content c : j.contents()) {
          if (p.concerns(ContentKey.of(c))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<ContentKey> keysOf(JingleSession s, Status status) {
    List<ContentKey> keys = new ArrayList<>();
    for (SessionContent c : s.contents()) {
      if (c.status() == status) {
        keys.add(c.key());
      }
    }
    return keys;
  }

  private static Map<ContentKey, Content> byKey(List<Content> contents) {
    Map<ContentKey, Content> map = new HashMap<>();
    for (Content c : contents) {
      map.put(ContentKey.of(c), c);
    }
    return map;
  }
}
