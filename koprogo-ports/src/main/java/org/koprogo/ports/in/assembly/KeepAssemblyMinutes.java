/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.RecordedVotes;

/**
 * The stored assemblies and their minutes. An assembly kept without its lifecycle (only its
 * agenda stored) has its votes recorded here: each resolution's outcome on the stored {@link
 * Assembly} (state {@code CLOSED}) and the votes themselves ({@link RecordedVotes}), in one unit
 * of work with an audit entry ({@code MinutesRecorded}). Reading the minutes counts the votes
 * again with the general-assembly rule family. Records of law are append-only: minutes once
 * recorded are never replaced ({@code ILLEGAL_TRANSITION}); a correction is a new audit entry
 * ({@code MinutesCorrected}, subject {@code assembly/<id>}) that keeps the original.
 *
 * <p>The voting body of a building's assembly is read from its stored lots (the owners with
 * their shares in the common parts); an organisation's assembly counts every owner once.
 */
public interface KeepAssemblyMinutes {

  /**
   * The attendance, proxies and ballots of an assembly, as the general-assembly rule family
   * reads them.
   *
   * @param attendance {@code [{owner, mode: PRESENT|PROXY, holder?}]}; an owner not listed is
   *     absent; null for none
   * @param ballots resolution id to {@code {owner: FOR|AGAINST|ABSTAIN|BLANK|NULL}}; null for none
   * @param excluded resolution id to the owners excluded from that vote; null for none
   * @param syndic the syndic's id when they attend (a syndic holds no proxy), or null
   * @param language the language the titles are written in (fr, nl, de, en), or null
   */
  record Votes(@Nullable List<Map<String, Object>> attendance, @Nullable Map<String, Map<String, Object>> ballots,
      @Nullable Map<String, List<String>> excluded, @Nullable String syndic, @Nullable String language) {}

  /**
   * A correction of recorded minutes, as a client sends it: what is corrected and why (each at
   * most 2,000 characters).
   *
   * @param correction what is corrected
   * @param reason why
   */
  record NewCorrection(String correction, String reason) {}

  /**
   * An assembly whose votes are counted.
   *
   * @param assembly the stored assembly, with each resolution's outcome
   * @param result the rule family's count (quorum, each resolution's totals and outcome)
   */
  record Counted(Assembly assembly, Map<String, Object> result) {
    /**
     * The count, typed.
     *
     * @return {@link #result} as a {@link Tally}
     */
    public Tally tally() {
      return Tally.of(result);
    }
  }

