/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * Parley's list of 1024 common English words ({@code words.txt} beside this class), for readable
 * room names such as {@code maple-harbor-violin-quiet-otter-lunar}.
 *
 * <p>Each word is drawn uniformly and independently from 1024 = 2<sup>10</sup> words, so a name of
 * {@code n} words carries exactly {@code 10 × n} bits of entropy ({@link #BITS_PER_WORD}): 60 bits
 * for the default six words, 130 bits for thirteen. Words are joined with {@code -}, all lower-case
 * a–z, so the name survives Jitsi's lower-casing and needs no percent-encoding.
 */
public final class WordList {
  /** The number of words in the list. */
  public static final int SIZE = 1024;

  /** Entropy of one word drawn uniformly from the list: log2(1024). */
  public static final int BITS_PER_WORD = 10;

  private final List<String> words;

  private WordList(List<String> words) {
    this.words = words;
  }

  /** Loads and checks the bundled list. */
  public static WordList load() {
    try (InputStream in = WordList.class.getResourceAsStream("words.txt")) {
      if (in == null) {
        throw new IllegalStateException("words.txt is missing beside " + WordList.class);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> words = new ArrayList<>(SIZE);
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return of(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read words.txt", e);
    }
  }

  /** A list of exactly {@link #SIZE} distinct words of 3 to 8 letters a–z. */
  static WordList of(List<String> words) {
    if (words.size() != SIZE) {
      throw new IllegalStateException("the word list has " + words.size() + " words, not " + SIZE);
    }
    if (new HashSet<>(words).size() != SIZE) {
      throw new IllegalStateException("the word list repeats words");
    }
    for (String w : words) {
      if (!w.matches("[a-z]{3,8}")) {
        throw new IllegalStateException("'" + w + "' is not 3 to 8 letters a-z");
      }
    }
    return new WordList(List.copyOf(words));
  }

  public List<String> words() {
    return words;
  }

  /** {@code count} words drawn uniformly and independently, joined with {@code -}. */
  public String name(int count, SecureRandom random) {
    StringJoiner name = new StringJoiner("-");
    for (int i = 0; i < count; i++) {
      name.add(words.get(random.nextInt(SIZE)));
    }
    return name.toString();
  }
}
