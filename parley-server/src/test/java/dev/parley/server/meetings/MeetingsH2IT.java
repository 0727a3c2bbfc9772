/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.server.store.H2Databases;
import dev.parley.server.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;

/** The meeting service on H2, Parley's default store. */
class MeetingsH2IT extends MeetingsContract {
  private static final H2Databases H2 = new H2Databases();

  @Override
  TestDatabases databases() {
    return H2;
  }

  @AfterAll
  static void deleteFiles() {
    H2.release();
  }
}
