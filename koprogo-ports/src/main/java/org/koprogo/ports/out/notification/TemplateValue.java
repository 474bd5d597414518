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

  static TemplateValue text(String text) {
    return new Text(text);
  }

  static TemplateValue amount(Money amount) {
    return new Amount(amount);
  }

  static TemplateValue date(LocalDate date) {
    return new Day(date);
  }

  /** A text (a building's name, a reference), shown as is; never blank. */
  record Text(String text) implements TemplateValue {
    public Text {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a template text is not blank");
      }
    }
  }

  /** An amount of money, formatted per language ({@code 1 234,56 €} in French). */
  record Amount(Money amount) implements TemplateValue {
    public Amount {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** A calendar date, formatted per language ({@code 15 mars 2026} in French). */
  record Day(LocalDate date) implements TemplateValue {
    public Day {
      Objects.requireNonNull(date, "date");
    }
  }
}
