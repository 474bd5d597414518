/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.Distribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One entry of the register of the association's commitments (Civil Code art. 3.94 §2, 1° to
 * 4°): works, urgent works, an acquisition of common parts or a debt from a dispute, decided on a
 * day by the general assembly (optionally naming the assembly and its agenda item) or by the
 * syndic, for a total distributed over the lots like an expense (the building's general key, by
 * shares, or the key parts given), and the day its payment was asked of the co-owners (called),
 * if it was. Immutable.
 *
 * <p>Bounds: the id is 1 to 100 letters, digits, {@code . _ : -}; the label 1 to 500 characters;
 * the assembly and agenda item ids at most 100 characters; at most {@value #MAX_KEY_PARTS} key
 * parts, each named in 1 to 200 characters, weighing at most {@value #MAX_KEY_LOTS} lots, its share
 * and weights written in at most 60 characters. The total is positive. The syndic decides works (§2, 1°: "decided by the general
 * assembly or the syndic"), urgent works and the association's defence in a dispute; an
 * acquisition of common parts is decided by the general assembly. Only a decision of the general
 * assembly names an assembly; an agenda item needs its assembly. A commitment is not called before
 * it is decided.
 *
 * @param id its stable id in the building's register
 * @param kind which item of art. 3.94 §2 it falls under
 * @param decidedOn the day it was decided (for a debt from a dispute: the day the dispute was born)
 * @param decidedBy who decided it
 * @param assembly the general assembly that decided it, or null
 * @param agendaItem the item of that assembly's agenda, or null
 * @param label what it is
 * @param total its total
 * @param key the key parts it is distributed by; empty for the building's general key (shares)
 * @param calledOn the day its payment was asked of the co-owners, or null while it is not called
 */
public record Commitment(
    String id,
    CommitmentKind kind,
    LocalDate decidedOn,
    DecisionMaker decidedBy,
    String assembly,
    String agendaItem,
    String label,
    Money total,
    List<KeyShare> key,
    LocalDate calledOn) {
  /** The most key parts a commitment is distributed by. */
  public static final int MAX_KEY_PARTS = 20;

  /** The most lots one key part weighs. */
  public static final int MAX_KEY_LOTS = 10_000;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /**
   * Checks the commitment and copies the key.
   *
   * @param id its stable id in the building's register
   * @param kind which item of art. 3.94 §2 it falls under
   * @param decidedOn the day it was decided
   * @param decidedBy who decided it
   * @param assembly the general assembly that decided it, or null
   * @param agendaItem the item of that assembly's agenda, or null
   * @param label what it is
   * @param total its total
   * @param key the key parts it is distributed by; empty for the building's general key
   * @param calledOn the day its payment was asked, or null
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}, {@code label}, {@code
   *     decidedBy}, {@code assembly}, {@code agendaItem}, {@code key}), {@code INVALID_AMOUNT}
   *     (field {@code total}), {@code INVALID_DATE} (field {@code calledOn}), as listed above
   */
  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(key, "key");
    if (!ID.matcher(id).matches()) {
      throw invalid("id", "a commitment's id is 1 to 100 letters, digits, '.', '_', ':' or '-'", id);
    }
    if (label.isBlank() || label.length() > 500) {
      throw invalid("label", "a commitment's label is 1 to 500 characters", label);
    }
    if (!total.isPositive()) {
      throw KoproGoException.of(ErrorCode.INVALID_AMOUNT, "a commitment's total is positive, not "
          + total.toPlainString(), "field", "total", "value", total.toPlainString());
    }
    if (decidedBy == DecisionMaker.SYNDIC && kind == CommitmentKind.COMMON_PARTS_ACQUISITION) {
      throw invalid("decidedBy", "an acquisition of common parts is decided by the general assembly, not the syndic",
          decidedBy.name());
    }
    if (assembly != null && (decidedBy != DecisionMaker.GENERAL_ASSEMBLY || assembly.isBlank() || assembly.length() > 100)) {
      throw invalid("assembly", "only a decision of the general assembly names an assembly (1 to 100 characters)",
          assembly);
    }
    if (agendaItem != null && (assembly == null || agendaItem.isBlank() || agendaItem.length() > 100)) {
      throw invalid("agendaItem", "an agenda item (1 to 100 characters) is named with its assembly", agendaItem);
    }
    if (key.size() > MAX_KEY_PARTS) {
      throw invalid("key", "a commitment is distributed by at most " + MAX_KEY_PARTS + " key parts",
          String.valueOf(key.size()));
    }
    for (KeyShare part : key) {
      if (part.key().name().isBlank() || part.key().name().length() > 200
          || part.share().toPlainString().length() > 60 || part.key().weights().size() > MAX_KEY_LOTS) {
        throw invalid("key", "a key part has a name of 1 to 200 characters, a share of at most 60 characters"
            + " and weighs at most " + MAX_KEY_LOTS + " lots", part.key().name());
      }
      for (Map.Entry<LotId, BigDecimal> w : part.key().weights().entrySet()) {
        if (w.getKey().value().length() > 100 || w.getValue().toPlainString().length() > 60) {
          throw invalid("key", "a key part weighs a lot (id of at most 100 characters) by at most 60 characters",
              w.getKey().value());
        }
      }
    }
    key = List.copyOf(key);
    if (calledOn != null && calledOn.isBefore(decidedOn)) {
      throw KoproGoException.of(ErrorCode.INVALID_DATE, "commitment " + id + " cannot be called on " + calledOn
          + ", before it was decided on " + decidedOn, "field", "calledOn", "value", calledOn.toString());
    }
  }

  /**
   * This commitment with its payment asked on {@code on}. Asking again on the same day changes
   * nothing.
   *
   * @param on the day the syndic asked the co-owners to pay it
   * @return the commitment, called
   * @throws KoproGoException {@code IDEMPOTENCY_CONFLICT} (field {@code calledOn}) when it was
   *     already called on another day; {@code INVALID_DATE} before the day it was decided
   */
  public Commitment calledOn(LocalDate on) {
    Objects.requireNonNull(on, "on");
    if (calledOn != null && !calledOn.equals(on)) {
      throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT, "commitment " + id + " was already called on "
          + calledOn, "field", "calledOn", "value", on.toString());
    }
    return new Commitment(id, kind, decidedOn, decidedBy, assembly, agendaItem, label, total, key, on);
  }

  /**
   * Whether the notary is told of it for a transfer on {@code transferOn} (art. 3.94 §2): decided
   * before that day, and its payment asked on or after it, or not yet asked.
   *
   * @param transferOn the transfer date
   * @return whether it is listed
   */
  public boolean pendingAt(LocalDate transferOn) {
    Objects.requireNonNull(transferOn, "transferOn");
    return decidedOn.isBefore(transferOn) && (calledOn == null || !calledOn.isBefore(transferOn));
  }

  /**
   * Its total distributed over {@code lots} by the domain's {@link ChargeDistribution}, as an
   * expense: by its key parts, or by {@code general} when it has none. The parts add up to the
   * total.
   *
   * @param lots the building's lots, in order
   * @param general the building's general key (the lots' shares)
   * @return the distribution
   * @throws KoproGoException the charge-distribution codes ({@code UNKNOWN_UNIT}: a key part weighs
   *     a lot not in the building)
   */
  public Distribution distribution(List<LotId> lots, DistributionKey general) {
    Objects.requireNonNull(general, "general");
    List<KeyShare> parts = key.isEmpty() ? List.of(new KeyShare(BigDecimal.ONE, general)) : key;
    return ChargeDistribution.distribute(total, lots, parts);
  }

  /**
   * The key's description: {@code general}, a key's name, or the parts' names and shares.
   *
   * @return the description
   */
  public String keyDescription() {
    if (key.isEmpty()) {
      return "general";
    }
    StringBuilder d = new StringBuilder();
    for (KeyShare part : key) {
      if (d.length() > 0) {
        d.append(" + ");
      }
      d.append(part.key().name());
      if (key.size() > 1) {
        d.append(' ').append(part.share().toPlainString());
      }
    }
    return d.toString();
  }

  private static KoproGoException invalid(String field, String message, String value) {
    return KoproGoException.of(ErrorCode.INVALID_FIELD, message, "field", field, "value", Decimals.shown(value));
  }
}
