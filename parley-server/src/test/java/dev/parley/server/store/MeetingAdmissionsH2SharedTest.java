/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/**
 * {@link MeetingAdmissionsContract} on an H2 file database other processes may reach ({@code
 * AUTO_SERVER=TRUE}), whose quota is kept in its rows ({@link RowQuota}).
 */
class MeetingAdmissionsH2SharedTest extends MeetingAdmissionsContract {
  MeetingAdmissionsH2SharedTest() {
    super(new H2Databases(";AUTO_SERVER=TRUE"));
  }
}
