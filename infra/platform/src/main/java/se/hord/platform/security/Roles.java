package se.hord.platform.security;

/** The roles a token may carry. */
public final class Roles {
  /** May do all an official may, in every municipality, and manage users. */
  public static final String ADMIN = "ADMIN";

  /** Works for one or more municipalities. */
  public static final String OFFICIAL = "OFFICIAL";

  /** Runs pop-up events; an event's join code gives a token scoped to that event. */
  public static final String AMBASSADOR = "AMBASSADOR";

  /** Another Hörd service, for example analysis reading the feeds. */
  public static final String SERVICE = "SERVICE";

  /** The token claim listing the municipality codes an official works for. */
  public static final String MUNICIPALITIES_CLAIM = "municipalities";

  /** The token claim naming the only event an event-scoped ambassador token is good for. */
  public static final String EVENT_CLAIM = "eventId";

  private Roles() {}
}
