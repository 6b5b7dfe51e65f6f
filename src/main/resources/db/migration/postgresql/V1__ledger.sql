-- The append-only ledger: transactions and the record versions they assert or retract.
CREATE TABLE tx (
    id          BIGINT PRIMARY KEY,
    recorded_at TEXT   NOT NULL UNIQUE,  -- UTC, fixed microsecond precision: text order is time order
    author      TEXT   NOT NULL,
    reason      TEXT   NOT NULL
);

CREATE TABLE record (
    tx_id     BIGINT  NOT NULL REFERENCES tx (id),
    seq       INTEGER NOT NULL,
    record_id TEXT    NOT NULL,  -- an entity id, or a statement id (natural key # ordinal)
    owner     TEXT    NOT NULL,  -- the entity whose bundle file holds the record
    kind      TEXT    NOT NULL,  -- entity | memberships | participation | lifecycle | participants
    op        TEXT    NOT NULL CHECK (op IN ('assert', 'retract')),
    body      TEXT,              -- JSON of the asserted version; NULL for a retraction
    PRIMARY KEY (tx_id, seq)
);
CREATE INDEX record_by_id ON record (record_id, tx_id);

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only';
END
$$;
CREATE TRIGGER tx_append_only BEFORE UPDATE OR DELETE ON tx FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER record_append_only BEFORE UPDATE OR DELETE ON record FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
