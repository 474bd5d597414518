/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDataHolder;

/** {@link ExportPersonalData}: asks every holder of personal data, writes JSON and CSV. */
final class PersonalDataExport implements ExportPersonalData {
  private final OutPorts ports;
  private final CommandValidation validation;

  PersonalDataExport(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Export export(Command command) {
    validation.check(command);
    DataSubject subject = subject(ports, command.organisation(), command.kind(), command.person());
    return ports.transactions().inTransaction(
        () -> {
          Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
          for (PersonalDataHolder holder : ports.personalData()) {
            holder.export(subject).forEach(
                (set, rows) -> data.computeIfAbsent(set, s -> new ArrayList<>()).addAll(rows));
          }
          ports.auditTrail().append(
              subject.organisation(),
              new AuditEvent(
                  ports.clock().now(), command.actor(), "PersonalDataExported",
                  subject.kind().name().toLowerCase(java.util.Locale.ROOT), subject.id(), Map.of()));
          return new Export(PersonalDataFormats.json(data), PersonalDataFormats.csv(data));
        });
  }

  /**
   * The subject, once checked to exist in the organisation.
   *
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  static DataSubject subject(OutPorts ports, String organisation, String kind, String person) {
    OrganisationId org = OrganisationId.of(organisation);
    DataSubject.Kind k = DataSubject.Kind.valueOf(kind);
    if (k == DataSubject.Kind.OWNER) {
      ports.owners().get(org, OwnerId.of(person));
    } else {
      ports.members().get(org, MemberId.of(person));
    }
    return new DataSubject(org, k, person);
  }
}
