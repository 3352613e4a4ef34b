-- The codebook: a theme is a Lucene query over the answers' text (shared by all municipalities).
CREATE TABLE theme (
  theme_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
  label_sv    VARCHAR(200) NOT NULL,
  label_en    VARCHAR(200) NOT NULL,
  description TEXT         NOT NULL,
  lucene_query TEXT        NOT NULL,
  changed_by  VARCHAR(200) NOT NULL,
  changed_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Manual coding beside the query: one answer pinned into (include) or out of (exclude) a theme.
CREATE TABLE theme_pin (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  theme_key  VARCHAR(64)  NOT NULL,
  item_id    VARCHAR(255) NOT NULL,
  mode       VARCHAR(10)  NOT NULL,
  changed_by VARCHAR(200) NOT NULL,
  changed_at DATETIME(3)  NOT NULL,
  UNIQUE KEY theme_pin_item (theme_key, item_id),
  CONSTRAINT theme_pin_theme FOREIGN KEY (theme_key) REFERENCES theme (theme_key) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A possible disclosure of harm found in an answer as it was indexed; one per answer.
CREATE TABLE safeguarding_flag (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id      VARCHAR(255) NOT NULL,
  municipality VARCHAR(16)  NOT NULL,
  categories   VARCHAR(200) NOT NULL,
  text         TEXT         NOT NULL,
  created      DATETIME(3)  NOT NULL,
  status       VARCHAR(10)  NOT NULL,
  changed_by   VARCHAR(200) NULL,
  changed_at   DATETIME(3)  NULL,
  UNIQUE KEY safeguarding_flag_item (item_id),
  KEY safeguarding_flag_municipality (municipality, created)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
