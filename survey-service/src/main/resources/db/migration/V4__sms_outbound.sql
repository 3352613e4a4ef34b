-- Outgoing SMS. One row per message to one phone (known only by its keyed hash; the number is
-- looked up, decrypted, at the moment of sending). status: queued, sending, sent, delivered,
-- failed, undelivered, simulated, skipped_opted_out, invalid, unknown (send outcome not known
-- after a crash: never resent blindly, left for a person to look at).
-- next_attempt_at: when a queued row is due; while "sending", when its claim expires.
CREATE TABLE sms_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  phone_hash      CHAR(64)     NOT NULL,
  body            TEXT         NOT NULL,
  purpose         VARCHAR(100) NOT NULL,
  status          VARCHAR(24)  NOT NULL,
  twilio_sid      VARCHAR(64)  NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)  NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  sent_at         DATETIME(3)  NULL,
  error_code      INT          NULL,
  error_message   VARCHAR(200) NULL,
  -- A send for one purpose (e.g. one feedback message) can never queue the same person twice.
  CONSTRAINT uq_sms_outbox_phone_purpose UNIQUE (phone_hash, purpose),
  CONSTRAINT uq_sms_outbox_twilio_sid UNIQUE (twilio_sid),
  INDEX ix_sms_outbox_due (status, next_attempt_at),
  INDEX ix_sms_outbox_purpose (purpose, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The per-sender pace (rate limit) shared by every instance: a sender (From number or Messaging
-- Service SID) may next send at available_at. Locked while an instance claims messages.
CREATE TABLE sms_sender_pace (
  sender       VARCHAR(64) NOT NULL PRIMARY KEY,
  available_at DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "What happened next" (återkoppling): an official's message about a survey (or, asked by
-- dialogue-service, a dialogue), sent by SMS and shown on the survey's public page.
CREATE TABLE feedback (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  survey_id    BIGINT       NULL,
  dialogue_id  VARCHAR(64)  NULL,
  message_sv   TEXT         NOT NULL,
  message_en   TEXT         NULL,
  sms_body     TEXT         NOT NULL,
  recipients   INT          NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_feedback_survey FOREIGN KEY (survey_id) REFERENCES surveys (id),
  INDEX ix_feedback_survey (survey_id, id),
  INDEX ix_feedback_dialogue (dialogue_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
