-- What readers other than the IOC get of a picture: a copy without its metadata (EXIF GPS and
-- camera, IPTC, XMP, comments), with its own SHA-256 (PRODUCT.md §17). Its bytes are a blob of
-- their own in media_chunks.
CREATE TABLE media_public (
    sha256         TEXT PRIMARY KEY,      -- the original
    public_sha256  TEXT NOT NULL,         -- the copy (shared by originals that differ only in metadata)
    size           BIGINT NOT NULL,
    blob_id        TEXT NOT NULL
);
CREATE INDEX media_public_copy ON media_public (public_sha256);