  /**
   * The general-assembly rule family's count of an assembly's votes (the {@code result} of {@link
   * Counted} and {@link Recorded}, and what {@link #tally} answers), typed: the same fields, in the
   * same order. Votes and shares are exact strings.
   *
   * @param quorum the quorum checked
   * @param rejectedProxies the proxies the rules refused (their principal counts as absent)
   * @param resolutions each voted resolution's count by its id, in the order of the count
   */
  record Tally(Quorum quorum, List<RefusedProxy> rejectedProxies, Map<String, Count> resolutions) {
    /**
     * Copies the collections.
     *
     * @param quorum the quorum checked, never null
     * @param rejectedProxies the proxies refused, never null
     * @param resolutions the counts by resolution id, never null
     */
    public Tally {
      java.util.Objects.requireNonNull(quorum, "quorum");
      rejectedProxies = List.copyOf(rejectedProxies);
      resolutions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resolutions));
    }

    /**
     * The quorum checked.
     *
     * @param reached whether it is reached
     * @param rule the rule that reached it, or null when none did
     * @param ownersPresent the owners present or represented
     * @param ownersTotal the owners of the voting body
     * @param sharesPresent their shares
     * @param sharesTotal every share
     */
    public record Quorum(boolean reached, @Nullable String rule, int ownersPresent, int ownersTotal,
        String sharesPresent, String sharesTotal) {}

    /**
     * A proxy the rules refused.
     *
     * @param owner the principal, counted absent
     * @param holder who held the proxy
     * @param reason why it is refused: SYNDIC_CANNOT_HOLD_PROXY or TOO_MANY_PROXIES
     */
    public record RefusedProxy(String owner, String holder, String reason) {}

    /**
     * One resolution's count.
     *
     * @param outcome ADOPTED or REJECTED (the outcome's name)
     * @param adopted whether it is adopted
     * @param forVotes the votes for (the rule family's {@code for})
     * @param against the votes against
     * @param abstained the abstentions
     * @param capped the voters whose votes were capped
     */
    public record Count(String outcome, boolean adopted, String forVotes, String against, String abstained,
        List<String> capped) {
      /**
       * Copies the capped voters.
       *
       * @param outcome the outcome's name
       * @param adopted whether it is adopted
       * @param forVotes the votes for
       * @param against the votes against
       * @param abstained the abstentions
       * @param capped the voters whose votes were capped, never null
       */
      public Count {
        capped = List.copyOf(capped);
      }
    }

    /**
     * The typed count of the rule family's {@code result} (fields {@code quorum}, {@code
     * rejectedProxies}, {@code resolutions}, as {@code docs/spec/RULES.md} gives them).
     *
     * @param result the general-assembly rule family's result, never null
     * @return the same count, typed
     */
    @SuppressWarnings("unchecked")
    public static Tally of(Map<String, Object> result) {
      Map<String, Object> q = (Map<String, Object>) result.get("quorum");
      Quorum quorum = new Quorum((Boolean) q.get("reached"), (String) q.get("rule"),
          ((Number) q.get("ownersPresent")).intValue(), ((Number) q.get("ownersTotal")).intValue(),
          (String) q.get("sharesPresent"), (String) q.get("sharesTotal"));
      List<RefusedProxy> refused = new java.util.ArrayList<>();
      for (Object row : (List<Object>) result.get("rejectedProxies")) {
        Map<String, Object> r = (Map<String, Object>) row;
        refused.add(new RefusedProxy((String) r.get("owner"), (String) r.get("holder"), (String) r.get("reason")));
      }
      Map<String, Count> counts = new java.util.LinkedHashMap<>();
      ((Map<String, Object>) result.get("resolutions")).forEach((id, row) -> {
        Map<String, Object> c = (Map<String, Object>) row;
        counts.put(id, new Count((String) c.get("outcome"), (Boolean) c.get("adopted"), (String) c.get("for"),
            (String) c.get("against"), (String) c.get("abstained"),
            ((List<Object>) c.get("capped")).stream().map(String::valueOf).toList()));
      });
      return new Tally(quorum, refused, counts);
    }
  }

  /**
   * An assembly whose minutes are recorded.
   *
   * @param assembly the stored assembly, with each resolution's outcome
   * @param votes its recorded votes
   * @param input the general-assembly calculation input of the two
   * @param result the library's count of {@code input}
   */
  record Recorded(Assembly assembly, RecordedVotes votes, Map<String, Object> input, Map<String, Object> result) {
    /**
     * The count, typed.
     *
     * @return {@link #result} as a {@link Tally}
     */
    public Tally tally() {
      return Tally.of(result);
    }
  }

  /**
   * A correction of recorded minutes, as its {@code MinutesCorrected} audit entry keeps it.
   *
   * @param sequence the audit entry's sequence number
   * @param at when the correction was recorded
   * @param by who recorded it
   * @param correction what is corrected
   * @param reason why
   */
  record Correction(long sequence, Instant at, String by, String correction, String reason) {
    /**
     * The correction a {@code MinutesCorrected} audit entry records.
     *
     * @param entry the audit entry, never null
     * @return its correction
     */
    public static Correction of(AuditTrail.AuditEntry entry) {
      return new Correction(entry.sequence(), entry.event().at(), entry.event().actor(),
          entry.event().details().get("correction"), entry.event().details().get("reason"));
    }
  }

  /**
   * Recorded minutes with their corrections: what a client shows of an assembly's minutes.
   *
   * @param recorded the recorded minutes, the votes counted again
   * @param corrections every correction of them, oldest first
   */
  record CorrectedMinutes(Recorded recorded, List<Correction> corrections) {
    /**
     * Copies the corrections.
     *
     * @param recorded the recorded minutes, never null
     * @param corrections every correction of them, oldest first
     */
    public CorrectedMinutes {
      java.util.Objects.requireNonNull(recorded, "recorded");
      corrections = List.copyOf(corrections);
    }
  }

  /**
   * Every assembly of the organisation, by id, the whole list, for batch work; a host answering
   * requests reads {@link #assemblies(String, Integer, String) a page}.
   *
   * @param organisation the organisation's id
   * @return the assemblies, in the store's order
   */
  List<Assembly> assemblies(String organisation);

  /**
   * A page of the organisation's assemblies by id: at most {@code limit} after the assembly {@code
   * after} (the last of the previous page; it need not still be stored). The cost follows the
   * page, not the organisation.
   *
   * @param organisation the organisation's id
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last assembly of the previous page, null for the first page
   * @return the page
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code
   *     after} (blank or longer than 100 characters)
   */
  List<Assembly> assemblies(String organisation, Integer limit, String after);

  /**
   * One assembly.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the stored assembly
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Assembly assembly(String organisation, String assembly);

  /**
   * Counts {@code votes} on a stored assembly against its voting body; nothing is stored.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param votes the attendance, proxies and ballots
   * @return the rule family's count
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown assembly
   *     or a ballot on a resolution not on its agenda (field {@code ballots.<id>}), and the rule
   *     family's refusals
   */
  Map<String, Object> tally(String organisation, String assembly, Votes votes);

  /**
   * Records the votes of an assembly kept without its lifecycle: the count's outcomes and the
   * votes are stored and the assembly is CLOSED, audited as {@code MinutesRecorded}.
   *
   * @param ref the assembly (its version is not read) and who records them
   * @param votes the attendance, proxies, ballots and language
   * @return the stored assembly and the count
   * @throws org.koprogo.domain.shared.KoproGoException {@code ILLEGAL_TRANSITION} for an assembly
   *     that runs through its lifecycle or whose minutes are recorded, {@code INVALID_FIELD}
   *     (field {@code language}), and the refusals of {@link #tally}
   */
  Counted record(AssemblyRef ref, Votes votes);

  /**
   * Records the votes of an assembly kept without its lifecycle, as a client sends them ({@link
   * #record(AssemblyRef, Votes)}; the assembly's version is not read).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param votes the attendance, proxies, ballots and language
   * @param actor who records them
   * @return the stored assembly and the count
   */
  default Counted record(String organisation, String assembly, Votes votes, String actor) {
    return record(new AssemblyRef(organisation, assembly, null, actor), votes);
  }

  /**
   * Records {@code votes} with the voting body they name (an association's members, for example,
   * who are not owners of lots) on a stored assembly, audited as {@code MinutesRecorded}.
   *
   * @param ref the assembly and who records them
   * @param votes the votes
   * @return the stored assembly and the count
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #record(AssemblyRef, Votes)}
   */
  Counted record(AssemblyRef ref, RecordedVotes votes);

  /**
   * The assembly with its votes counted again, if its minutes are recorded (state CLOSED or
   * MINUTES_PUBLISHED, and votes stored).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the recorded minutes, or empty
   */
  Optional<Recorded> minutes(String organisation, String assembly);

  /**
   * Records a correction of recorded minutes: a new audit entry {@code MinutesCorrected} (what is
   * corrected and why); the recorded votes and outcomes are untouched.
   *
   * @param ref the assembly and who corrects them
   * @param correction what is corrected (at most 2,000 characters)
   * @param reason why (at most 2,000 characters)
   * @return the audit entry
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} when the assembly has no
   *     recorded minutes, {@code MISSING_FIELD} for a blank correction or reason, {@code
   *     INVALID_FIELD} beyond 2,000 characters
   */
  AuditTrail.AuditEntry correct(AssemblyRef ref, String correction, String reason);

  /**
   * Records a correction of recorded minutes as a client sends it ({@link #correct(AssemblyRef,
   * String, String)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param correction what is corrected and why
   * @param actor who corrects them
   * @return the correction as its audit entry keeps it
   */
  default Correction correct(String organisation, String assembly, NewCorrection correction, String actor) {
    return Correction.of(correct(new AssemblyRef(organisation, assembly, null, actor), correction.correction(),
        correction.reason()));
  }

  /**
   * The corrections of an assembly's minutes, oldest first.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the {@code MinutesCorrected} audit entries
   */
  List<AuditTrail.AuditEntry> corrections(String organisation, String assembly);

  /**
   * The recorded minutes and their corrections in one read, if the minutes are recorded: {@link
   * #minutes} and {@link #corrections} together.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the minutes with their corrections, or empty when none are recorded
   */
  Optional<CorrectedMinutes> correctedMinutes(String organisation, String assembly);

  /**
   * The recorded minutes and their corrections, which must be recorded: what a client shows of
   * an assembly's minutes ({@link #correctedMinutes}, or a refusal).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the minutes with their corrections
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (aggregate {@code
   *     assembly}) when the assembly does not exist or has no recorded minutes
   */
  default CorrectedMinutes recordedMinutes(String organisation, String assembly) {
    return correctedMinutes(organisation, assembly).orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
        "assembly " + assembly + " has no recorded minutes in this organisation", "aggregate", "assembly",
        "value", assembly));
  }
}
