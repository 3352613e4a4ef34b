-- A half-answered web form, found again by its random resume token (cookie or link). No IP
-- address, user agent or time: the date it expires only. On submit the answers are removed and
-- only the response id is kept, so a second submit shows the same thank-you page.
CREATE TABLE form_drafts (
  token       VARCHAR(64)  NOT NULL PRIMARY KEY,
  survey_id   BIGINT       NOT NULL,
  answers     MEDIUMTEXT   NOT NULL,
  page        INT          NOT NULL,
  age_band    VARCHAR(16)  NULL,
  response_id BIGINT       NULL,
  expires_on  DATE         NOT NULL,
  INDEX ix_form_drafts_expires (expires_on),
  CONSTRAINT fk_form_drafts_survey FOREIGN KEY (survey_id) REFERENCES surveys (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The respondent's age as a band (e.g. 13-15), never the age itself; null when not asked.
ALTER TABLE responses ADD COLUMN age_band VARCHAR(16) NULL;
