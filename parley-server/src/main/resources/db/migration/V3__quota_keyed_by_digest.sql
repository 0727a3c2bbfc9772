-- Parley's schema, version 3: the quota row keyed by a 64-bit digest of the requester.
--
-- With the bare JID as its primary key, a quota_requester row lived in two B-trees on H2 (the table's data keyed by
-- an internal row id, and the key's index pointing into it), each touched at a random place by every request and,
-- on an update, rewritten in both. A bigint primary key is H2's row key itself: one B-tree, one random leaf per
-- request (docs/PERFORMANCE.md, "Meeting links"). PostgreSQL is indifferent to the change.
--
-- requester_key is the first 8 bytes of the SHA-256 digest of the bare JID's UTF-8 form, as a signed big-endian
-- bigint (dev.parley.server.store.RequesterKey). Two bare JIDs whose digests agree there would share a quota; with a
-- million requesters the chance that any two do is about 3 in 100 million. The JID itself is not stored here (the
-- meeting rows record who asked).
--
-- The logs of the old table are not carried over (no portable SQL computes the digest): every requester's window
-- starts afresh at the upgrade.
drop table quota_requester;
create table quota_requester (
  requester_key bigint not null,
  requests bytea not null,
  newest timestamp with time zone not null,
  constraint quota_requester_pkey primary key (requester_key)
);
