/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.commands;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.commands.Note;
import dev.parley.protocol.dataform.DataForm;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * Where a command is after a step: waiting for the next form, waiting for someone else, or done.
 */
public sealed interface CommandStage {
  /**
   * The command shows {@code form} and waits. {@code allowed} are the actions offered besides
   * {@code cancel} ({@code next}, {@code complete}; {@code prev} is added by the framework when
   * there is a previous stage); {@code state} is handed back with the submission.
   */
  record Executing(
      DataForm form,
      Set<Command.Action> allowed,
      Command.Action defaultAction,
      List<Note> notes,
      @Nullable Object state)
      implements CommandStage {
    public Executing {
      requireNonNull(form, "form");
      allowed = Set.copyOf(allowed);
      requireNonNull(defaultAction, "defaultAction");
      notes = List.copyOf(notes);
    }

    /** A form to fill in and complete in one step. */
    public static Executing complete(DataForm form, @Nullable Object state) {
      return new Executing(
          form, Set.of(Command.Action.COMPLETE), Command.Action.COMPLETE, List.of(), state);
    }

    /** A form followed by further stages. */
    public static Executing next(DataForm form, @Nullable Object state) {
      return new Executing(
          form, Set.of(Command.Action.NEXT), Command.Action.NEXT, List.of(), state);
    }
  }

  /**
   * The command's next stage is not known yet: it depends on a third party (the room asked a
   * participant to transfer its call, and waits for its answer). The framework answers the IQ when
   * {@code next} completes, with that stage, or with the error of a {@code StanzaException} it
   * fails with (any other failure is {@code internal-server-error}); the router's deadline ({@code
   * parley.router.deadline}) bounds the wait.
   */
  record Pending(CompletionStage<CommandStage> next) implements CommandStage {
    public Pending {
      requireNonNull(next, "next");
    }
  }

  /** The command finished: notes and an optional result form. */
  record Completed(List<Note> notes, @Nullable DataForm result) implements CommandStage {
    public Completed {
      notes = List.copyOf(notes);
    }

    public static Completed withNote(String info) {
      return new Completed(List.of(Note.info(info)), null);
    }
  }
}
