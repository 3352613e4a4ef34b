-- Response ids are handed out in blocks (ResponseIds), so a batch of answers can be written with one
-- multi-row INSERT whose ids are known before it runs. Every insert takes its id from here.
CREATE TABLE id_block (
  name    VARCHAR(32) NOT NULL PRIMARY KEY,
  next_id BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_block (name, next_id) SELECT 'response', COALESCE(MAX(id), 0) + 1 FROM responses;
