/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * One value shown in a notification: a text shown as is, an amount or a date formatted in the
 * recipient's language.
 */
public sealed interface TemplateValue {

  /**
   * A text value.
   *
   * @param text the text, not blank
   * @return the value
   * @throws IllegalArgumentException for a blank text
   */
  static TemplateValue text(String text) {
    return new Text(text);
  }

  /**
   * An amount, written in the recipient's language.
   *
   * @param amount the amount
   * @return the value
   */
  static TemplateValue amount(Money amount) {
    return new Amount(amount);
  }

  /**
   * A date, written in the recipient's language.
   *
   * @param date the date
   * @return the value
   */
  static TemplateValue date(LocalDate date) {
    return new Day(date);
  }

  /**
   * A text (a building's name, a reference), shown as is; never blank.
   *
   * @param text the text, not blank
   */
  record Text(String text) implements TemplateValue {
    /**
     * Checks the text.
     *
     * @param text the text, not blank
     * @throws IllegalArgumentException for a blank text
     */
    public Text {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a template text is not blank");
      }
    }
  }

  /**
   * An amount of money, formatted per language ({@code 1 234,56 €} in French).
   *
   * @param amount the amount
   */
  record Amount(Money amount) implements TemplateValue {
    /**
     * Checks the amount is given.
     *
     * @param amount the amount
     */
    public Amount {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * A calendar date, formatted per language ({@code 15 mars 2026} in French).
   *
   * @param date the date
   */
  record Day(LocalDate date) implements TemplateValue {
    /**
     * Checks the date is given.
     *
     * @param date the date
     */
    public Day {
      Objects.requireNonNull(date, "date");
    }
  }
}
