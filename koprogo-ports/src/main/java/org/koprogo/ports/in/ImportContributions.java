/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import java.util.List;
import java.util.Objects;

/**
 * Use case: record many contribution entries in one unit of work (a ledger's history migrated
 * from another tool, a bank file's confirmations, a load test's data): each line goes through
 * {@link RecordContribution}'s workflow (the same checks, audit entries, timeline lines, notices
 * and funding threshold), and the batch is committed together or not at all. A line refused
 * refuses the batch: its error names the line ({@code lines[3]}) before the field.
 *
 * <p>Refusals: {@code INVALID_FIELD} (field {@code lines}: more than {@value #MAX_LINES} lines)
 * and the refusals of {@link RecordContribution}, each naming its line.
 */
public interface ImportContributions {
  /** The most lines one call takes. */
  int MAX_LINES = 1000;

  /**
   * Records the lines in order, in one unit of work.
   *
   * @param lines at most {@value #MAX_LINES} lines, in the order they are recorded (a
   *     confirmation after the declaration it resolves)
   * @return what each line recorded, in the same order
   * @throws org.koprogo.domain.shared.KoproGoException as listed above; nothing is stored
   */
  List<RecordContribution.Recorded> record(List<Line> lines);

  /** One entry to record: a due, a declaration, or the resolution of a declaration. */
  sealed interface Line {
    /**
     * A contribution falling due ({@link RecordContribution#due}).
     *
     * @param entry the due
     */
    record Due(RecordContribution.Entry entry) implements Line {
      /**
       * Checks that the entry is given.
       *
       * @param entry the due
       */
      public Due {
        Objects.requireNonNull(entry, "entry");
      }
    }

    /**
     * A member's declared payment ({@link RecordContribution#declarePayment}).
     *
     * @param entry the declaration
     */
    record Declared(RecordContribution.Entry entry) implements Line {
      /**
       * Checks that the entry is given.
       *
       * @param entry the declaration
       */
      public Declared {
        Objects.requireNonNull(entry, "entry");
      }
    }

    /**
     * A declaration confirmed ({@link RecordContribution#confirm}).
     *
     * @param resolution the confirmation
     */
    record Confirmed(RecordContribution.Resolution resolution) implements Line {
      /**
       * Checks that the resolution is given.
       *
       * @param resolution the confirmation
       */
      public Confirmed {
        Objects.requireNonNull(resolution, "resolution");
      }
    }

    /**
     * A declaration rejected ({@link RecordContribution#reject}).
     *
     * @param resolution the rejection, with its reason
     */
    record Rejected(RecordContribution.Resolution resolution) implements Line {
      /**
       * Checks that the resolution is given.
       *
       * @param resolution the rejection, with its reason
       */
      public Rejected {
        Objects.requireNonNull(resolution, "resolution");
      }
    }
  }
}
