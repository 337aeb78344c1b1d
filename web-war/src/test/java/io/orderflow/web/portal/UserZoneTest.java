package io.orderflow.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserZoneTest {

  private static final Instant NOON_UTC = Instant.parse("2026-01-15T12:00:00.250Z");

  @Test
  void shows_times_in_utc_until_the_browser_reports_a_zone() {
    assertThat(new UserZone().dateTime(NOON_UTC)).isEqualTo("2026-01-15 12:00:00");
  }

  @Test
  void shows_times_in_the_zone_the_browser_reported() {
    UserZone zone = new UserZone();
    zone.use("Europe/Paris");

    assertThat(zone.dateTime(NOON_UTC)).isEqualTo("2026-01-15 13:00:00");
    assertThat(zone.time(NOON_UTC)).isEqualTo("13:00:00.250");
  }

  @Test
  void falls_back_to_utc_for_a_zone_it_does_not_know() {
    UserZone zone = new UserZone();
    zone.use("Mars/Olympus_Mons");

    assertThat(zone.getZoneId()).isEqualTo("Z");
  }

  @Test
  void shows_nothing_for_a_time_not_known_yet() {
    assertThat(new UserZone().dateTime(null)).isEmpty();
  }
}
