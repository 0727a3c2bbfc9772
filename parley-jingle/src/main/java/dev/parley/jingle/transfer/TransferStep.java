/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one input does to a transfer machine.
 *
 * @param machine the machine afterwards; {@code null} when the input refused to start one
 * @param actions what the shell does, in order
 * @param <M> the machine's type
 */
public record TransferStep<M>(@Nullable M machine, List<TransferAction> actions) {
  public TransferStep {
    actions = List.copyOf(actions);
  }

  static <M> TransferStep<M> of(@Nullable M machine, TransferAction... actions) {
    return new TransferStep<>(machine, List.of(actions));
  }
}
