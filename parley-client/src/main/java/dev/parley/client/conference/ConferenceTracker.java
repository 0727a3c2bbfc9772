/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.sync.ConferenceUpdate;
import dev.parley.protocol.conference.sync.ConferenceView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conference a call's peer describes (XEP-0298 § 6): the RFC 4575 documents it sends, applied
 * to a {@link ConferenceView} (full documents replace, partial ones merge when their version is the
 * next, a skipped version makes the view stale until the next full document, a deleted one ends
 * it), and the {@link RosterEvent}s between successive views.
 *
 * <p><b>What it receives.</b> Conference-info IQ-sets from the call's peer: the document as the
 * IQ's only child (what Parley, Jitsi and SylkServer send), matched to the call by its {@code sid}
 * attribute or, without one, by the sender having one call with us; also the XEP's own form, the
 * document next to a {@code <jingle sid/>} (Smack hands the handler the last child, the document,
 * which is then matched by sender), and documents inside a session-info. Each IQ-set is answered
 * with a result, whether or not the document was applied (RFC 4575 gives a receiver no way to
 * refuse one). Matching and answering are done by {@code JingleSessions}; this class applies.
 *
 * <p><b>Threads.</b> Documents are applied and listeners called on the call session's serial
 * executor; {@link #roster()} and {@link #view()} may be read from any thread.
 */
public final class ConferenceTracker {
  private static final Logger LOG = LoggerFactory.getLogger(ConferenceTracker.class);

  private final List<Consumer<RosterEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<ConferenceInfo>> documentListeners = new CopyOnWriteArrayList<>();
  private volatile ConferenceView view = ConferenceView.EMPTY;
  private volatile List<RosterEntry> roster = List.of();

  /** A tracker with no document yet. */
  public ConferenceTracker() {}

  /**
   * Applies a received document and reports the roster's changes to the listeners, in order. Called
   * by the call session for each document its peer sends; public so that an application receiving
   * documents by other means (a test, another transport) can feed one.
   *
   * @return the events the document caused (empty when it was ignored)
   */
  public List<RosterEvent> receive(ConferenceInfo document) {
    requireNonNull(document, "document");
    for (Consumer<ConferenceInfo> l : documentListeners) {
      try {
        l.accept(document);
      } catch (RuntimeException failure) {
        LOG.warn("a document listener failed on version {}", document.version(), failure);
      }
    }
    ConferenceView before = view;
    ConferenceUpdate update = before.apply(document);
    if (update instanceof ConferenceUpdate.Ignored ignored) {
      LOG.debug("conference document {} ignored: {}", document.version(), ignored.reason());
    }
    List<RosterEvent> events = Roster.events(before, update);
    view = update.view();
    roster = List.copyOf(Roster.of(update.view()));
    for (RosterEvent e : events) {
      for (Consumer<RosterEvent> l : listeners) {
        try {
          l.accept(e);
        } catch (RuntimeException failure) {
          LOG.warn("a roster listener failed on {}", e, failure);
        }
      }
    }
    return events;
  }

  /** Listens for roster changes; close the registration to stop. */
  public AutoCloseable onEvent(Consumer<RosterEvent> listener) {
    requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Listens for the documents the focus sends, as received (full, partial or deleted, with their
   * version), before they are applied: for logs and diagnostics; close the registration to stop.
   */
  public AutoCloseable onDocument(Consumer<ConferenceInfo> listener) {
    requireNonNull(listener, "listener");
    documentListeners.add(listener);
    return () -> documentListeners.remove(listener);
  }

  /** The participants as of the last document applied, in document order. */
  public List<RosterEntry> roster() {
    return roster;
  }

  /** The view: the current document (normalised), its version, whether it is stale. */
  public ConferenceView view() {
    return view;
  }

  /** Whether a partial notification was missed since the last full document. */
  public boolean stale() {
    return view.stale();
  }

  /** Whether the focus said the conference ended. */
  public boolean ended() {
    return view.ended();
  }
}
