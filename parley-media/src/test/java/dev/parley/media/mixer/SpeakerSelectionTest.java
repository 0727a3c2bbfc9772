/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import static dev.parley.media.mixer.SpeakerSelection.NOT_TALKING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice of the K talkers who are mixed, tick by tick. */
class SpeakerSelectionTest {
  private final SpeakerSelection selection = new SpeakerSelection(3);
  private double[] smoothed = new double[0];
  private boolean[] selected = new boolean[0];

  /** Runs one tick with these levels; returns the indices selected. */
  private List<Integer> tick(double... levels) {
    if (smoothed.length != levels.length) {
      double[] s = new double[levels.length];
      Arrays.fill(s, NOT_TALKING);
      System.arraycopy(smoothed, 0, s, 0, Math.min(smoothed.length, s.length));
      smoothed = s;
      selected = Arrays.copyOf(selected, levels.length);
    }
    int n = selection.update(levels, smoothed, selected, levels.length);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      if (selected[i]) {
        out.add(i);
      }
    }
    assertThat(out).hasSize(n);
    return out;
  }

  @Test
  void theThreeLoudestAreSelected() {
    assertThat(tick(-30, -20, -50, -25, -40, -35)).containsExactlyInAnyOrder(1, 3, 0);
  }

  @Test
  void withFewerTalkersThanKEveryTalkerIsSelectedAndSilenceNever() {
    assertThat(tick(-30, NOT_TALKING, -45)).containsExactlyInAnyOrder(0, 2);
    assertThat(tick(NOT_TALKING, NOT_TALKING, NOT_TALKING)).isEmpty();
  }

  @Test
  void aPauseBetweenWordsKeepsATalkerSelected() {
    double[] talking = {-20, -22, -24, -40};
    for (int i = 0; i < 10; i++) {
      assertThat(tick(talking)).containsExactlyInAnyOrder(0, 1, 2);
    }
    // participant 2 pauses for 200 ms (level drops to background noise): still selected
    for (int i = 0; i < 10; i++) {
      assertThat(tick(-20, -22, -55, -40)).contains(2);
    }
    // after a longer silence the quieter participant 3 takes its place
    for (int i = 0; i < 60; i++) {
      tick(-20, -22, -55, -40);
    }
    assertThat(tick(-20, -22, -55, -40)).containsExactlyInAnyOrder(0, 1, 3);
  }

  @Test
  void nearlyEqualTalkersDoNotSwapEveryTick() {
    tick(-20, -21, -22, -23);
    // participant 3 is now 2 dB louder than participant 2, but within the hysteresis
    for (int i = 0; i < 20; i++) {
      assertThat(tick(-20, -21, -23, -21)).containsExactlyInAnyOrder(0, 1, 2);
    }
    // clearly louder (by more than the hysteresis) takes over at once
    assertThat(tick(-20, -21, -30, -10)).containsExactlyInAnyOrder(3, 0, 1);
  }

  @Test
  void mutingOrHoldingDropsATalkerAtOnce() {
    assertThat(tick(-20, -25, -30, -35)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(tick(NOT_TALKING, -25, -30, -35)).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void membershipChangesNeedNoReset() {
    assertThat(tick(-20, -25)).containsExactlyInAnyOrder(0, 1);
    assertThat(tick(-20, -25, -10)).containsExactlyInAnyOrder(2, 0, 1);
    assertThat(tick(-20, -25, -10, -5, -8)).containsExactlyInAnyOrder(3, 4, 2);
  }
}
