/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Shape checks on the contents of an action; each returns what is wrong, or {@code null}. */
final class Definitions {
  private Definitions() {}

  /**
   * At least one content, no two with the same key, and, when {@code full}, each with a description
   * and a transport (session-initiate § 6.2, session-accept § 7.2.8, content-add § 7.2.2).
   */
  static @Nullable String problem(List<Content> contents, boolean full) {
    if (contents.isEmpty()) {
      return "no content";
    }
    Set<ContentKey> seen = new HashSet<>();
    for (Content c : contents) {
      ContentKey key = ContentKey.of(c);
      if (!seen.add(key)) {
        return "content " + key + " appears twice";
      }
      if (full && c.description() == null) {
        return "content " + key + " has no description";
      }
      if (full && c.transport() == null) {
        return "content " + key + " has no transport";
      }
    }
    return null;
  }

  /** A session-initiate's contents: complete, created by the initiator, one of them a session. */
  static @Nullable String initiateProblem(List<Content> offer) {
    String problem = problem(offer, true);
    if (problem != null) {
      return problem;
    }
    boolean session = false;
    for (Content c : offer) {
      if (c.effectiveCreator() != Creator.INITIATOR) {
        return "content " + ContentKey.of(c) + " of a session-initiate must be the initiator's";
      }
      session |= c.isSessionDisposition();
    }
    // XEP-0166 § 7.2.10: at least one content with disposition 'session', else bad-request.
    return session ? null : "no content has disposition 'session'";
  }

  /** Whether a description, transport or payload is one no codec knows (read as foreign XML). */
  static boolean unknown(@Nullable XmlElement element) {
    return element instanceof ForeignElement;
  }
}
