-- Outgoing e-mail (feedback to addresses left on the thank-you page), shaped like sms_outbox: one
-- row per message to one address (known only by its keyed hash; the address is decrypted at the
-- moment of sending). status: queued, sending, sent, failed, simulated (no SMTP host configured), unknown.
CREATE TABLE email_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email_hash      CHAR(64)     NOT NULL,
  subject         VARCHAR(200) NOT NULL,
  body            TEXT         NOT NULL,
  purpose         VARCHAR(100) NOT NULL,
  status          VARCHAR(24)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)  NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  sent_at         DATETIME(3)  NULL,
  error_message   VARCHAR(200) NULL,
  CONSTRAINT uq_email_outbox_address_purpose UNIQUE (email_hash, purpose),
  INDEX ix_email_outbox_due (status, next_attempt_at),
  INDEX ix_email_outbox_purpose (purpose, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
