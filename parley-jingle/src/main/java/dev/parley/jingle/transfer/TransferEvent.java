/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.StanzaError;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/** What a transfer machine tells the application, through {@link TransferAction.Report}. */
public sealed interface TransferEvent {

  /** Transferee: the attendant asks; decide with {@link Transferee#decide}. */
  record Asked(TransferRequest request) implements TransferEvent {
    public Asked {
      requireNonNull(request, "request");
    }
  }

  /** Transferee: the request was acknowledged, the attendant held and the target dialled. */
  record Started(TransferRequest request) implements TransferEvent {
    public Started {
      requireNonNull(request, "request");
    }
  }

  /** Transferee: the target answered; the session with the attendant ends {@code transferred}. */
  record Completed(TransferRequest request) implements TransferEvent {
    public Completed {
      requireNonNull(request, "request");
    }
  }

  /**
   * Transferee: the request was refused (by policy, by the application, or as malformed); {@code
   * request} is {@code null} when it named no usable target.
   */
  record Refused(@Nullable TransferRequest request, StanzaError error) implements TransferEvent {
    public Refused {
      requireNonNull(error, "error");
    }
  }

  /**
   * Transferee: the target could not be reached or declined, or the transfer was cancelled; the
   * attendant was taken off hold if its session is still up.
   *
   * @param reason the target's reason, when it gave one
   */
  record Failed(TransferRequest request, String why, @Nullable Reason reason)
      implements TransferEvent {
    public Failed {
      requireNonNull(request, "request");
      requireNonNull(why, "why");
    }
  }

  /** Transferor: how the transfer ended. */
  record Finished(TransferOutcome outcome) implements TransferEvent {
    public Finished {
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Target: the session {@code replacement} from the transferee replaced {@code replaced}, our
   * session with the attendant, which was ended {@code transferred}.
   */
  record Replaced(SessionKey replaced, SessionKey replacement, Jid attendant)
      implements TransferEvent {
    public Replaced {
      requireNonNull(replaced, "replaced");
      requireNonNull(replacement, "replacement");
      requireNonNull(attendant, "attendant");
    }
  }
}
