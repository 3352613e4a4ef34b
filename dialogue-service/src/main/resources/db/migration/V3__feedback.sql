-- "What happened next": what the municipality did with a dialogue's results, shown on the
-- dialogue's public page (Swedish first, English optional). Who sent it is the official's
-- account name, never a young person's.
CREATE TABLE dialogue_feedback (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id BIGINT        NOT NULL,
  message_sv  TEXT          NOT NULL,
  message_en  TEXT          NULL,
  sent_by     VARCHAR(190)  NOT NULL,
  sent_at     DATETIME      NOT NULL,
  INDEX ix_feedback_dialogue (dialogue_id, id),
  CONSTRAINT fk_feedback_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
