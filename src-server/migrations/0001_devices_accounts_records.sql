-- Staff accounts, devices and their enrolment codes, synced records and
-- attachments. Released migrations are never edited: add a new file instead.

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('city', 'district', 'admin')),
  district text NOT NULL,
  password_hash text NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('city', 'district', 'admin')),
  district text NOT NULL,
  -- SHA-256 of the bearer token; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE enrolment_codes (
  -- SHA-256 of the normalised code; the code itself is never stored.
  code_hash text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('city', 'district', 'admin')),
  district text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id uuid REFERENCES devices (id),
  -- Printed by the server itself on a start without any admin device.
  bootstrap boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The server's global revision: every change to a record takes the next one.
CREATE SEQUENCE record_revision;

CREATE TABLE records (
  tbl text NOT NULL,
  id uuid NOT NULL,
  district text NOT NULL,
  rev bigint NOT NULL UNIQUE,
  deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_device uuid NOT NULL REFERENCES devices (id),
  PRIMARY KEY (tbl, id)
);

CREATE INDEX records_by_district ON records (tbl, district, rev);

CREATE TABLE attachments (
  sha256 text PRIMARY KEY,
  size integer NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which districts may read an attachment: those that uploaded it.
CREATE TABLE attachment_districts (
  sha256 text NOT NULL REFERENCES attachments (sha256),
  district text NOT NULL,
  PRIMARY KEY (sha256, district)
);
