/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  @Test
  void uuidsAreVersion4IetfVariantAndDistinct() {
    IdGenerator ids = IdGenerator.uuids(new Random(42));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ids.next();
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(id).matches("[0-9a-f-]{36}");
      assertThat(seen.add(id)).isTrue();
    }
    // the same seed gives the same ids: deterministic when tests want it
    assertThat(IdGenerator.uuids(new Random(7)).next())
        .isEqualTo(IdGenerator.uuids(new Random(7)).next());
  }

  @Test
  void sequencesCountFromOne() {
    IdGenerator ids = IdGenerator.sequence("iq");
    assertThat(ids.next()).isEqualTo("iq1");
    assertThat(ids.next()).isEqualTo("iq2");
  }
}
