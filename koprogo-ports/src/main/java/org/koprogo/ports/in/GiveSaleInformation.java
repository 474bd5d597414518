/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Civil Code art. 3.94: the information about a lot that the syndic gives the notary before its
 * sale, and the split of the charges at the transfer date, computed from the building's books and
 * its register of commitments ({@link KeepCommitments}: art. 3.94 §2, 1° to 4°).
 *
 * <p>Refusals: {@code NOT_FOUND} (lot), {@code INVALID_TRANSFER_DATE} (a lot without a single
 * owner to sell it, or a transfer in a closed year), {@code VALIDATION_FAILED}.
 */
public interface GiveSaleInformation {

  /**
   * The information of the sale of a lot on a date.
   *
   * @param query the lot, the transfer date and what the syndic declares
   * @return the information (Civil Code art. 3.94)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     INVALID_TRANSFER_DATE}, {@code VALIDATION_FAILED}
   */
  default SaleInformation saleInformation(Query query) {
    return give(query).information();
  }

  /**
   * The information of the sale of a lot on a date, with the building the lot is in (what a
   * document for the notary names).
   *
   * @param query the lot, the transfer date and what the syndic declares
   * @return the building and the information
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     INVALID_TRANSFER_DATE}, {@code VALIDATION_FAILED}
   */
  Given give(Query query);

  /**
   * The answer of {@link #give}.
   *
   * @param building the id of the building the lot is in
   * @param information the information (Civil Code art. 3.94)
   */
  record Given(String building, SaleInformation information) {}

  /**
   * A query.
   *
   * @param lot the lot sold
   * @param transferOn the transfer date
   * @param frequency how often the building calls funds: MONTHLY, QUARTERLY (when null), HALF_YEARLY,
   *     YEARLY
   * @param litigation the pending proceedings the syndic declares (the library keeps no case files;
   *     null: none)
   * @param documents the minutes and statements handed over (null: none)
   * @param organisation the tenant's id
   */
  record Query(
      @NotBlank String organisation,
      @NotBlank String lot,
      @NotNull LocalDate transferOn,
      @NotNull @jakarta.validation.constraints.Pattern(regexp = "MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY") String frequency,
      @NotNull @Size(max = 100) List<@NotBlank @Size(max = 500) String> litigation,
      @NotNull @Size(max = 100) List<@NotBlank @Size(max = 500) String> documents) {
    /**
     * A query, with the defaults of what is not given.
     *
     * @param organisation the tenant's id
     * @param lot the lot sold
     * @param transferOn the transfer date
     * @param frequency how often the building calls funds, QUARTERLY when null
     * @param litigation the pending proceedings the syndic declares, none when null
     * @param documents the minutes and statements handed over, none when null
     */
    public Query {
      frequency = frequency == null ? "QUARTERLY" : frequency;
      litigation = litigation == null ? List.of() : litigation;
      documents = documents == null ? List.of() : documents;
    }

    /**
     * A query as a client asks it: the transfer date as text ({@code yyyy-MM-dd}, for example from
     * a query value), with the defaults of what is not given.
     *
     * @param organisation the tenant's id
     * @param lot the lot sold
     * @param transferOn the transfer date (required)
     * @param frequency how often the building calls funds, QUARTERLY when null
     * @param litigation the pending proceedings the syndic declares, none when null
     * @param documents the minutes and statements handed over, none when null
     * @return the query
     * @throws KoproGoException {@code MISSING_FIELD transferOn} when it is null or blank, {@code
     *     INVALID_DATE transferOn} when it is not a date
     */
    public static Query of(String organisation, String lot, String transferOn, String frequency,
        List<String> litigation, List<String> documents) {
      return new Query(organisation, lot, ClientFields.date(transferOn, "transferOn"), frequency, litigation,
          documents);
    }
  }

  /**
   * The rows of the sale information a client may ask for as a table (a CSV export): the split of
   * the charges between seller and buyer, or the commitments of the building's register (art. 3.94
   * §2).
   */
  enum Table {
    /** The split of the charges between seller and buyer (the default). */
    SPLIT,
    /** The commitments of the register decided before the transfer. */
    COMMITMENTS;

    /**
     * The table a client names: {@code split} or {@code commitments}.
     *
     * @param text the name sent, or null
     * @return the table; {@link #SPLIT} when {@code text} is null
     * @throws KoproGoException {@code INVALID_FIELD} naming {@code table} (and the value, cut to 40
     *     characters) for another name
     */
    public static Table named(String text) {
      if (text == null || text.equals("split")) {
        return SPLIT;
      }
      if (text.equals("commitments")) {
        return COMMITMENTS;
      }
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "table is split or commitments", "field", "table",
          "value", ClientFields.shown(text));
    }
  }
}
