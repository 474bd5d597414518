/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDataHolder;

/**
 * {@link ErasePersonalData}: every holder anonymises the person, in one transaction, and the
 * erasure itself is audited (by id: the trail holds no personal data).
 */
final class PersonalDataErasure implements ErasePersonalData {
  private final OutPorts ports;
  private final CommandValidation validation;

  PersonalDataErasure(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Erased erase(Command command) {
    validation.check(command);
    return ports.transactions().inTransaction(
        () -> {
          DataSubject subject =
              PersonalDataExport.subject(ports, command.organisation(), command.kind(), command.person());
          int records = 0;
          for (PersonalDataHolder holder : ports.personalData()) {
            records += holder.erase(subject, ports.clock().now());
          }
          ports.auditTrail().append(
              subject.organisation(),
              new AuditEvent(
                  ports.clock().now(), command.actor(), "PersonalDataErased",
                  subject.kind().name().toLowerCase(java.util.Locale.ROOT), subject.id(),
                  Map.of("records", String.valueOf(records))));
          return new Erased(records);
        });
  }
}
