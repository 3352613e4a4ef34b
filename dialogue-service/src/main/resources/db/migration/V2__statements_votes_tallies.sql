-- Statements can now come from participants too: they wait for an official's decision
-- ("pending") and only "approved" ones are voted on, summarised, exported or fed to analysis.
-- Statements written by the official in the dialogue definition are approved from the start.
ALTER TABLE dialogue_statement
  ADD COLUMN status     VARCHAR(16) NOT NULL DEFAULT 'approved',
  ADD COLUMN origin     VARCHAR(16) NOT NULL DEFAULT 'official',
  ADD COLUMN event_id   BIGINT      NULL,
  ADD COLUMN created_on DATE        NULL,
  ADD INDEX ix_statement_status (dialogue_id, status, position);

-- The counters an event tallies (people reached, conversations, ...), defined per dialogue.
CREATE TABLE dialogue_counter (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  counter_key VARCHAR(64)  NOT NULL,
  label       VARCHAR(200) NOT NULL,
  CONSTRAINT uq_counter_key UNIQUE (dialogue_id, counter_key),
  CONSTRAINT fk_counter_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dialogues made before counters existed get the default ones.
INSERT INTO dialogue_counter (dialogue_id, position, counter_key, label)
  SELECT id, 0, 'conversations', 'Samtal (conversations)' FROM dialogue;
INSERT INTO dialogue_counter (dialogue_id, position, counter_key, label)
  SELECT id, 1, 'first_time_voters_reached', 'Förstagångsväljare nådda (first-time voters reached)'
  FROM dialogue;
INSERT INTO dialogue_counter (dialogue_id, position, counter_key, label)
  SELECT id, 2, 'pledged_to_vote', 'Lovade att rösta (pledged to vote)' FROM dialogue;

-- One participant's vote on one statement: 1 agree, -1 disagree, 0 pass. The participant is an
-- anonymous per-event token made by the ambassador's app; a new vote replaces the old one, so
-- there is never more than one row per participant and statement. Only the date is kept.
CREATE TABLE vote (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id     BIGINT       NOT NULL,
  statement_id BIGINT       NOT NULL,
  participant  VARCHAR(64)  NOT NULL,
  choice       TINYINT      NOT NULL,
  age_band     VARCHAR(40)  NULL,
  gender       VARCHAR(40)  NULL,
  area         VARCHAR(100) NULL,
  voted_on     DATE         NOT NULL,
  CONSTRAINT uq_vote_once UNIQUE (event_id, participant, statement_id),
  INDEX ix_vote_statement (statement_id),
  CONSTRAINT fk_vote_event FOREIGN KEY (event_id) REFERENCES popup_event (id),
  CONSTRAINT fk_vote_statement FOREIGN KEY (statement_id) REFERENCES dialogue_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bump of an event's counter (negative to correct a mistake), and who bumped it.
CREATE TABLE tally (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id    BIGINT       NOT NULL,
  counter_key VARCHAR(64)  NOT NULL,
  delta       INT          NOT NULL,
  recorded_by VARCHAR(190) NOT NULL,
  recorded_on DATE         NOT NULL,
  INDEX ix_tally_event (event_id),
  CONSTRAINT fk_tally_event FOREIGN KEY (event_id) REFERENCES popup_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
