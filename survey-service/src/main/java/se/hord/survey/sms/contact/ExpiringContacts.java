package se.hord.survey.sms.contact;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Contact details kept for a young person only as long as the retention allows (phone numbers,
 * e-mail addresses); {@link NumberRetention} deletes the expired ones of every kind each hour.
 */
public interface ExpiringContacts {
  /** Deletes what has passed its retention; how many were deleted. */
  int forgetExpired();

  /** What these are, for the log: "phone numbers", "e-mail addresses". */
  String what();

  /** Today in UTC, the day retention is counted in. */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** The last day a contact kept today may be kept (at least one day). */
  static LocalDate retainedUntil(SmsSettings settings) {
    return today().plusDays(Math.max(1, settings.getNumberRetention().toDays()));
  }
}
