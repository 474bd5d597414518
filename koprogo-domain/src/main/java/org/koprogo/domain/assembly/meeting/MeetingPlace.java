/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Where a general assembly is held, as the convocation states it (Civil Code art. 3.87 §3: the
 * convocation gives the place, the day and the hour of the meeting): one line of text, stripped of
 * leading and trailing white space, from 1 to {@value #MAX_LENGTH} characters (code points),
 * without control characters (a line break, a tab, an escape), so that it prints on a letter, a
 * PDF and a WhatsApp template parameter as it was typed. Immutable and thread-safe.
 *
 * @param text the place, stripped, never blank
 */
public record MeetingPlace(String text) {
  /** The longest place accepted, in characters (code points). */
  public static final int MAX_LENGTH = 200;

  /** The field a refusal names. */
  private static final String FIELD = "place";

  /**
   * Checks the place and strips it.
   *
   * @param text the place
   * @throws KoproGoException {@code MISSING_FIELD} (field {@code place}) when null or blank; {@code
   *     INVALID_FIELD} (field {@code place}) when longer than {@value #MAX_LENGTH} characters or
   *     holding a control character
   */
  public MeetingPlace {
    if (text == null || text.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "the meeting's place is required", "field", FIELD);
    }
    // the bound first, on the raw text, before anything walks it
    if (text.length() > 4 * MAX_LENGTH) {
      throw tooLong(text.length());
    }
    text = text.strip();
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw tooLong(length);
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD,
            "the meeting's place is one line of text without control characters (U+"
                + String.format("%04X", c) + " at " + i + ")",
            "field", FIELD, "value", "U+" + String.format("%04X", c));
      }
      i += Character.charCount(c);
    }
  }

  /**
   * The place {@code text} states, stripped of leading and trailing white space.
   *
   * @param text the place as typed
   * @return the place
   * @throws KoproGoException as the constructor
   */
  public static MeetingPlace of(String text) {
    return new MeetingPlace(text);
  }

  private static KoproGoException tooLong(int length) {
    return KoproGoException.of(ErrorCode.INVALID_FIELD,
        "the meeting's place is at most " + MAX_LENGTH + " characters, not " + length,
        "field", FIELD, "value", String.valueOf(length));
  }

  @Override
  public String toString() {
    return text;
  }
}
