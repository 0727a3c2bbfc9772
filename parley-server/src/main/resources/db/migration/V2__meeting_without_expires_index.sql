-- Parley's schema, version 2: no index on meeting.expires.
--
-- Every meeting request inserts a meeting row, and each index of the table is one more entry written per request (on
-- H2 one more B-tree path copied on write and again at commit). The index only
-- served pruning, which runs every few minutes (parley.store.prune-interval) and can afford to scan the table, as it
-- already does for quota_requester.newest (docs/PERFORMANCE.md, "Meeting links").
drop index meeting_expires;
