/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/**
 * Every statement the stores run, in one place. One dialect for PostgreSQL and H2 in its PostgreSQL
 * mode, standard SQL only (no {@code ON CONFLICT}); parameters are positional, and each constant's
 * Javadoc gives them in order. The tables are described in the migrations ({@code
 * db/migration/V1__meetings_quotas_landing_links.sql} and the later ones).
 *
 * <p>The stores run these through {@link Transactor}, which prepares each one once per connection
 * and reuses it (a request must not build statement objects: at thousands of requests per second
 * with Jdbi they were a third of what a meeting request allocated).
 */
enum Sql {
  // --- quota_requester: one row per requester key (RequesterKey), its sliding-window log --------

  /** {@code requester_key} → {@code requests}, the row locked until the transaction ends. */
  QUOTA_LOCK("select requests from quota_requester where requester_key = ? for update"),

  /** {@code requests, newest, requester_key}: the log after a grant (same order as the insert). */
  QUOTA_UPDATE("update quota_requester set requests = ?, newest = ? where requester_key = ?"),

  /** {@code requests, newest, requester_key}: a requester's first log. */
  QUOTA_INSERT("insert into quota_requester (requests, newest, requester_key) values (?, ?, ?)"),

  /** {@code before}: forgets requesters whose newest request is older. */
  QUOTA_PRUNE("delete from quota_requester where newest < ?"),

  /** → {@code requester_key, requests} of every requester (read by a {@link QuotaLedger} once). */
  QUOTA_LOGS("select requester_key, requests from quota_requester"),

  // --- quota_grant: one row appended per granted request (QuotaLedger) -------------------------

  /** {@code grant_key, requester_key, granted}. */
  QUOTA_GRANT_INSERT(
      "insert into quota_grant (grant_key, requester_key, granted) values (?, ?, ?)"),

  /** → {@code grant_key, requester_key, granted} of every grant. */
  QUOTA_GRANTS("select grant_key, requester_key, granted from quota_grant"),

  /** {@code key}: deletes the grants whose key is below it. */
  QUOTA_GRANT_PRUNE("delete from quota_grant where grant_key < ?"),

  // --- meeting: primary key (type, id) ---------------------------------------------------------

  /**
   * {@code type, id, requester, description, created, expires, initiate_url, invite_url, type, id}:
   * inserts the meeting unless a row holds {@code (type, id)}; a racing insert is refused by the
   * primary key.
   */
  MEETING_INSERT_IF_FREE(
      """
      insert into meeting (type, id, requester, description, created, expires, initiate_url, invite_url)
      select ?, ?, ?, ?, ?, ?, ?, ?
      where not exists (select 1 from meeting where type = ? and id = ?)"""),

  /** {@code type, id, now}: deletes the row of {@code (type, id)} if its meeting has expired. */
  MEETING_DELETE_EXPIRED("delete from meeting where type = ? and id = ? and expires <= ?"),

  /** {@code initiate_url, invite_url, type, id}: stores the links of a pending reservation. */
  MEETING_COMPLETE(
      "update meeting set initiate_url = ?, invite_url = ?"
          + " where type = ? and id = ? and initiate_url is null"),

  /** {@code type, id}: frees a reservation still waiting for its links. */
  MEETING_RELEASE("delete from meeting where type = ? and id = ? and initiate_url is null"),

  /** {@code type, id, now} → the meeting's columns, if it has not expired. */
  MEETING_FIND(
      "select type, id, requester, description, created, expires, initiate_url, invite_url"
          + " from meeting where type = ? and id = ? and expires > ?"),

  /** {@code now}: deletes expired meetings. */
  MEETING_PRUNE("delete from meeting where expires <= ?"),

  // --- landing_link: primary key token_hash ----------------------------------------------------

  /** {@code token_hash, type, meeting_id, role, expires}. */
  LANDING_LINK_INSERT(
      "insert into landing_link (token_hash, type, meeting_id, role, expires)"
          + " values (?, ?, ?, ?, ?)"),

  /** {@code token_hash, now} → {@code type, meeting_id, role, expires}, if not expired. */
  LANDING_LINK_FIND(
      "select type, meeting_id, role, expires from landing_link"
          + " where token_hash = ? and expires > ?"),

  /** {@code now}: deletes expired links. */
  LANDING_LINK_PRUNE("delete from landing_link where expires <= ?");

  private final String text;

  Sql(String text) {
    this.text = text;
  }

  /** The statement's text, as prepared. */
  String text() {
    return text;
  }
}
