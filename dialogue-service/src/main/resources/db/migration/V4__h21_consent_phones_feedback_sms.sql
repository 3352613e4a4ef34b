-- Consent with votes and participants' statements, like contributions: did the young person
-- agree that what they said may be used? Statements written by officials need no consent.
ALTER TABLE vote ADD COLUMN consent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dialogue_statement ADD COLUMN consent BOOLEAN NOT NULL DEFAULT TRUE;

-- A phone number a young person left at a pop-up to hear "what happened next", waiting to be
-- handed over to survey-service (which keeps numbers encrypted and sends the SMS). It is not
-- linked to any contribution, vote or participant, and the row is deleted as soon as
-- survey-service has the number; only the date is kept.
CREATE TABLE phone_handover (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dialogue_id     BIGINT       NOT NULL,
  idempotency_key VARCHAR(128) NOT NULL,
  phone_number    VARCHAR(20)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME     NOT NULL,
  created_on      DATE         NOT NULL,
  CONSTRAINT uq_handover_key UNIQUE (idempotency_key),
  INDEX ix_handover_due (next_attempt_at),
  CONSTRAINT fk_handover_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who gets a dialogue's "what happened next" by SMS: survey-service's keyed hash of the number
-- only (the number itself is kept by survey-service alone).
CREATE TABLE dialogue_phone (
  dialogue_id BIGINT   NOT NULL,
  phone_hash  CHAR(64) NOT NULL,
  added_on    DATE     NOT NULL,
  PRIMARY KEY (dialogue_id, phone_hash),
  CONSTRAINT fk_phone_dialogue FOREIGN KEY (dialogue_id) REFERENCES dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The SMS hand-over of a "what happened next" message to survey-service: an outbox row, written
-- in the same transaction as the message and retried until survey-service answers 202.
CREATE TABLE feedback_sms (
  feedback_id     BIGINT       NOT NULL PRIMARY KEY,
  status          VARCHAR(16)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME     NOT NULL,
  recipients      INT          NULL,
  queued          INT          NULL,
  detail          VARCHAR(500) NULL,
  INDEX ix_feedback_sms_due (status, next_attempt_at),
  CONSTRAINT fk_feedback_sms FOREIGN KEY (feedback_id) REFERENCES dialogue_feedback (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
