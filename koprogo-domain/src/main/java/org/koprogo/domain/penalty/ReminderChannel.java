/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

/** How a reminder is sent. */
public enum ReminderChannel {
  /** An e-mail or an electronic message. */
  EMAIL,
  /** An ordinary letter. */
  LETTER,
  /** A registered letter: the form of a formal notice (mise en demeure / ingebrekestelling). */
  REGISTERED_LETTER;

  /**
   * Whether a reminder in this form goes on paper whatever electronic notice the owner also
   * receives: a letter, or a registered letter (a formal notice must be provable).
   *
   * @return true for {@link #LETTER} and {@link #REGISTERED_LETTER}
   */
  public boolean onPaper() {
    return this != EMAIL;
  }
}
