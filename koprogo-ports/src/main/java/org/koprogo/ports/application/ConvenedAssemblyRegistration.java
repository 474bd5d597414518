/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/** {@link RegisterConvenedAssembly}: the stored assembly, CONVENED, with its audit entry. */
final class ConvenedAssemblyRegistration implements RegisterConvenedAssembly {
  private static final Set<String> RULES = Set.of(BelgianCoOwnershipRules.NAME, OneMemberOneVote.NAME);

  private final OutPorts ports;
  private final CommandValidation validation;

  ConvenedAssemblyRegistration(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Assembly register(Command command) {
    validation.check(command);
    if (!RULES.contains(command.rules())) {
      throw KoproGoException.of(ErrorCode.UNKNOWN_RULES, "unknown rules " + command.rules(),
          "field", "rules", "value", command.rules());
    }
    if (Arrays.stream(Session.values()).noneMatch(v -> v.name().equals(command.session()))) {
      throw KoproGoException.of(ErrorCode.UNKNOWN_SESSION, "unknown session " + command.session(),
          "field", "session", "value", command.session());
    }
    boolean building = command.building() != null && !command.building().isBlank();
    if (BelgianCoOwnershipRules.NAME.equals(command.rules()) && !building) {
      throw missing("building");
    }
    List<Assembly.Resolution> resolutions = resolutions(command.resolutions());
    OrganisationId organisation = OrganisationId.of(command.organisation());
    Assembly assembly = new Assembly(organisation, AssemblyId.of(command.assembly()),
        building ? BuildingId.of(command.building()) : null, command.heldOn(), command.session(),
        command.rules(), "CONVENED", resolutions, 0);
    return ports.transactions().inTransaction(() -> {
      if (building && ports.buildings().find(organisation, assembly.building()).isEmpty()) {
        throw StoreErrors.notFound("building", command.building());
      }
      Assembly stored = ports.assemblies().add(assembly);
      ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), command.actor(),
          "AssemblyRegistered", "assembly", command.assembly(),
          Map.of("state", "CONVENED", "heldOn", command.heldOn().toString())));
      return stored;
    });
  }

  private static List<Assembly.Resolution> resolutions(List<Item> items) {
    if (items.isEmpty()) {
      throw missing("resolutions");
    }
    List<Assembly.Resolution> resolutions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String field = "resolutions[" + i + "]";
      Item item = items.get(i);
      if (item == null) {
        throw missing(field);
      }
      String id = required(item.id(), field + ".id");
      String title = required(item.title(), field + ".title");
      String majority = required(item.majority(), field + ".majority");
      if (Arrays.stream(Majority.values()).noneMatch(v -> v.name().equals(majority))) {
        throw KoproGoException.of(ErrorCode.UNKNOWN_MAJORITY, "unknown majority " + majority,
            "field", field + ".majority", "value", majority);
      }
      if (!ids.add(id)) {
        throw KoproGoException.of(ErrorCode.DUPLICATE_RESOLUTION, "resolution " + id + " is listed twice",
            "field", field + ".id", "value", id);
      }
      resolutions.add(new Assembly.Resolution(id, title, majority, null));
    }
    return resolutions;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw missing(field);
    }
    return value;
  }

  private static KoproGoException missing(String field) {
    return KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
  }
}
