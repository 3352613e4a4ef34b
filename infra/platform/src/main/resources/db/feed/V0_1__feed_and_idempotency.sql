-- Shared by every service that publishes a feed (see se.hord.platform.feed).
-- feed_sequence has one row per feed; locking it in the writing transaction makes
-- feed positions commit in order, so a reader that remembers "last position" never skips.
CREATE TABLE feed_sequence (
  name     VARCHAR(32) NOT NULL PRIMARY KEY,
  last_seq BIGINT      NOT NULL
) ENGINE = InnoDB;

INSERT INTO feed_sequence (name, last_seq) VALUES ('feed', 0);

CREATE TABLE feed_item (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  item_id      VARCHAR(190) NOT NULL,
  municipality CHAR(4)      NOT NULL,
  payload      MEDIUMTEXT   NOT NULL,
  CONSTRAINT uq_feed_item_id UNIQUE (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An Idempotency-Key remembers the answer it was given, so a retry gets the same answer.
CREATE TABLE idempotency_key (
  scope        VARCHAR(64)  NOT NULL,
  idem_key     VARCHAR(128) NOT NULL,
  request_hash CHAR(64)     NOT NULL,
  status       INT          NOT NULL,
  body         MEDIUMTEXT   NOT NULL,
  created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (scope, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
