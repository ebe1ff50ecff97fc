-- A key change in progress: both keys (as SQLCipher key literals; the new raw key as well when the
-- OS keyring holds it), written before either file is re-encrypted. The row travels inside the
-- replica through its re-encryption, so whichever key opens the replica next, the program learns
-- the other one, finishes re-encrypting the replica and the media cache, updates the keyring, and
-- deletes the row. Readable only with the replica's key, like everything else in it.
CREATE TABLE rekey_journal (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    old_key   BLOB NOT NULL,
    new_key   BLOB NOT NULL,
    new_raw   BLOB
);
