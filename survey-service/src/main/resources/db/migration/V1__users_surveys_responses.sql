-- Accounts: officials, ambassadors and admins. Passwords are PBKDF2 hashes with their own salt.
CREATE TABLE users (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  roles          VARCHAR(255) NOT NULL,
  municipalities VARCHAR(1000) NOT NULL,
  safeguarding   BOOLEAN      NOT NULL DEFAULT FALSE,
  created_on     DATE         NOT NULL,
  CONSTRAINT uq_users_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A survey: its definition as JSON; municipality and status as columns to filter and guard on.
CREATE TABLE surveys (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(64)  NOT NULL,
  municipality CHAR(4)      NOT NULL,
  title        VARCHAR(500) NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  definition   MEDIUMTEXT   NOT NULL,
  created_on   DATE         NOT NULL,
  CONSTRAINT uq_surveys_slug UNIQUE (slug),
  INDEX ix_surveys_municipality (municipality)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One young person's answers. Only the date: no time, IP address or user agent, on purpose.
CREATE TABLE responses (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  survey_id   BIGINT      NOT NULL,
  answered_on DATE        NOT NULL,
  channel     VARCHAR(8)  NOT NULL,
  answers     MEDIUMTEXT  NOT NULL,
  CONSTRAINT fk_responses_survey FOREIGN KEY (survey_id) REFERENCES surveys (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
