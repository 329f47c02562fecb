-- The sync protocol (docs/sync-protocol.md): each device's last applied
-- mutation, pulls across all tables of a district, and resumable uploads.

-- The last mutation id applied for a device; a push advances it in the same
-- transaction as the mutation it applies.
CREATE TABLE device_mutations (
  device_id uuid PRIMARY KEY REFERENCES devices (id),
  last_mutation_id bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A district device pulls its district's changes of every table in revision order.
CREATE INDEX records_by_district_rev ON records (district, rev);

-- An attachment upload in progress, one per attachment and district.
CREATE TABLE attachment_uploads (
  sha256 text NOT NULL,
  district text NOT NULL,
  length integer NOT NULL,
  received integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, district)
);

-- The chunks received so far, each stored once (no rewriting of what came before).
CREATE TABLE attachment_upload_chunks (
  sha256 text NOT NULL,
  district text NOT NULL,
  "offset" integer NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (sha256, district, "offset"),
  FOREIGN KEY (sha256, district) REFERENCES attachment_uploads (sha256, district) ON DELETE CASCADE
);
