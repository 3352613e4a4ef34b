-- An official's own phone number for safeguarding alerts (optional), AES-GCM encrypted like the
-- numbers in sms_contact (HORD_SMS_ENCRYPTION_KEY); never a young person's number.
ALTER TABLE users ADD COLUMN phone_encrypted VARCHAR(255) NULL;
