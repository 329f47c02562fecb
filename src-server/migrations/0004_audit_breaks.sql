-- The audit log (docs/sync-protocol.md §9): audit events are ordinary records
-- of table `audit`, each in its device's hash chain. The server checks each
-- event against the one before it as it arrives, and `verify-audit` checks
-- every chain again; a break is kept here, never refused: the event itself is
-- stored, nothing is lost.

-- One break of a chain: which event, what kind (src-shared/audit/event.ts
-- ChainBreak), which device pushed the event and when it was found. Each
-- event is flagged at most once per kind, however often it is checked.
CREATE TABLE audit_breaks (
  id bigserial PRIMARY KEY,
  chain text NOT NULL,
  seq bigint NOT NULL,
  record_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('altered', 'unlinked', 'gap')),
  device_id uuid NOT NULL REFERENCES devices (id),
  district text NOT NULL,
  -- 'arrival': found by the push that stored the event; 'verify': by a full re-check.
  detected_by text NOT NULL CHECK (detected_by IN ('arrival', 'verify')),
  detected_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (record_id, kind)
);

-- The event before (and any other at) a number of a chain, found by one
-- index lookup as each event arrives. The number is compared as the text the
-- JSON holds rather than cast to an integer: a cast in an index would make
-- any row whose seq is not a whole number (one altered in the database) fail
-- to write at all, and then it could not be flagged.
CREATE INDEX records_audit_chain ON records ((data ->> 'chain'), (data ->> 'seq')) WHERE tbl = 'audit';
