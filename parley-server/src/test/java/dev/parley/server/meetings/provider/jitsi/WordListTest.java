/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {
  private final WordList list = WordList.load();

  @Test
  void theBundledListHas1024DistinctShortLowerCaseWords() {
    assertThat(list.words()).hasSize(1024).doesNotHaveDuplicates();
    assertThat(list.words()).allMatch(w -> w.matches("[a-z]{3,8}"));
    assertThat(WordList.SIZE).isEqualTo(1 << WordList.BITS_PER_WORD);
  }

  @Test
  void namesAreTheRequestedNumberOfListWordsJoinedWithHyphens() {
    SecureRandom random = new SecureRandom();
    Set<String> known = new HashSet<>(list.words());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String name = list.name(6, random);
      String[] words = name.split("-");
      assertThat(words).hasSize(6);
      assertThat(known).contains(words);
      names.add(name);
    }
    assertThat(names).hasSize(200);
  }

  @Test
  void namesAreValidJitsiRoomNamesInCanonicalForm() throws Exception {
    String name = list.name(13, new SecureRandom());
    assertThat(JitsiRoomNames.canonical(name)).isEqualTo(name);
  }

  @Test
  void drawsUseTheWholeList() {
    // 20000 draws from 1024 words: a word missing would be a bias (the chance of that with a
    // uniform draw is about 1024 × e^-19.5, negligible).
    SecureRandom random = new SecureRandom();
    Set<String> drawn = new HashSet<>();
    for (String w : list.name(20_000, random).split("-")) {
      drawn.add(w);
    }
    assertThat(drawn).hasSize(1024);
  }

  @Test
  void aListThatIsNotExactly1024DistinctWordsIsRefused() {
    List<String> words = new ArrayList<>(list.words());
    words.remove(0);
    assertThatThrownBy(() -> WordList.of(words))
        .hasMessage("the word list has 1023 words, not 1024");
    words.add(words.get(0));
    assertThatThrownBy(() -> WordList.of(words)).hasMessage("the word list repeats words");
    words.set(1023, "Capital");
    assertThatThrownBy(() -> WordList.of(words)).hasMessage("'Capital' is not 3 to 8 letters a-z");
  }
}
