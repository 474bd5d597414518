/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: keep the register of a building's commitments (Civil Code art. 3.94 §2, 1° to 4°),
 * which {@link GiveSaleInformation} tells the notary of at each sale: record a commitment (its
 * total distributed over the lots as an expense, by the building's general key or the key parts
 * given), record the day its payment was asked, list the register. Each write is one unit of work
 * with its audit entry ({@code CommitmentRecorded}, {@code CommitmentCalled}).
 *
 * <p>Refusals: {@code NOT_FOUND} (building; an assembly that is not the building's, or an agenda
 * item not on it; a commitment not in the register), {@code INVALID_FIELD}, {@code INVALID_AMOUNT},
 * {@code INVALID_DATE} (the domain's {@link Commitment} rules), the charge-distribution codes
 * ({@code UNKNOWN_UNIT}, {@code ZERO_TOTAL_WEIGHT}...), {@code IDEMPOTENCY_CONFLICT} (the id is
 * taken by another commitment; a commitment already called on another day), {@code
 * VALIDATION_FAILED}.
 */
public interface KeepCommitments {

  /**
   * Records a commitment; the same command again records nothing ({@code duplicate}).
   *
   * @param command the commitment
   * @return the commitment as registered
   * @throws org.koprogo.domain.shared.KoproGoException as listed above
   */
  Registered record(Command command);

  /**
   * Records the day the syndic asked the co-owners to pay a commitment; the same day again changes
   * nothing ({@code duplicate}).
   *
   * @param command the commitment and the day
   * @return the commitment as registered
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     IDEMPOTENCY_CONFLICT} (called on another day), {@code INVALID_DATE} (before it was
   *     decided), {@code VALIDATION_FAILED}
   */
  Registered markCalled(Call command);

  /**
   * Records a commitment as a client sends it ({@link #record(Command)}): a new id when the client
   * names none, the general key when it gives no key part.
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment the commitment as the client sends it
   * @param actor who records it
   * @return the commitment as recorded, duplicate when it already was with the same content
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #record(Command)}
   */
  default Registered record(String organisation, String building, NewCommitment commitment, String actor) {
    return record(new Command(organisation, building, ClientFields.orNew(commitment.commitment()), commitment.kind(),
        commitment.decidedOn(), commitment.decidedBy(), commitment.assembly(), commitment.agendaItem(),
        commitment.label(), commitment.total(), commitment.keys() == null ? List.of() : commitment.keys(),
        commitment.calledOn(), actor));
  }

  /**
   * Records the day a commitment's payment was asked, as a client sends it ({@link #markCalled(Call)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment the commitment's id
   * @param called the day, as the client sends it
   * @param actor who records it
   * @return the commitment, duplicate when the day was already recorded
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #markCalled(Call)}
   */
  default Registered markCalled(String organisation, String building, String commitment, Called called,
      String actor) {
    return markCalled(new Call(organisation, building, commitment, called.calledOn(), actor));
  }

  /**
   * A commitment to record, as a client sends it.
   *
   * @param commitment its id, the same on every retry (a new one when absent)
   * @param kind which item of art. 3.94 §2: WORKS (1°), URGENT_WORKS (2°),
   *     COMMON_PARTS_ACQUISITION (3°), LITIGATION_DEBT (4°)
   * @param decidedOn the day it was decided (for a debt from a dispute: the day the dispute was born)
   * @param decidedBy GENERAL_ASSEMBLY or SYNDIC (not for an acquisition of common parts)
   * @param assembly the building's assembly that decided it (GENERAL_ASSEMBLY only), or null
   * @param agendaItem the item of that assembly's agenda, or null
   * @param label what it is
   * @param total plain decimal in the building's currency, positive
   * @param keys the key parts; empty or absent: the general key (the lots' shares)
   * @param calledOn the day its payment was asked of the co-owners, or null
   */
  record NewCommitment(@Nullable String commitment, String kind, LocalDate decidedOn, String decidedBy,
      @Nullable String assembly, @Nullable String agendaItem, String label, String total,
      @Nullable List<DistributeExpense.KeyPart> keys, @Nullable LocalDate calledOn) {}

  /**
   * The day a commitment's payment was asked, as a client sends it.
   *
   * @param calledOn the day
   */
  record Called(LocalDate calledOn) {}

  /**
   * The register of a building, in the order recorded, at once (for batch work); a host answering
   * requests reads {@link #commitments(BuildingQuery, Integer, String) a page}.
   *
   * @param query the building
   * @return its commitments
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building), {@code
   *     VALIDATION_FAILED}
   */
  List<Commitment> commitments(BuildingQuery query);

  /**
   * A page of the register of a building, in the order recorded: at most {@code limit} after the
   * commitment {@code after} (the last of the previous page). The cost follows the page, not the
   * register.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last commitment of the previous page, null for the first page
   * @return the page; empty when {@code after} is not in the register
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building), {@code
   *     VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code
   *     after} (blank or longer than 100 characters)
   */
  List<Commitment> commitments(BuildingQuery query, @Nullable Integer limit, @Nullable String after);

  /**
   * One commitment of a building's register.
   *
   * @param query the building and the commitment
   * @return the commitment
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building, commitment),
   *     {@code VALIDATION_FAILED}
   */
  Commitment commitment(CommitmentQuery query);

  /**
   * A commitment to record.
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment its id, stable (the same on every retry)
   * @param kind WORKS, URGENT_WORKS, COMMON_PARTS_ACQUISITION or LITIGATION_DEBT (art. 3.94 §2, 1°
   *     to 4°)
   * @param decidedOn the day it was decided
   * @param decidedBy GENERAL_ASSEMBLY or SYNDIC
   * @param assembly the building's assembly that decided it, or null
   * @param agendaItem the item of that assembly's agenda, or null
   * @param label what it is
   * @param total plain decimal in the building's currency, positive
   * @param keys the key parts (empty: the general key, by shares)
   * @param calledOn the day its payment was asked, or null
   * @param actor who records it
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 100) String commitment,
      @NotNull @Pattern(regexp = "WORKS|URGENT_WORKS|COMMON_PARTS_ACQUISITION|LITIGATION_DEBT") String kind,
      @NotNull LocalDate decidedOn,
      @NotNull @Pattern(regexp = "GENERAL_ASSEMBLY|SYNDIC") String decidedBy,
      @Size(max = 100) String assembly,
      @Size(max = 100) String agendaItem,
      @NotBlank @Size(max = 500) String label,
      @NotNull @Pattern(regexp = "[0-9]{1,15}(\\.[0-9]{1,6})?") String total,
      @NotNull @Size(max = Commitment.MAX_KEY_PARTS) List<DistributeExpense.@NotNull @Valid KeyPart> keys,
      LocalDate calledOn,
      @NotBlank String actor) {}

  /**
   * The day a commitment's payment was asked.
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment the commitment's id
   * @param calledOn the day
   * @param actor who records it
   */
  record Call(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 100) String commitment,
      @NotNull LocalDate calledOn,
      @NotBlank String actor) {}

  /**
   * A building's register.
   *
   * @param organisation the tenant
   * @param building the building
   */
  record BuildingQuery(@NotBlank String organisation, @NotBlank String building) {}

  /**
   * One commitment of a building's register.
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment the commitment's id
   */
  record CommitmentQuery(@NotBlank String organisation, @NotBlank String building,
      @NotBlank @Size(max = 100) String commitment) {}

  /**
   * A commitment as registered.
   *
   * @param commitment the commitment
   * @param duplicate true when the command changed nothing (the same command again)
   */
  record Registered(Commitment commitment, boolean duplicate) {}
}
