/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/** {@link MeetingStoreContract} on an H2 file database. */
class MeetingStoreH2Test extends MeetingStoreContract {
  MeetingStoreH2Test() {
    super(new H2Databases());
  }
}
