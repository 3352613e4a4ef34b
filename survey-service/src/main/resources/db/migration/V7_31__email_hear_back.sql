-- An e-mail address left on the thank-you page to hear back (issue 3), kept like phone numbers:
-- named by a keyed hash, the address only AES-GCM encrypted, deleted after the retention. Nothing
-- here refers to a response.
CREATE TABLE email_contact (
  email_hash      CHAR(64)     NOT NULL PRIMARY KEY,
  email_encrypted VARCHAR(512) NOT NULL,
  kept_until      DATE         NOT NULL,
  INDEX ix_email_contact_until (kept_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE email_feedback_optin (
  email_hash  CHAR(64) NOT NULL,
  survey_id   BIGINT   NOT NULL,
  opted_in_on DATE     NOT NULL,
  PRIMARY KEY (email_hash, survey_id),
  CONSTRAINT fk_email_feedback_optin_contact FOREIGN KEY (email_hash)
    REFERENCES email_contact (email_hash) ON DELETE CASCADE,
  CONSTRAINT fk_email_feedback_optin_survey FOREIGN KEY (survey_id) REFERENCES surveys (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
