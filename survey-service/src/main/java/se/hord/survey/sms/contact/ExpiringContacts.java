package se.hord.survey.sms.contact;

/**
 * Contact details kept for a young person only as long as the retention allows (phone numbers,
 * e-mail addresses); {@link NumberRetention} deletes the expired ones of every kind each hour.
 */
public interface ExpiringContacts {
  /** Deletes what has passed its retention; how many were deleted. */
  int forgetExpired();

  /** What these are, for the log: "phone numbers", "e-mail addresses". */
  String what();
}
