/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.meeting.AssemblyClosed;
import org.koprogo.domain.assembly.meeting.AssemblyEvent;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The votes of a stored assembly as its minutes record them, stored whole in the aggregate store
 * under the assembly's id beside the {@link Assembly} (which keeps only each resolution's
 * outcome): the voting body as it stood at the meeting, the attendance and proxies, and every
 * ballot. The results (quorum, totals, outcomes) are never stored here: the library counts them
 * again from these votes, for the API ({@code GET /api/v1/assemblies/{id}/minutes}) and the
 * public page alike. Stored under the registered name {@code assembly.recorded-votes} ({@link
 * StoredNames}).
 *
 * @param language the language the assembly's titles are written in ({@code fr}, {@code nl},
 *     {@code de}, {@code en}), or null when not known
 * @param owners the voting body: each owner's id and votes (shares in the common parts; 1 for a
 *     member of an association); copied
 * @param syndic the syndic's id when the syndic attended, or null
 * @param attendance who came and who gave a proxy to whom; copied
 * @param votes each resolution's ballots and exclusions; copied
 * @param postponed the resolutions on the agenda left unvoted when the meeting closed (postponed:
 *     no vote, no outcome; votes recorded before this list existed read as none); copied
 */
public record RecordedVotes(String language, List<Voter> owners, String syndic, List<Presence> attendance,
    List<Vote> votes, List<String> postponed) {
  /**
   * Copies the lists.
   *
   * @param language the language the assembly's titles are written in ({@code fr}, {@code nl},
   *     {@code de}, {@code en}), or null when not known
   * @param owners the voting body: each owner's id and votes (shares in the common parts; 1 for a
   *     member of an association); copied
   * @param syndic the syndic's id when the syndic attended, or null
   * @param attendance who came and who gave a proxy to whom; copied
   * @param votes each resolution's ballots and exclusions; copied
   * @param postponed the resolutions on the agenda left unvoted when the meeting closed (postponed:
   *     no vote, no outcome; votes recorded before this list existed read as none); copied
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code postponed}) for a resolution
   *     both voted and postponed
   */
  public RecordedVotes {
    owners = List.copyOf(owners);
    attendance = List.copyOf(attendance);
    votes = List.copyOf(votes);
    postponed = postponed == null ? List.of() : List.copyOf(postponed);
    for (String id : postponed) {
      if (votes.stream().anyMatch(v -> v.resolution().equals(id))) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "resolution " + id + " is both voted and postponed",
            "field", "postponed", "value", id);
      }
    }
  }

  /**
   * Votes with every resolution on the agenda voted (none postponed).
   *
   * @param language as {@link RecordedVotes}
   * @param owners as {@link RecordedVotes}
   * @param syndic as {@link RecordedVotes}
   * @param attendance as {@link RecordedVotes}
   * @param votes as {@link RecordedVotes}
   */
  public RecordedVotes(
      String language, List<Voter> owners, String syndic, List<Presence> attendance, List<Vote> votes) {
    this(language, owners, syndic, attendance, votes, List.of());
  }

  /**
   * Whether resolution {@code id} was left unvoted when the meeting closed.
   *
   * @param id the resolution's id
   * @return true when postponed
   */
  public boolean isPostponed(String id) {
    return postponed.contains(id);
  }

  /**
   * One owner of the voting body.
   *
   * @param id the owner
   * @param shares the owner's votes
   */
  public record Voter(String id, BigDecimal shares) {
    /**
     * Checks that nothing is missing.
     *
     * @param id the owner
     * @param shares the owner's votes
     */
    public Voter {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(shares, "shares");
    }
  }

  /**
   * One line of the attendance list.
   *
   * @param owner the owner
   * @param mode PRESENT or PROXY
   * @param holder who holds the proxy, or null when present
   */
  public record Presence(String owner, String mode, String holder) {
    /**
     * Checks that nothing is missing.
     *
     * @param owner the owner
     * @param mode PRESENT or PROXY
     * @param holder who holds the proxy, or null when present
     */
    public Presence {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * The vote on one resolution.
   *
   * @param resolution the resolution's id on the agenda
   * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL, in the order cast; copied
   * @param excluded the owners excluded for a conflict of interest; copied
   */
  public record Vote(String resolution, Map<String, String> ballots, List<String> excluded) {
    /**
     * Copies the ballots and exclusions.
     *
     * @param resolution the resolution's id on the agenda
     * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL, in the order cast; copied
     * @param excluded the owners excluded for a conflict of interest; copied
     */
    public Vote {
      Objects.requireNonNull(resolution, "resolution");
      ballots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ballots));
      excluded = List.copyOf(excluded);
    }
  }

  /**
   * The votes of a closed assembly as its minutes record them: its voting body, attendance,
   * proxies and ballots; the items the domain recorded as not voted at the closing ({@link
   * AssemblyClosed#notVoted()}) are postponed (no vote, no outcome).
   *
   * @param s the closed assembly
   * @param language the language its titles are written in, or null
   * @return its recorded votes
   */
  public static RecordedVotes of(GeneralAssembly.Snapshot s, String language) {
    List<Voter> voters = new ArrayList<>();
    for (Owner o : s.owners()) {
      voters.add(new Voter(o.id().value(), o.shares()));
    }
    List<Presence> present = new ArrayList<>();
    for (Attendance a : s.attendance() == null ? List.<Attendance>of() : s.attendance()) {
      present.add(new Presence(a.owner().value(), a.mode().name(), a.holder() == null ? null : a.holder().value()));
    }
    List<Vote> cast = new ArrayList<>();
    for (MinutesEntry e : s.votes()) {
      Map<String, String> ballots = new LinkedHashMap<>();
      e.ballots().forEach((owner, ballot) -> ballots.put(owner.value(), ballot.name()));
      cast.add(new Vote(e.item().id().value(), ballots, e.excluded().stream().map(OwnerId::value).toList()));
    }
    List<String> notVoted = new ArrayList<>();
    for (AssemblyEvent e : s.history()) {
      if (e instanceof AssemblyClosed closed) {
        closed.notVoted().forEach(id -> notVoted.add(id.value()));
      }
    }
    return new RecordedVotes(language, voters, s.syndic() == null ? null : s.syndic().value(), present, cast,
        notVoted);
  }

  /**
   * The votes of a {@code general-assembly} calculation input that the rule family accepted (so
   * every field has the type it needs).
   *
   * @param input the accepted input
   * @param language the language the titles are written in, or null
   * @return the votes it names
   */
  @SuppressWarnings("unchecked")
  public static RecordedVotes fromInput(Map<String, Object> input, String language) {
    List<Voter> owners = new ArrayList<>();
    for (Map<String, Object> o : (List<Map<String, Object>>) input.get("owners")) {
      owners.add(new Voter(String.valueOf(o.get("id")), new BigDecimal(String.valueOf(o.get("shares")))));
    }
    List<Presence> attendance = new ArrayList<>();
    for (Map<String, Object> a : (List<Map<String, Object>>) input.get("attendance")) {
      Object holder = a.get("holder");
      attendance.add(new Presence(String.valueOf(a.get("owner")), String.valueOf(a.get("mode")),
          "PROXY".equals(a.get("mode")) && holder != null ? String.valueOf(holder) : null));
    }
    List<Vote> votes = new ArrayList<>();
    for (Map<String, Object> r : (List<Map<String, Object>>) input.get("resolutions")) {
      Map<String, String> ballots = new LinkedHashMap<>();
      ((Map<String, Object>) r.get("ballots")).forEach((k, v) -> ballots.put(k, String.valueOf(v)));
      List<String> excluded = new ArrayList<>();
      Object raw = r.get("excluded");
      if (raw instanceof List<?> list) {
        list.forEach(e -> excluded.add(String.valueOf(e)));
      }
      votes.add(new Vote(String.valueOf(r.get("id")), ballots, excluded));
    }
    Object syndic = input.get("syndic");
    return new RecordedVotes(language, owners, syndic == null ? null : String.valueOf(syndic),
        attendance, votes);
  }

  /**
   * The {@code general-assembly} calculation input of {@code assembly} with these votes: the
   * assembly's rules, session and agenda (each resolution's majority), these owners, attendance
   * and ballots. A resolution on the agenda without a recorded vote has no ballot; a postponed
   * one is left out (it was not put to the vote, so it has no count and no outcome).
   *
   * @param assembly the stored assembly these votes are of
   * @return the calculation input
   */
  public Map<String, Object> input(Assembly assembly) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rules", assembly.rules());
    input.put("session", assembly.session());
    List<Map<String, Object>> voters = new ArrayList<>();
    for (Voter o : owners) {
      voters.add(Map.of("id", o.id(), "shares", o.shares().toPlainString()));
    }
    input.put("owners", voters);
    if (syndic != null) {
      input.put("syndic", syndic);
    }
    List<Map<String, Object>> present = new ArrayList<>();
    for (Presence p : attendance) {
      present.add(p.holder() == null
          ? Map.of("owner", p.owner(), "mode", p.mode())
          : Map.of("owner", p.owner(), "mode", p.mode(), "holder", p.holder()));
    }
    input.put("attendance", present);
    List<Map<String, Object>> resolutions = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      if (isPostponed(r.id())) {
        continue;
      }
      Vote vote = votes.stream().filter(v -> v.resolution().equals(r.id())).findFirst()
          .orElse(new Vote(r.id(), Map.of(), List.of()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", r.id());
      row.put("majority", r.majority());
      row.put("ballots", new LinkedHashMap<String, Object>(vote.ballots()));
      if (!vote.excluded().isEmpty()) {
        row.put("excluded", vote.excluded());
      }
      resolutions.add(row);
    }
    input.put("resolutions", resolutions);
    return input;
  }
}
