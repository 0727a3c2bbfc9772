/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies a content within a session: its creator and its name (XEP-0166 § 7.3). The
 * creator never changes, whichever party later sends actions about the content; a content without
 * {@code creator} is the initiator's (the XEP's default, which Dino relies on).
 *
 * @param creator the party that created the content
 * @param name the content name
 */
public record ContentKey(Creator creator, String name) {
  public ContentKey {
    requireNonNull(creator, "creator");
    requireNonNull(name, "name");
  }

  /** The key of a content element, its creator defaulting to initiator. */
  public static ContentKey of(Content content) {
    return new ContentKey(content.effectiveCreator(), content.name());
  }

  /** The keys of these contents, in order. */
  static List<ContentKey> of(List<Content> contents) {
    List<ContentKey> keys = new ArrayList<>(contents.size());
    for (Content c : contents) {
      keys.add(of(c));
    }
    return List.copyOf(keys);
  }

  @Override
  public String toString() {
    return creator.xml() + ":" + name;
  }
}
