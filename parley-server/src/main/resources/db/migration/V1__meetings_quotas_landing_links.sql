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

-- One row per requester (bare JID) with recorded requests: acquiring a quota locks it (SELECT ... FOR UPDATE), so
-- that concurrent requests of one requester are counted one after the other.
create table quota_requester (
  requester varchar(2047) not null,
  constraint quota_requester_pkey primary key (requester)
);

-- The sliding-window log: one row per granted request. Rows older than the quota window are pruned.
create table quota_request (
  requester varchar(2047) not null,
  requested_at timestamp with time zone not null
);
create index quota_request_requester on quota_request (requester, requested_at);
create index quota_request_requested_at on quota_request (requested_at);

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
