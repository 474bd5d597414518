/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OutPorts;

/**
 * The minutes of stored assemblies: recording an assembly's votes stores, in one unit of work,
 * each resolution's outcome on the {@link Assembly} (state {@code CLOSED}) and the votes
 * themselves ({@link RecordedVotes}, in the aggregate store under the assembly's id); reading
 * them counts the votes again with the library. Records of law are append-only: minutes once
 * recorded are never replaced (409 {@code ILLEGAL_TRANSITION}); a correction is a new entry of
 * the audit trail ({@code MinutesCorrected}, subject {@code assembly/<id>}) that keeps the
 * original, and the minutes are read back with their corrections. The API and the public assembly pages read
 * assemblies through here, so they show the same results.
 */
@Singleton
public final class AssemblyMinutes {
  /** The states of an assembly whose minutes are recorded. */
  public static final Set<String> RECORDED_STATES = Set.of("CLOSED", "MINUTES_PUBLISHED");
  /** The guard refusing to record minutes a second time. */
  public static final String RECORDED_ONCE = "minutes once recorded are never replaced";
  private static final Set<String> LANGUAGES = Set.of("fr", "nl", "de", "en");

  private static final String CORRECTED = "MinutesCorrected";

  private final OutPorts ports;
  private final AssemblyTally tallies;

  AssemblyMinutes(OutPorts ports, AssemblyTally tallies) {
    this.ports = ports;
    this.tallies = tallies;
  }

  /**
   * An assembly whose minutes are recorded.
   *
   * @param assembly the stored assembly, with each resolution's outcome
   * @param votes its recorded votes
   * @param input the general-assembly calculation input of the two
   * @param result the library's count of {@code input}
   */
  public record Recorded(
      Assembly assembly, RecordedVotes votes, Map<String, Object> input, Map<String, Object> result) {}

  /**
   * Records the caller's votes on {@code assembly}, tallied against the building's owners as the
   * stored lots give them (see {@link AssemblyTally#tally}); returns the tally and, under {@code
   * assembly}, the stored assembly.
   *
   * @param language the language the assembly's titles are written in, or null
   * @param actor who records them (audited as {@code MinutesRecorded})
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when minutes are recorded already
   */
  public Map<String, Object> record(Assembly assembly, List<Map<String, Object>> attendance,
      Map<String, Map<String, Object>> ballots, Map<String, List<String>> excluded, String syndic,
      String language, String actor) {
    String checked = language(language);
    Map<String, Object> input = tallies.input(assembly, attendance, ballots, excluded, syndic);
    Map<String, Object> tally = tallies.calculate(input);
    return ports.transactions().inTransaction(() -> {
      Map<String, Object> answer = store(assembly, RecordedVotes.fromInput(input, checked), tally);
      ports.auditTrail().append(assembly.organisation(), new AuditEvent(ports.clock().now(), actor,
          "MinutesRecorded", "assembly", assembly.id().value(), Map.of("state", "CLOSED")));
      return answer;
    });
  }

  /**
   * Records {@code votes} on {@code assembly} with the voting body they name (an association's
   * members, for example, who are not owners of lots).
   */
  public Map<String, Object> record(Assembly assembly, RecordedVotes votes) {
    language(votes.language());
    return store(assembly, votes, tallies.calculate(votes.input(assembly)));
  }

  /**
   * The assembly {@code id} of {@code organisation} with its votes counted again, if its minutes
   * are recorded (state CLOSED or MINUTES_PUBLISHED, and votes stored).
   */
  public Optional<Recorded> find(OrganisationId organisation, AssemblyId id) {
    Optional<Assembly> assembly = ports.assemblies().find(organisation, id)
        .filter(a -> RECORDED_STATES.contains(a.state()));
    if (assembly.isEmpty()) {
      return Optional.empty();
    }
    return ports.aggregateStore().find(organisation, RecordedVotes.class, id.value())
        .map(stored -> {
          Map<String, Object> input = stored.aggregate().input(assembly.get());
          return new Recorded(assembly.get(), stored.aggregate(), input, tallies.calculate(input));
        });
  }

  /**
   * Records a correction of recorded minutes: a new audit entry {@code MinutesCorrected} (what is
   * corrected and why), the recorded votes and outcomes untouched.
   *
   * @throws KoproGoException {@code NOT_FOUND} when the assembly has no recorded minutes, {@code
   *     MISSING_FIELD} for a blank correction or reason, {@code INVALID_FIELD} beyond 2,000 characters
   */
  public AuditTrail.AuditEntry correct(OrganisationId organisation, AssemblyId id, String actor,
      String correction, String reason) {
    String text = bounded(correction, "correction");
    String why = bounded(reason, "reason");
    return ports.transactions().inTransaction(() -> {
      if (find(organisation, id).isEmpty()) {
        throw KoproGoException.of(ErrorCode.NOT_FOUND,
            "assembly " + id.value() + " has no recorded minutes in this organisation",
            "aggregate", "assembly", "value", id.value());
      }
      return ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), actor,
          CORRECTED, "assembly", id.value(), Map.of("correction", text, "reason", why)));
    });
  }

  /** The corrections of an assembly's minutes, oldest first. */
  public List<AuditTrail.AuditEntry> corrections(OrganisationId organisation, AssemblyId id) {
    return ports.auditTrail().list(organisation, AuditTrail.Query.about("assembly", id.value(), 1000)).stream()
        .filter(e -> e.event().action().equals(CORRECTED))
        .toList();
  }

  private static String bounded(String value, String field) {
    if (value == null || value.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    if (value.length() > 2000) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is longer than 2000 characters",
          "field", field);
    }
    return value.strip();
  }

  private Map<String, Object> store(Assembly assembly, RecordedVotes votes, Map<String, Object> tally) {
    return ports.transactions().inTransaction(() -> {
      Assembly stored = ports.assemblies().update(AssemblyTally.withOutcomes(assembly, tally, "CLOSED"));
      OrganisationId organisation = assembly.organisation();
      String id = assembly.id().value();
      Optional<Stored<RecordedVotes>> previous =
          ports.aggregateStore().find(organisation, RecordedVotes.class, id);
      if (previous.isPresent()) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            "the minutes of assembly " + id + " are recorded: they are never replaced (record a correction)",
            "aggregate", "assembly", "value", id, "from", assembly.state(), "to", "CLOSED",
            "guard", RECORDED_ONCE);
      }
      ports.aggregateStore().add(organisation, id, votes);
      Map<String, Object> answer = new LinkedHashMap<>(tally);
      answer.put("assembly", RecordViews.MAP.assembly(stored));
      return answer;
    });
  }

  private static String language(String language) {
    if (language != null && !LANGUAGES.contains(language)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "language '" + language + "' is not fr, nl, de or en", "field", "language", "value", language);
    }
    return language;
  }
}
