/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import org.koprogo.domain.building.BuildingId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/** {@link RegisterBuilding}: checks the basic deed, then stores it all in one transaction. */
final class BuildingRegistration implements RegisterBuilding {
  private final OutPorts ports;
  private final CommandValidation validation;

  BuildingRegistration(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Registered register(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    BuildingId buildingId = BuildingId.of(command.building());
    Currency currency = Money.currency(command.currency());
    Set<String> ownerIds = new HashSet<>();
    List<Owner> owners = new ArrayList<>();
    for (int i = 0; i < command.owners().size(); i++) {
      OwnerLine o = command.owners().get(i);
      if (!ownerIds.add(o.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "owner " + o.id() + " is listed twice",
            "field", "owners[" + i + "].id", "value", o.id());
      }
      owners.add(
          new Owner(
              organisation, OwnerId.of(o.id()),
              new PersonalDetails(o.name(), o.email(), o.phone(), o.postalAddress(),
                  Language.ofStored(o.language())), null, 0));
    }
    Set<String> lotIds = new HashSet<>();
    List<Lot> lots = new ArrayList<>();
    BigDecimal shares = BigDecimal.ZERO;
    for (int i = 0; i < command.lots().size(); i++) {
      LotLine line = command.lots().get(i);
      String field = "lots[" + i + "]";
      if (!lotIds.add(line.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_LOT, "lot " + line.id() + " is listed twice",
            "field", field + ".id", "value", line.id());
      }
      org.koprogo.domain.building.Lot.checkShares(line.shares(), field + ".shares");
      lots.add(
          new Lot(
              organisation, buildingId, LotId.of(line.id()), line.label(), line.shares(),
              ownerships(line, field, ownerIds), 0));
      shares = shares.add(line.shares());
    }
    if (shares.compareTo(command.totalShares()) != 0) {
      throw KoproGoException.of(
          ErrorCode.SHARES_TOTAL_MISMATCH,
          "the lots' shares add up to " + shares.toPlainString() + ", not "
              + command.totalShares().toPlainString(),
          "field", "totalShares", "value", shares.toPlainString());
    }
    Building building =
        new Building(organisation, buildingId, command.name(), command.address(), command.totalShares(), currency, 0);
    return ports.transactions().inTransaction(
        () -> {
          ports.buildings().add(building);
          for (Owner owner : owners) {
            ports.owners().add(owner);
          }
          for (Lot lot : lots) {
            ports.lots().add(lot);
          }
          ports.auditTrail().append(
              organisation,
              new AuditEvent(
                  ports.clock().now(), command.actor(), "BuildingRegistered", "building",
                  buildingId.value(),
                  Map.of("lots", String.valueOf(lots.size()), "owners", String.valueOf(owners.size()),
                      "totalShares", command.totalShares().toPlainString())));
          return new Registered(buildingId.value(), lots.size(), owners.size());
        });
  }

  static List<Lot.Ownership> ownerships(LotLine line, String field, Set<String> ownerIds) {
    List<Lot.Ownership> result = new ArrayList<>();
    Fraction total = Fraction.ZERO;
    Set<String> seen = new HashSet<>();
    String prefix = field.isEmpty() ? "" : field + ".";
    for (int j = 0; j < line.owners().size(); j++) {
      OwnershipLine o = line.owners().get(j);
      String at = prefix + "owners[" + j + "]";
      if (!ownerIds.contains(o.owner())) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "lot " + line.id() + " names owner " + o.owner() + ", who is not listed",
            "field", at + ".owner", "value", o.owner());
      }
      if (!seen.add(o.owner())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "owner " + o.owner() + " is named twice on lot " + line.id(),
            "field", at + ".owner", "value", o.owner());
      }
      Fraction fraction = fraction(o.fraction(), at + ".fraction");
      result.add(new Lot.Ownership(OwnerId.of(o.owner()), fraction));
      total = total.plus(fraction);
    }
    if (!result.isEmpty() && !total.equals(Fraction.ONE)) {
      throw KoproGoException.of(
          ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE,
          "the owners' fractions of lot " + line.id() + " add up to " + total + ", not 1",
          "field", prefix + "owners", "value", total.toString());
    }
    return result;
  }

  /**
   * An exact fraction in (0, 1] from {@code "1/3"}, {@code "0.5"} or {@code "1"}: plain decimals
   * of at most {@value Decimals#MAX_LENGTH} characters on each side of the slash, checked before
   * any arithmetic (an exponent such as {@code 1e-999999999} is refused, not computed).
   */
  static Fraction fraction(String text, String field) {
    Fraction f;
    int slash = text.indexOf('/');
    String numerator = slash < 0 ? text : text.substring(0, slash);
    String denominatorText = slash < 0 ? "1" : text.substring(slash + 1);
    if (!Decimals.isPlainDecimal(numerator)
        || !Decimals.isPlainDecimal(denominatorText)
        || denominatorText.indexOf('.') >= 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FRACTION, "fraction '" + Decimals.shown(text) + "' is not a number",
          "field", field, "value", Decimals.shown(text));
    }
    try {
      if (slash < 0) {
        f = Fraction.of(new BigDecimal(text));
      } else {
        BigInteger denominator = new BigInteger(denominatorText);
        if (denominator.signum() == 0) {
          throw KoproGoException.of(
              ErrorCode.INVALID_FRACTION, "fraction " + text + " divides by zero", "field", field, "value", text);
        }
        f = Fraction.of(new BigDecimal(text.substring(0, slash))).dividedBy(Fraction.of(denominator));
      }
    } catch (NumberFormatException e) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FRACTION, "fraction " + text + " is not a number", "field", field, "value", text);
    }
    if (f.signum() <= 0 || f.compareTo(Fraction.ONE) > 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FRACTION, "fraction " + text + " is not in (0, 1]", "field", field, "value", text);
    }
    return f;
  }
}
