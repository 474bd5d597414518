/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ImportContributions;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link ImportContributions}: {@link RecordContribution}'s workflow line after line, inside one
 * unit of work that each line's own joins.
 */
final class ContributionImport implements ImportContributions {
  private final OutPorts ports;
  private final RecordContribution contributions;

  ContributionImport(OutPorts ports, RecordContribution contributions) {
    this.ports = ports;
    this.contributions = contributions;
  }

  @Override
  public List<RecordContribution.Recorded> record(List<Line> lines) {
    if (lines == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "lines is required", "field", "lines");
    }
    if (lines.size() > MAX_LINES) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          lines.size() + " lines is more than the " + MAX_LINES + " one call takes", "field", "lines",
          "value", String.valueOf(lines.size()));
    }
    return ports.transactions().inTransaction(() -> {
      List<RecordContribution.Recorded> recorded = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        try {
          recorded.add(one(lines.get(i), i));
        } catch (KoproGoException e) {
          throw onLine(e, i);
        }
      }
      return recorded;
    });
  }

  private RecordContribution.Recorded one(Line line, int i) {
    if (line == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "lines[" + i + "] is required", "field", "lines[" + i + "]");
    }
    if (line instanceof Line.Due d) {
      return contributions.due(d.entry());
    } else if (line instanceof Line.Declared d) {
      return contributions.declarePayment(d.entry());
    } else if (line instanceof Line.Confirmed c) {
      return contributions.confirm(c.resolution());
    }
    return contributions.reject(((Line.Rejected) line).resolution());
  }

  /** The same error with its field under {@code lines[i]} ({@code amount} becomes {@code lines[2].amount}). */
  private static KoproGoException onLine(KoproGoException e, int i) {
    Map<String, Object> details = new LinkedHashMap<>(e.details());
    Object field = details.get("field");
    details.put("field", field == null ? "lines[" + i + "]" : "lines[" + i + "]." + field);
    List<Object> pairs = new ArrayList<>();
    details.forEach((k, v) -> {
      pairs.add(k);
      pairs.add(v);
    });
    KoproGoException onLine = KoproGoException.of(e.code(), "lines[" + i + "]: " + e.reason(), pairs.toArray());
    onLine.setStackTrace(e.getStackTrace());
    return onLine;
  }
}
