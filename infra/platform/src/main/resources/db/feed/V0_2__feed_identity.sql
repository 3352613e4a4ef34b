-- Each feed gets an identity. Cursors carry it, so a reader holding a cursor from a feed that
-- was since replaced (a database restored or re-created) is told to start over instead of
-- silently waiting past the end of the new feed.
ALTER TABLE feed_sequence ADD COLUMN feed_id CHAR(36) NULL;
UPDATE feed_sequence SET feed_id = UUID() WHERE feed_id IS NULL;
