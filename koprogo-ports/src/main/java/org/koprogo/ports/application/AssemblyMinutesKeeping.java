/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.VotingBody;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.RecordedVotes;

/** {@link KeepAssemblyMinutes} on the out ports. */
final class AssemblyMinutesKeeping implements KeepAssemblyMinutes {
  /** The states of an assembly whose minutes are recorded. */
  static final Set<String> RECORDED_STATES = Set.of("CLOSED", "MINUTES_PUBLISHED");
  /** The guard refusing to record minutes a second time. */
  static final String RECORDED_ONCE = "minutes once recorded are never replaced";
  private static final Set<String> LANGUAGES = Set.of("fr", "nl", "de", "en");
  private static final String CORRECTED = "MinutesCorrected";
  private static final int LONGEST = 2000;

  private final AssemblyWork work;

  AssemblyMinutesKeeping(AssemblyWork work) {
    this.work = work;
  }

  @Override
  public List<Assembly> assemblies(String organisation) {
    return work.ports.assemblies().all(OrganisationId.of(organisation));
  }

  @Override
  public List<Assembly> assemblies(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an assembly id", AssemblyId::of);
    return work.ports.assemblies().all(OrganisationId.of(organisation), from, n);
  }

  @Override
  public Assembly assembly(String organisation, String assembly) {
    return work.ports.assemblies().get(OrganisationId.of(organisation), AssemblyId.of(assembly));
  }

  @Override
  public Map<String, Object> tally(String organisation, String assembly, Votes votes) {
    return work.calculate(input(assembly(organisation, assembly), votes));
  }

