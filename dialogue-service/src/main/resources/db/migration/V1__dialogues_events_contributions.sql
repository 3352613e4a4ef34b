-- Dialogues: a few open prompts and statements, owned by one municipality.
CREATE TABLE dialogue (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  municipality CHAR(4)       NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  description  TEXT          NOT NULL,
  created_at   DATETIME      NOT NULL,
  INDEX ix_dialogue_municipality (municipality)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The open questions an ambassador asks, in the order the official gave them.
CREATE TABLE dialogue_prompt (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id BIGINT        NOT NULL,
  position    INT           NOT NULL,
  prompt_key  VARCHAR(64)   NOT NULL,
  text        VARCHAR(1000) NOT NULL,
  CONSTRAINT uq_prompt_key UNIQUE (dialogue_id, prompt_key),
  CONSTRAINT fk_prompt_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statements participants agree or disagree with.
CREATE TABLE dialogue_statement (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id   BIGINT        NOT NULL,
  position      INT           NOT NULL,
  statement_key VARCHAR(64)   NOT NULL,
  text          VARCHAR(1000) NOT NULL,
  CONSTRAINT uq_statement_key UNIQUE (dialogue_id, statement_key),
  CONSTRAINT fk_statement_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pop-up event of a dialogue; ambassadors join it with its short code.
CREATE TABLE popup_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id BIGINT        NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  place       VARCHAR(200)  NOT NULL,
  starts_at   DATETIME      NOT NULL,
  ends_at     DATETIME      NOT NULL,
  join_code   CHAR(6)       NOT NULL,
  created_at  DATETIME      NOT NULL,
  CONSTRAINT uq_event_join_code UNIQUE (join_code),
  CONSTRAINT fk_event_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a young person said at a pop-up. Only the date is kept: no time, address or device.
CREATE TABLE contribution (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id   BIGINT        NOT NULL,
  prompt_key VARCHAR(64)   NOT NULL,
  text       TEXT          NOT NULL,
  age_band   VARCHAR(40)   NULL,
  gender     VARCHAR(40)   NULL,
  area       VARCHAR(100)  NULL,
  consent    BOOLEAN       NOT NULL,
  created_on DATE          NOT NULL,
  INDEX ix_contribution_event (event_id, id),
  CONSTRAINT fk_contribution_event FOREIGN KEY (event_id) REFERENCES popup_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
