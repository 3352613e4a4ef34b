-- SMS contacts: a phone number is known by its keyed hash (HMAC-SHA256). The number itself is
-- kept only AES-GCM encrypted, only while it is needed (an open conversation, or feedback the
-- young person asked for), and is deleted after number_until.
CREATE TABLE sms_contact (
  phone_hash        CHAR(64)     NOT NULL PRIMARY KEY,
  opted_out         BOOLEAN      NOT NULL DEFAULT FALSE,
  invalid           BOOLEAN      NOT NULL DEFAULT FALSE,
  number_encrypted  VARCHAR(255) NULL,
  number_reason     VARCHAR(64)  NULL,
  number_until      DATE         NULL,
  INDEX ix_sms_contact_number_until (number_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who asked to hear back what happened with a survey ("återkoppling").
CREATE TABLE sms_feedback_optin (
  phone_hash  CHAR(64) NOT NULL,
  survey_id   BIGINT   NOT NULL,
  opted_in_on DATE     NOT NULL,
  PRIMARY KEY (phone_hash, survey_id),
  CONSTRAINT fk_sms_feedback_optin_survey FOREIGN KEY (survey_id) REFERENCES surveys (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One SMS conversation: which survey, where it is, the answers so far (deleted into a response
-- when done). last_activity_at is only for expiring idle conversations.
CREATE TABLE sms_conversation (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  phone_hash       CHAR(64)     NOT NULL,
  survey_id        BIGINT       NOT NULL,
  state            VARCHAR(16)  NOT NULL,
  question_key     VARCHAR(64)  NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  answers          MEDIUMTEXT   NOT NULL,
  last_activity_at DATETIME     NOT NULL,
  INDEX ix_sms_conversation_phone (phone_hash, state),
  CONSTRAINT fk_sms_conversation_survey FOREIGN KEY (survey_id) REFERENCES surveys (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every inbound message once, by Twilio's MessageSid, with the reply we gave: a repeated
-- delivery gets the same reply and changes nothing. The message text is not kept here.
CREATE TABLE sms_inbound (
  message_sid VARCHAR(64)  NOT NULL PRIMARY KEY,
  phone_hash  CHAR(64)     NOT NULL,
  reply       TEXT         NOT NULL,
  received_on DATE         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