  @Override
  public Counted record(AssemblyRef ref, Votes votes) {
    Assembly found = assembly(ref.organisation(), ref.assembly());
    String language = language(votes.language());
    if (work.hasLifecycle(found.organisation(), ref.assembly())) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "assembly " + ref.assembly()
          + " runs through its lifecycle: its minutes are recorded by POST /api/v1/assemblies/" + ref.assembly()
          + "/closing, not by POST .../minutes", "aggregate", "assembly", "value", ref.assembly(),
          "from", found.state(), "to", "CLOSED", "guard", "an assembly with a lifecycle closes through its closing");
    }
    Map<String, Object> input = input(found, votes);
    Map<String, Object> tally = work.calculate(input);
    return work.inTransaction(() -> {
      Counted counted = store(found, RecordedVotes.fromInput(input, language), tally);
      audit(ref);
      return counted;
    });
  }

  @Override
  public Counted record(AssemblyRef ref, RecordedVotes votes) {
    language(votes.language());
    Assembly found = assembly(ref.organisation(), ref.assembly());
    return work.inTransaction(() -> {
      Counted counted = store(found, votes, work.calculate(votes.input(found)));
      audit(ref);
      return counted;
    });
  }

  private void audit(AssemblyRef ref) {
    work.ports.auditTrail().append(OrganisationId.of(ref.organisation()), new AuditEvent(work.now(), ref.actor(),
        "MinutesRecorded", AssemblyWork.SUBJECT, ref.assembly(), Map.of("state", "CLOSED")));
  }

  @Override
  public Optional<Recorded> minutes(String organisation, String assembly) {
    OrganisationId org = OrganisationId.of(organisation);
    Optional<Assembly> found = work.ports.assemblies().find(org, AssemblyId.of(assembly))
        .filter(a -> RECORDED_STATES.contains(a.state()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return work.ports.aggregateStore().find(org, RecordedVotes.class, assembly).map(stored -> {
      Map<String, Object> input = stored.aggregate().input(found.get());
      return new Recorded(found.get(), stored.aggregate(), input, work.calculate(input));
    });
  }

  @Override
  public AuditTrail.AuditEntry correct(AssemblyRef ref, String correction, String reason) {
    String text = bounded(correction, "correction");
    String why = bounded(reason, "reason");
    OrganisationId organisation = OrganisationId.of(ref.organisation());
    return work.inTransaction(() -> {
      if (minutes(ref.organisation(), ref.assembly()).isEmpty()) {
        throw KoproGoException.of(ErrorCode.NOT_FOUND,
            "assembly " + ref.assembly() + " has no recorded minutes in this organisation",
            "aggregate", "assembly", "value", ref.assembly());
      }
      return work.ports.auditTrail().append(organisation, new AuditEvent(work.now(), ref.actor(),
          CORRECTED, AssemblyWork.SUBJECT, ref.assembly(), Map.of("correction", text, "reason", why)));
    });
  }

  @Override
  public List<AuditTrail.AuditEntry> corrections(String organisation, String assembly) {
    return work.ports.auditTrail()
        .list(OrganisationId.of(organisation), AuditTrail.Query.about(AssemblyWork.SUBJECT, assembly, 1000)).stream()
        .filter(e -> e.event().action().equals(CORRECTED))
        .toList();
  }

  @Override
  public Optional<CorrectedMinutes> correctedMinutes(String organisation, String assembly) {
    return minutes(organisation, assembly).map(recorded -> new CorrectedMinutes(recorded,
        corrections(organisation, assembly).stream().map(Correction::of).toList()));
  }

  /**
   * Stores the outcomes of {@code tally} on {@code assembly} (CLOSED) and {@code votes}, once.
   *
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when minutes are recorded already
   */
  Counted store(Assembly assembly, RecordedVotes votes, Map<String, Object> tally) {
    return work.inTransaction(() -> {
      Assembly stored = work.ports.assemblies().update(withOutcomes(assembly, tally, "CLOSED"));
      OrganisationId organisation = assembly.organisation();
      String id = assembly.id().value();
      if (work.ports.aggregateStore().find(organisation, RecordedVotes.class, id).isPresent()) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            "the minutes of assembly " + id + " are recorded: they are never replaced (record a correction)",
            "aggregate", "assembly", "value", id, "from", assembly.state(), "to", "CLOSED",
            "guard", RECORDED_ONCE);
      }
      work.ports.aggregateStore().add(organisation, id, votes);
      return new Counted(stored, tally);
    });
  }

  /**
   * The general-assembly calculation input for {@code assembly}: its rules, session and agenda,
   * its voting body (the owners of its building's lots with their shares, or every owner of the
   * organisation once), and the attendance, ballots and exclusions of {@code votes}.
   */
  private Map<String, Object> input(Assembly assembly, Votes votes) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rules", assembly.rules());
    input.put("session", assembly.session());
    input.put("owners", owners(assembly));
    if (votes.syndic() != null) {
      input.put("syndic", votes.syndic());
    }
    input.put("attendance", votes.attendance() == null ? List.of() : votes.attendance());
    Map<String, Map<String, Object>> ballots = votes.ballots();
    Map<String, List<String>> excluded = votes.excluded();
    List<Map<String, Object>> resolutions = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      Map<String, Object> resolution = new LinkedHashMap<>();
      resolution.put("id", r.id());
      resolution.put("majority", r.majority());
      resolution.put("ballots", ballots == null ? Map.of() : ballots.getOrDefault(r.id(), Map.of()));
      if (excluded != null && excluded.containsKey(r.id())) {
        resolution.put("excluded", excluded.get(r.id()));
      }
      resolutions.add(resolution);
    }
    if (ballots != null) {
      for (String id : ballots.keySet()) {
        if (assembly.resolutions().stream().noneMatch(r -> r.id().equals(id))) {
          throw KoproGoException.of(ErrorCode.NOT_FOUND,
              "resolution " + id + " is not on the agenda of assembly " + assembly.id(),
              "field", "ballots." + id, "value", id);
        }
      }
    }
    input.put("resolutions", resolutions);
    return input;
  }

  private List<Map<String, Object>> owners(Assembly assembly) {
    if (assembly.building() == null) {
      return work.ports.owners().all(assembly.organisation()).stream()
          .map(o -> Map.<String, Object>of("id", o.id().value(), "shares", "1"))
          .toList();
    }
    List<Map<String, Object>> owners = new ArrayList<>();
    for (Owner o : VotingBody.of(work.holdings(assembly.organisation(), assembly.building()))) {
      owners.add(Map.of("id", o.id().value(), "shares", o.shares().toPlainString()));
    }
    return owners;
  }

  /** The assembly with each resolution's outcome from a tally. */
  @SuppressWarnings("unchecked")
  static Assembly withOutcomes(Assembly assembly, Map<String, Object> tally, String state) {
    Map<String, Object> results = (Map<String, Object>) tally.get("resolutions");
    List<Assembly.Resolution> voted = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      Map<String, Object> result = (Map<String, Object>) results.get(r.id());
      voted.add(new Assembly.Resolution(r.id(), r.title(), r.majority(),
          result == null ? r.outcome() : String.valueOf(result.get("outcome"))));
    }
    return new Assembly(assembly.organisation(), assembly.id(), assembly.building(),
        assembly.heldOn(), assembly.session(), assembly.rules(), state, voted, assembly.version());
  }

  static String language(String language) {
    if (language != null && !LANGUAGES.contains(language)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "language '" + language + "' is not fr, nl, de or en", "field", "language", "value", language);
    }
    return language;
  }

  private static String bounded(String value, String field) {
    if (value == null || value.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    if (value.length() > LONGEST) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is longer than 2000 characters", "field", field);
    }
    return value.strip();
  }
}
