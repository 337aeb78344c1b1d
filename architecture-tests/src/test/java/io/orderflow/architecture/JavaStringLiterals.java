package io.orderflow.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals (text blocks included) of a Java source, without its comments: enough of a
 * lexer to tell SQL in code from a schema named in a comment.
 */
final class JavaStringLiterals {

  private JavaStringLiterals() {}

  /** A literal's text as written (escapes not processed) and the line it starts on. */
  record Literal(int line, String text) {}

  static List<Literal> in(String source) {
    List<Literal> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = endOfLine(source, i);
      } else if (source.startsWith("/*", i)) {
        i = after(source, "*/", i + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = closing(source, "\"\"\"", i + 3);
        literals.add(new Literal(lineOf(source, i), source.substring(i + 3, end)));
        i = end + 3;
      } else if (source.charAt(i) == '"') {
        int end = closing(source, "\"", i + 1);
        literals.add(new Literal(lineOf(source, i), source.substring(i + 1, end)));
        i = end + 1;
      } else if (source.charAt(i) == '\'') {
        i = closing(source, "'", i + 1) + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  /** The index of the unescaped delimiter that closes a literal opened before {@code from}. */
  private static int closing(String source, String delimiter, int from) {
    int i = from;
    while (i < source.length() && !source.startsWith(delimiter, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, source.length());
  }

  private static int lineOf(String source, int index) {
    return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int endOfLine(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }

  private static int after(String source, String token, int from) {
    int end = source.indexOf(token, from);
    return end < 0 ? source.length() : end + token.length();
  }
}
