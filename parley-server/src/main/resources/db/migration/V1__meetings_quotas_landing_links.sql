-- Parley's schema, version 1: meetings, quota records, landing links.
--
-- One dialect for both databases Parley supports: PostgreSQL, and H2 in its PostgreSQL mode (the default URL sets
-- MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE). Plain standard SQL only: no ON CONFLICT, no sequences, no database
-- functions. Instants are UTC, stored as timestamp with time zone to the microsecond.
-- Never edit a migration that has been released: add V2__….sql instead (Flyway checks the checksums).

-- A meeting holds its (type, id) from its reservation until it expires. The primary key is what decides between
-- concurrent reservations of one id, in one Parley process or several sharing a PostgreSQL database.
-- initiate_url and invite_url stay null while the provider creates the meeting.
create table meeting (
  type varchar(255) not null,
  id varchar(512) not null,
  requester varchar(2047) not null,
  description varchar(65535),
  created timestamp with time zone not null,
  expires timestamp with time zone not null,
  initiate_url varchar(8192),
  invite_url varchar(8192),
  constraint meeting_pkey primary key (type, id)
);
create index meeting_expires on meeting (expires);

-- The quota's sliding-window log, one row per requester (bare JID) with requests granted in the window: `requests`
-- holds their instants as 8-byte big-endian microseconds since the epoch, oldest first, at most the quota's limit of
-- them, and `newest` the last one (pruning forgets requesters whose newest request has left the window). A decision
-- locks the row (SELECT ... FOR UPDATE), so that concurrent requests of one requester are counted one after the other,
-- and rewrites it: one row read and one written per request, whatever the limit. `newest` has no index on purpose:
-- every request would have to move its entry, while pruning (every few minutes) can afford to scan the table.
create table quota_requester (
  requester varchar(2047) not null,
  requests bytea not null,
  newest timestamp with time zone not null,
  constraint quota_requester_pkey primary key (requester)
);

-- Landing-page links. Only the SHA-256 digest of each token is stored, never the token itself.
create table landing_link (
  token_hash varchar(64) not null,
  type varchar(255) not null,
  meeting_id varchar(512) not null,
  role varchar(64) not null,
  expires timestamp with time zone not null,
  constraint landing_link_pkey primary key (token_hash)
);
create index landing_link_expires on landing_link (expires);
