/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.commands.Command.Action;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * The actions allowed at a stage of a command (XEP-0050 § 3.4, § 4.2): {@code <actions
 * [execute='next']><prev/><next/><complete/></actions>}.
 *
 * <p>{@code cancel} is always allowed. {@code execute} is an alias of the action named by the
 * {@code execute} attribute, {@code next} when the attribute is absent (§ 3.4). A stage whose
 * effective {@code execute} is not among the allowed actions is invalid for the XEP; such an
 * element is still read (see {@link #isConsistent()}).
 *
 * @param execute what {@code execute} stands for ({@code prev}, {@code next} or {@code complete}),
 *     or {@code null}
 * @param prev whether {@code <prev/>} is present
 * @param next whether {@code <next/>} is present
 * @param complete whether {@code <complete/>} is present
 * @param ext unknown attributes, and unknown or repeated children
 */
public record Actions(
    @Nullable Action execute, boolean prev, boolean next, boolean complete, Extensions ext)
    implements XmlElement {

  public Actions {
    requireNonNull(ext, "ext");
    if (execute == Action.EXECUTE || execute == Action.CANCEL) {
      throw new IllegalArgumentException("execute='" + execute.xml() + "' is not allowed");
    }
  }

  /** Actions allowing {@code allowed}, with {@code execute} standing for {@code defaultAction}. */
  public static Actions of(@Nullable Action defaultAction, Action... allowed) {
    boolean prev = false;
    boolean next = false;
    boolean complete = false;
    for (Action a : allowed) {
      switch (a) {
        case PREV -> prev = true;
        case NEXT -> next = true;
        case COMPLETE -> complete = true;
        case EXECUTE, CANCEL -> throw new IllegalArgumentException(a.xml() + " is implicit");
      }
    }
    return new Actions(defaultAction, prev, next, complete, Extensions.NONE);
  }

  /** What {@code execute} stands for: the attribute, or {@code next} by default (§ 3.4). */
  public Action effectiveExecute() {
    return execute == null ? Action.NEXT : execute;
  }

  /** Whether the requester may send {@code action} at this stage. */
  public boolean allows(Action action) {
    return switch (action) {
      case CANCEL -> true;
      case PREV -> prev;
      case NEXT -> next;
      case COMPLETE -> complete;
      case EXECUTE -> allows(effectiveExecute());
    };
  }

  /** Whether {@code execute} stands for an allowed action, as § 3.4 requires. */
  public boolean isConsistent() {
    return allows(effectiveExecute());
  }
}
