/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.Money;

/**
 * Reminds the owners of a building who are in arrears: for each owner, the reminder their
 * statement of account says is due as of a day (the domain's {@code OwnerStatement.reminder}: the
 * level of the reminder policy reached by the oldest overdue installment, about the amount
 * actually overdue), issued once per owner and step (the level and the oldest overdue
 * installment). An issued step queues one {@code PAYMENT_REMINDER} notice on the owner's chosen
 * channel and writes the audit entry {@code PaymentReminderIssued} (subject {@code
 * owner-reminder/<owner>/<level>@<installment>}), all owners in one unit of work: running it again
 * the same day, or later at the same step, issues nothing more; a later level, or a new arrear
 * after payment, is a new step. A level whose form is a letter or a registered letter (a formal
 * notice) is also for the post, whatever the electronic notice.
 */
public interface RemindOwnersInArrears {

  /**
   * Which building, as of which day, and who runs it.
   *
   * @param organisation the organisation's id
   * @param building the building whose owners are reminded
   * @param asOf the day of the statements
   * @param actor who runs it, as the audit trail records it
   */
  record Command(
      @NotBlank @Size(max = 100) String organisation,
      @NotBlank @Size(max = 200) String building,
      @NotNull LocalDate asOf,
      @NotBlank @Size(max = 200) String actor) {}

  /**
   * One owner's reminder.
   *
   * @param owner the owner's id
   * @param level the level reached ({@code FRIENDLY_REMINDER}, {@code FIRM_REMINDER}, {@code
   *     FORMAL_NOTICE} under the standard policy)
   * @param daysOverdue days since the oldest overdue installment's due date
   * @param overdue the unpaid principal of the overdue installments
   * @param oldestDueOn the due date of the oldest overdue installment
   * @param channel the channel of the notice ({@code POST}: none)
   * @param reason why that channel
   * @param queued whether a notice was queued electronically
   * @param byPost whether the syndic sends this reminder on paper: the level's form is a letter,
   *     or no notice was queued; false for a step issued before
   * @param issuedBefore true when this step was issued by an earlier run: nothing was done now
   */
  record Reminded(String owner, String level, long daysOverdue, Money overdue, LocalDate oldestDueOn,
      ContactChannel channel, ChannelChoice.Reason reason, boolean queued, boolean byPost, boolean issuedBefore) {
    /**
     * Checks the parts.
     *
     * @param owner never null
     * @param level never null
     * @param daysOverdue the days
     * @param overdue never null
     * @param oldestDueOn never null
     * @param channel null when issued before
     * @param reason null when issued before
     * @param queued whether a notice was queued
     * @param byPost whether on paper
     * @param issuedBefore whether issued by an earlier run
     */
    public Reminded {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(overdue, "overdue");
      Objects.requireNonNull(oldestDueOn, "oldestDueOn");
    }
  }

  /**
   * What a run did.
   *
   * @param asOf the day of the statements
   * @param reminders the owners in arrears, in the order of the building's lots
   */
  record Run(LocalDate asOf, List<Reminded> reminders) {
    /**
     * Copies the list.
     *
     * @param asOf the day
     * @param reminders the reminders
     */
    public Run {
      Objects.requireNonNull(asOf, "asOf");
      reminders = List.copyOf(reminders);
    }

    /**
     * The reminders the syndic sends on paper now.
     *
     * @return the reminders with {@code byPost}
     */
    public List<Reminded> byPost() {
      return reminders.stream().filter(Reminded::byPost).toList();
    }
  }

  /**
   * Issues the reminders due as of {@code command.asOf()} to the building's owners.
   *
   * @param command the building, the day and the actor
   * @return each owner in arrears with what was done
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED} for an invalid
   *     command, {@code NOT_FOUND} for an unknown building
   */
  Run remind(Command command);

  /**
   * Issues the reminders due as of the day a client names ({@link #remind(Command)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param run the day of the statements, as the client sends it
   * @param actor who runs the reminders (audited)
   * @return each owner in arrears with what was done
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #remind(Command)}
   */
  default Run remind(String organisation, String building, AsOf run, String actor) {
    return remind(new Command(organisation, building, run.asOf(), actor));
  }

  /**
   * The day of the statements of a run, as a client sends it.
   *
   * @param asOf the day (required)
   */
  record AsOf(LocalDate asOf) {}
}
