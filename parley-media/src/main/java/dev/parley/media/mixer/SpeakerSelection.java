/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

/**
 * Which participants are mixed: the K loudest talkers (app_konference's and Asterisk softmix's
 * design, docs/PERFORMANCE.md). Only they get a personal mix-minus; everyone else hears the mix of
 * the K, encoded once per codec. Pure logic, one instance per room, tick thread only.
 *
 * <p>Per tick each participant reports a level in dBov (RFC 6464's audio level when the client
 * sends it, else the level of its decoded frame), or {@link #NOT_TALKING} when it has no audio
 * (idle, muted, held). The ranking uses a smoothed level that rises at once and falls by {@link
 * #RELEASE_DB_PER_TICK} per tick, so the pauses between words keep a talker selected; a selected
 * talker is also favoured by {@link #HYSTERESIS_DB}, so two talkers of nearly equal level do not
 * swap every tick. A participant whose level is digital silence is never selected.
 */
public final class SpeakerSelection {
  /** The level of a participant without audio this tick. */
  public static final double NOT_TALKING = -127;

  /**
   * Below this audio level (RFC 6464, from the RTP header) a participant that is not selected is
   * not even decoded: nothing it says could be heard in the mix.
   */
  public static final double SILENT_DBOV = -60;

  /** How fast the smoothed level falls, in dB per 20 ms tick (25 dB/s). */
  public static final double RELEASE_DB_PER_TICK = 0.5;

  /** The advantage of a selected talker in the ranking. */
  public static final double HYSTERESIS_DB = 6;

  private final int k;
  private int[] order = new int[16];

  /** Selects at most {@code k} talkers. */
  public SpeakerSelection(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    this.k = k;
  }

  /**
   * One tick: updates each participant's smoothed level from its level this tick and selects the
   * talkers. The state lives in the caller's arrays (indexed by participant, so membership changes
   * need nothing here): {@code smoothed} and {@code selected} carry over from the previous tick (a
   * newcomer starts at {@link #NOT_TALKING} and unselected).
   *
   * @param levels this tick's levels, dBov, or {@link #NOT_TALKING}
   * @param smoothed in: last tick's smoothed levels; out: this tick's
   * @param selected in: last tick's selection; out: this tick's
   * @param n how many participants
   * @return how many are selected
   */
  public int update(double[] levels, double[] smoothed, boolean[] selected, int n) {
    for (int i = 0; i < n; i++) {
      double l = levels[i];
      smoothed[i] =
          l <= NOT_TALKING
              ? NOT_TALKING // muted, held, idle: out at once
              : Math.max(l, smoothed[i] - RELEASE_DB_PER_TICK);
    }
    if (order.length < n) {
      order = new int[Math.max(n, order.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // partial selection sort of the top k by score (n is tens to hundreds, k a few)
    int chosen = 0;
    for (; chosen < Math.min(k, n); chosen++) {
      int best = -1;
      double bestScore = NOT_TALKING;
      for (int j = chosen; j < n; j++) {
        int p = order[j];
        if (smoothed[p] <= NOT_TALKING) {
          continue;
        }
        double score = smoothed[p] + (selected[p] ? HYSTERESIS_DB : 0);
        if (best < 0 || score > bestScore) {
          best = j;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      int t = order[chosen];
      order[chosen] = order[best];
      order[best] = t;
    }
    java.util.Arrays.fill(selected, 0, n, false);
    for (int i = 0; i < chosen; i++) {
      selected[order[i]] = true;
    }
    return chosen;
  }

  public int k() {
    return k;
  }
}
