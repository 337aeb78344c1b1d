package io.orderflow.web.access.domain;

import java.util.regex.Pattern;

/** Account names are short and plain, so they are safe in logs, headers and audit lines. */
public final class AccountName {

  public static final String PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  private AccountName() {}

  public static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }

  public static String require(String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          "an account name is 2 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    return name;
  }
}
