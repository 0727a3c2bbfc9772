/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * XEP-0114 v1.6 examples (the two stream headers are tested in {@link StreamTest}: they are not
 * closed elements).
 */
class Xep0114Test {
  @Test
  void handshakes() {
    assertThat(Fixtures.roundTrip("xep-0114/example-03.xml", Handshake.class).digest())
        .isEqualTo("aaee83c26aeeafcbabeabfcbcd50df997e0a2a1e");
    assertThat(Fixtures.roundTrip("xep-0114/example-04.xml", Handshake.class))
        .isEqualTo(Handshake.ACCEPTED);
  }
}
