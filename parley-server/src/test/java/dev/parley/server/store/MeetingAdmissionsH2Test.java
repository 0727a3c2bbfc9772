/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/** {@link MeetingAdmissionsContract} on an H2 file database. */
class MeetingAdmissionsH2Test extends MeetingAdmissionsContract {
  MeetingAdmissionsH2Test() {
    super(new H2Databases());
  }
}
