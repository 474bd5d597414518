/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.out.Assembly;

/**
 * What a client shows of the stored assemblies and their minutes ({@link KeepAssemblyMinutes}), in
 * plain values: ids strings, days ISO, votes and shares exact strings. Each view is built by a
 * static method from what the in-port answers, so that every host shows the same.
 */
public final class AssemblyViews {
  private AssemblyViews() {}

  /**
   * A general assembly and its agenda.
   *
   * @param id its id
   * @param building the building's id; null for an organisation's assembly
   * @param heldOn the day it is (or was) held
   * @param session FIRST or SECOND
   * @param rules BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE
   * @param state the workflow state
   * @param resolutions the agenda, in order
   * @param version the stored version
   */
  public record AssemblyView(String id, @Nullable String building, String heldOn, String session, String rules,
      String state, List<ResolutionView> resolutions, long version) {}

  /**
   * One resolution and, once voted, its outcome.
   *
   * @param id its id
   * @param title what is decided
   * @param majority its majority's name
   * @param outcome ADOPTED, REJECTED or NO_QUORUM once voted, null before
   */
  public record ResolutionView(String id, String title, String majority, @Nullable String outcome) {}

  /**
   * Recorded votes: their count and the stored assembly with each resolution's outcome.
   *
   * @param quorum the quorum checked
   * @param rejectedProxies the proxies the rules refused (their principal counts as absent)
   * @param resolutions each voted resolution's count by its id
   * @param assembly the stored assembly
   */
  public record RecordedView(KeepAssemblyMinutes.Tally.Quorum quorum,
      List<KeepAssemblyMinutes.Tally.RefusedProxy> rejectedProxies,
      Map<String, KeepAssemblyMinutes.Tally.Count> resolutions, AssemblyView assembly) {}

  /**
   * The recorded minutes of a closed assembly, counted again.
   *
   * @param quorum the quorum checked
   * @param rejectedProxies the proxies the rules refused (their principal counts as absent)
   * @param resolutions each voted resolution's count by its id
   * @param assembly the stored assembly
   * @param language the language the titles are written in, or null when not known
   * @param postponed the items left unvoted when the meeting closed
   * @param input the general-assembly calculation input the count read
   * @param corrections every correction of the minutes, oldest first
   */
  public record MinutesView(KeepAssemblyMinutes.Tally.Quorum quorum,
      List<KeepAssemblyMinutes.Tally.RefusedProxy> rejectedProxies,
      Map<String, KeepAssemblyMinutes.Tally.Count> resolutions, AssemblyView assembly, @Nullable String language,
      List<String> postponed, Map<String, Object> input, List<KeepAssemblyMinutes.Correction> corrections) {}

  /**
   * The view of a stored assembly.
   *
   * @param assembly the stored assembly, never null
   * @return its view
   */
  public static AssemblyView assembly(Assembly assembly) {
    return new AssemblyView(assembly.id().value(), assembly.building() == null ? null : assembly.building().value(),
        assembly.heldOn().toString(), assembly.session(), assembly.rules(), assembly.state(),
        assembly.resolutions().stream().map(r -> new ResolutionView(r.id(), r.title(), r.majority(), r.outcome()))
            .toList(), assembly.version());
  }

  /**
   * The views of stored assemblies, in their order.
   *
   * @param assemblies the stored assemblies
   * @return their views
   */
  public static List<AssemblyView> assemblies(List<Assembly> assemblies) {
    return assemblies.stream().map(AssemblyViews::assembly).toList();
  }

  /**
   * The view of recorded votes.
   *
   * @param counted the stored assembly and the count
   * @return its view
   */
  public static RecordedView recorded(KeepAssemblyMinutes.Counted counted) {
    KeepAssemblyMinutes.Tally t = counted.tally();
    return new RecordedView(t.quorum(), t.rejectedProxies(), t.resolutions(), assembly(counted.assembly()));
  }

  /**
   * The view of recorded minutes with their corrections.
   *
   * @param shown the minutes, counted again, and their corrections
   * @return its view
   */
  public static MinutesView minutes(KeepAssemblyMinutes.CorrectedMinutes shown) {
    KeepAssemblyMinutes.Recorded recorded = shown.recorded();
    KeepAssemblyMinutes.Tally t = recorded.tally();
    return new MinutesView(t.quorum(), t.rejectedProxies(), t.resolutions(), assembly(recorded.assembly()),
        recorded.votes().language(), recorded.votes().postponed(), recorded.input(), shown.corrections());
  }
}
