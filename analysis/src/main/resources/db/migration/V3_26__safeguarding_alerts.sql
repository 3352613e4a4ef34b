-- Safeguarding alerts: each new flag is reported once to survey-service, which texts the
-- municipality's designated officials (no quote). alerted_at is set when survey-service accepted
-- it; until then alert_attempts and alert_next_at pace the retries (they survive a restart).
ALTER TABLE safeguarding_flag
  ADD COLUMN alerted_at     DATETIME(3) NULL,
  ADD COLUMN alert_attempts INT         NOT NULL DEFAULT 0,
  ADD COLUMN alert_next_at  DATETIME(3) NULL;

-- Flags from before alerts existed are not texted now.
UPDATE safeguarding_flag SET alerted_at = created;

CREATE INDEX ix_safeguarding_flag_alert ON safeguarding_flag (alerted_at, alert_next_at);
