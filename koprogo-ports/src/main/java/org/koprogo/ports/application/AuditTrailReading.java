/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.List;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** {@link ListAuditTrail}: a page of the trail. */
final class AuditTrailReading implements ListAuditTrail {
  private final OutPorts ports;
  private final CommandValidation validation;

  AuditTrailReading(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public List<Entry> list(Query query) {
    validation.check(query);
    List<Entry> result = new ArrayList<>();
    for (AuditTrail.AuditEntry e :
        ports.auditTrail().list(
            OrganisationId.of(query.organisation()),
            new AuditTrail.Query(query.subjectType(), query.subjectId(), query.afterSequence(), query.limit()))) {
      result.add(
          new Entry(
              e.sequence(), e.event().at().toString(), e.event().actor(), e.event().action(),
              e.event().subjectType(), e.event().subjectId(), e.event().details()));
    }
    return List.copyOf(result);
  }
}
