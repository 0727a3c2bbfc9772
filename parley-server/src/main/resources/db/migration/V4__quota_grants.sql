-- Parley's schema, version 4: quota grants appended in time order, for a database only one Parley process uses.
--
-- On embedded H2 (a file or in-memory database only this process can open) the quota is decided in memory
-- (dev.parley.server.store.QuotaLedger): every requester's window is held there, and each granted request is
-- recorded here, one row appended per request. Nothing in this table is ever updated or looked up by requester:
-- the rows are read once, when the process opens the database, to rebuild the windows, and deleted from the oldest
-- end by pruning. On H2 the table grows at its right-hand end, so a request writes no B-tree page at a random
-- place (quota_requester rewrote one per request: docs/PERFORMANCE.md, "Meeting links").
--
-- A database that several processes share (PostgreSQL, H2 over TCP or with AUTO_SERVER=TRUE) keeps deciding in
-- quota_requester under a row lock, and this table stays empty there. When an H2 database written by an earlier
-- version is opened, its quota_requester logs are read too, and age out with pruning.
--
-- grant_key orders the rows: QuotaLedger makes each one larger than the last and never below the request's instant
-- in microseconds since the epoch times 256, so new rows go to the right-hand end and pruning deletes a range at the
-- left. On H2 a bigint primary key is the row key itself: one B-tree, one append per grant. requester_key is
-- RequesterKey's digest of the bare JID, as in quota_requester; granted is the request's instant.
create table quota_grant (
  grant_key bigint not null,
  requester_key bigint not null,
  granted timestamp with time zone not null,
  constraint quota_grant_pkey primary key (grant_key)
);
