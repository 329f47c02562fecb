-- A district may read a file the city uploaded when one of its records refers
-- to it (src-server/attachments.ts): the records whose attachment fields hold
-- a fingerprint are found by JSONB containment (data @> …), which this index
-- answers without reading every record. Without the pending list (fastupdate)
-- each write goes straight into the index, so a read never has to scan a list
-- that only VACUUM would empty (the embedded database has no autovacuum).
CREATE INDEX records_data_containment ON records USING gin (data jsonb_path_ops) WITH (fastupdate = off);
