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
import org.koprogo.ports.out.OutPorts;

/**
 * The minutes of stored assemblies: recording an assembly's votes stores, in one unit of work,
 * each resolution's outcome on the {@link Assembly} (state {@code CLOSED}) and the votes
 * themselves ({@link RecordedVotes}, in the aggregate store under the assembly's id); reading
 * them counts the votes again with the library. The API and the public assembly pages read
 * assemblies through here, so they show the same results.
 */
@Singleton
public final class AssemblyMinutes {
  /** The states of an assembly whose minutes are recorded. */
  public static final Set<String> RECORDED_STATES = Set.of("CLOSED", "MINUTES_PUBLISHED");
  private static final Set<String> LANGUAGES = Set.of("fr", "nl", "de", "en");

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
   */
  public Map<String, Object> record(Assembly assembly, List<Map<String, Object>> attendance,
      Map<String, Map<String, Object>> ballots, Map<String, List<String>> excluded, String syndic,
      String language) {
    String checked = language(language);
    Map<String, Object> input = tallies.input(assembly, attendance, ballots, excluded, syndic);
    Map<String, Object> tally = tallies.calculate(input);
    return store(assembly, RecordedVotes.fromInput(input, checked), tally);
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

  private Map<String, Object> store(Assembly assembly, RecordedVotes votes, Map<String, Object> tally) {
    return ports.transactions().inTransaction(() -> {
      Assembly stored = ports.assemblies().update(AssemblyTally.withOutcomes(assembly, tally, "CLOSED"));
      OrganisationId organisation = assembly.organisation();
      String id = assembly.id().value();
      Optional<Stored<RecordedVotes>> previous =
          ports.aggregateStore().find(organisation, RecordedVotes.class, id);
      if (previous.isPresent()) {
        ports.aggregateStore().update(previous.get().with(votes));
      } else {
        ports.aggregateStore().add(organisation, id, votes);
      }
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
