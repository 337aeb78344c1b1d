package io.orderflow.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The user's time zone, as the browser reported it at login (UTC if it did not), and times shown in
 * it.
 */
@Named
@SessionScoped
public class UserZone implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private ZoneId zone = ZoneOffset.UTC;

  /** Keeps a zone id such as "Europe/Paris"; ignores one it does not know. */
  public void use(String zoneId) {
    if (zoneId == null || zoneId.isBlank()) {
      return;
    }
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      zone = ZoneOffset.UTC;
    }
  }

  public ZoneId zone() {
    return zone;
  }

  public String getZoneId() {
    return zone.getId();
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /** With milliseconds, for timelines where events follow each other closely. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }
}
