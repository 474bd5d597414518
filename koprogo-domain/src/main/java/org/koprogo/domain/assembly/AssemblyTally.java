/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The count of an assembly's votes under a {@link VotingRules}: built once from the owners and the
 * attendance list (which checks the proxies and the quorum), then asked to count each resolution.
 *
 * <p>Proxies are reviewed per holder, holders in order of their first proxy in the attendance
 * list and each holder's proxies in attendance order; a refused principal counts as absent. A
 * holder who is an owner must be present in person. On each resolution the voting owners are
 * those present or validly represented and not excluded (and, on a charge borne by some owners
 * only, who bear a part of it: they then vote with their parts, art. 3.87 §6); the votes of each
 * voting person (a present owner with the proxies they hold, or a proxy holder who is not an
 * owner) go through the rules' {@link VoteCap}.
 *
 * <p>Counting a resolution is linear in the number of owners. Immutable and thread-safe.
 */
public final class AssemblyTally {
  private final VotingRules rules;
  private final Session session;
  private final List<Owner> owners;
  private final Map<OwnerId, Integer> index;
  private final BigDecimal[] votes;
  private final boolean[] eligible;
  private final int[] voterOf;
  private final List<HolderId> voters;
  private final List<Attendance> attendance;
  private final List<RejectedProxy> rejected;
  private final Quorum quorum;

  private AssemblyTally(
      VotingRules rules, Session session, List<Owner> owners, Map<OwnerId, Integer> index,
      BigDecimal[] votes, boolean[] eligible, int[] voterOf, List<HolderId> voters,
      List<Attendance> attendance, List<RejectedProxy> rejected, Quorum quorum) {
    this.rules = rules;
    this.session = session;
    this.owners = owners;
    this.index = index;
    this.votes = votes;
    this.eligible = eligible;
    this.voterOf = voterOf;
    this.voters = voters;
    this.attendance = attendance;
    this.rejected = rejected;
    this.quorum = quorum;
  }

  /**
   * Opens the count.
   *
   * @param rules the rule set, never null
   * @param session the session sitting, never null
   * @param owners every owner (member) of the voting body, at least one
   * @param syndic the syndic, or null (a syndic may be an owner)
   * @param attendance the attendance list; owners not on it are absent
   * @return the tally, never null
   * @throws KoproGoException {@code EMPTY_OWNERS}, {@code DUPLICATE_OWNER}, {@code UNKNOWN_OWNER},
   *     {@code DUPLICATE_ATTENDANCE}, {@code HOLDER_NOT_PRESENT}
   */
  public static AssemblyTally open(
      VotingRules rules, Session session, List<Owner> owners, HolderId syndic,
      List<Attendance> attendance) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(session, "session");
    List<Owner> roll = List.copyOf(owners);
    List<Attendance> list = List.copyOf(attendance);
    if (roll.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS, "an assembly needs owners", "field", "owners");
    }
    int n = roll.size();
    Map<OwnerId, Integer> index = new HashMap<>(n * 2);
    BigDecimal[] votes = new BigDecimal[n];
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      Owner o = roll.get(i);
      if (index.putIfAbsent(o.id(), i) != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "owner '" + o.id() + "' is listed twice",
            "field", "owners[" + i + "]", "value", o.id().value());
      }
      eligible[i] = rules.weights().mayVote(o);
    }
    List<BigDecimal> weighed = rules.weights().weigh(roll);
    BigDecimal allVotes = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      votes[i] = eligible[i] ? weighed.get(i) : BigDecimal.ZERO;
      allVotes = allVotes.add(votes[i]);
    }

    Attendance[] entryOf = new Attendance[n];
    for (int k = 0; k < list.size(); k++) {
      Attendance a = list.get(k);
      Integer i = index.get(a.owner());
      if (i == null) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + a.owner() + "' in the attendance list is not an owner",
            "field", "attendance[" + k + "].owner", "value", a.owner().value());
      }
      if (entryOf[i] != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_ATTENDANCE, "owner '" + a.owner() + "' is on the attendance list twice",
            "field", "attendance[" + k + "].owner", "value", a.owner().value());
      }
      entryOf[i] = a;
    }

    Map<HolderId, List<Integer>> proxiesByHolder = new LinkedHashMap<>();
    for (int k = 0; k < list.size(); k++) {
      Attendance a = list.get(k);
      if (a.mode() != AttendanceMode.PROXY) {
        continue;
      }
      Integer h = index.get(OwnerId.of(a.holder().value()));
      if (h != null && (entryOf[h] == null || entryOf[h].mode() != AttendanceMode.PRESENT)) {
        throw KoproGoException.of(
            ErrorCode.HOLDER_NOT_PRESENT,
            "holder '" + a.holder() + "' of the proxy of '" + a.owner() + "' is an owner who is not present",
            "field", "attendance[" + k + "].holder", "value", a.holder().value());
      }
      proxiesByHolder.computeIfAbsent(a.holder(), x -> new ArrayList<>()).add(index.get(a.owner()));
    }

    boolean[] refused = new boolean[n];
    List<RejectedProxy> rejected = new ArrayList<>();
    for (Map.Entry<HolderId, List<Integer>> e : proxiesByHolder.entrySet()) {
      HolderId holder = e.getKey();
      List<Integer> principals = e.getValue();
      Integer h = index.get(OwnerId.of(holder.value()));
      List<BigDecimal> principalVotes = new ArrayList<>(principals.size());
      for (int p : principals) {
        principalVotes.add(votes[p]);
      }
      ProxyHolding holding = new ProxyHolding(
          holder, holder.equals(syndic), h == null ? BigDecimal.ZERO : votes[h], principalVotes, allVotes);
      List<ProxyRefusal> review = rules.proxies().review(holding);
      for (int j = 0; j < principals.size(); j++) {
        ProxyRefusal refusal = review.get(j);
        if (refusal != null) {
          int p = principals.get(j);
          refused[p] = true;
          rejected.add(new RejectedProxy(roll.get(p).id(), holder, refusal));
        }
      }
    }

    int[] voterOf = new int[n];
    Map<HolderId, Integer> voterIndex = new HashMap<>();
    List<HolderId> voters = new ArrayList<>();
    int ownersPresent = 0;
    int ownersTotal = 0;
    int lotsPresent = 0;
    int lotsTotal = 0;
    BigDecimal sharesPresent = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      Attendance a = entryOf[i];
      boolean attends = a != null && !refused[i];
      if (attends) {
        HolderId voter = a.voter();
        Integer v = voterIndex.get(voter);
        if (v == null) {
          v = voters.size();
          voterIndex.put(voter, v);
          voters.add(voter);
        }
        voterOf[i] = v;
      } else {
        voterOf[i] = -1;
      }
      if (eligible[i]) {
        ownersTotal++;
        lotsTotal += roll.get(i).lots();
        if (attends) {
          ownersPresent++;
          lotsPresent += roll.get(i).lots();
          sharesPresent = sharesPresent.add(votes[i]);
        }
      }
    }
    Attendees attendees =
        new Attendees(ownersPresent, ownersTotal, lotsPresent, lotsTotal, sharesPresent, allVotes);
    Quorum quorum = rules.quorum().check(session, attendees);
    return new AssemblyTally(
        rules, session, roll, Collections.unmodifiableMap(index), votes, eligible, voterOf,
        List.copyOf(voters), list, List.copyOf(rejected), quorum);
  }

  /**
   * The rule set.
   *
   * @return the rule set
   */
  public VotingRules rules() {
    return rules;
  }

  /**
   * The session sitting.
   *
   * @return the session
   */
  public Session session() {
    return session;
  }

  /**
   * Every owner, in the order given.
   *
   * @return the owners
   */
  public List<Owner> owners() {
    return owners;
  }

  /**
   * The attendance list as given.
   *
   * @return the attendance
   */
  public List<Attendance> attendance() {
    return attendance;
  }

  /**
   * The quorum.
   *
   * @return the quorum
   */
  public Quorum quorum() {
    return quorum;
  }

  /**
   * The refused proxies, per holder in attendance order.
   *
   * @return the refused proxies
   */
  public List<RejectedProxy> rejectedProxies() {
    return rejected;
  }

  /**
   * True when {@code owner} is an owner.
   *
   * @param owner an owner id
   * @return whether they are an owner
   */
  public boolean isOwner(OwnerId owner) {
    return index.containsKey(owner);
  }

  /**
   * True when {@code owner} is present or validly represented.
   *
   * @param owner an owner id
   * @return whether they are present or validly represented
   */
  public boolean isPresentOrRepresented(OwnerId owner) {
    Integer i = index.get(owner);
    return i != null && voterOf[i] >= 0;
  }

  /**
   * True when {@code owner} belongs to the voting body (false for a member not in good standing).
   *
   * @param owner an owner id
   * @return whether they may vote
   */
  public boolean mayVote(OwnerId owner) {
    Integer i = index.get(owner);
    return i != null && eligible[i];
  }

  /**
   * The person voting for {@code owner} (the owner or their proxy holder), or null when absent.
   *
   * @param owner an owner id
   * @return who votes for them, or null
   */
  public HolderId voterOf(OwnerId owner) {
    Integer i = index.get(owner);
    return i == null || voterOf[i] < 0 ? null : voters.get(voterOf[i]);
  }

  /**
   * Counts every resolution, in order.
   *
   * @param resolutions the resolutions, each with its ballots
   * @return the quorum, the refused proxies and each resolution's count
   * @throws KoproGoException {@code DUPLICATE_RESOLUTION} for a resolution listed twice, and what
   *     {@link #count(Resolution)} throws
   */
  public AssemblyResult countAll(List<Resolution> resolutions) {
    Map<ResolutionId, VoteCount> counts = new LinkedHashMap<>();
    for (Resolution r : resolutions) {
      if (counts.containsKey(r.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RESOLUTION, "resolution '" + r.id() + "' is listed twice",
            "field", "resolutions", "value", r.id().value());
      }
      counts.put(r.id(), count(r));
    }
    return new AssemblyResult(quorum, rejected, counts);
  }

  /**
   * Counts one resolution.
   *
   * @param resolution the resolution, with its ballots
   * @return its count and outcome
   * @throws KoproGoException {@code UNKNOWN_OWNER} for a ballot or an exclusion naming no owner,
   *     {@code BALLOT_FROM_ABSENT_OWNER}, {@code BALLOT_FROM_INELIGIBLE_MEMBER}
   */
  public VoteCount count(Resolution resolution) {
    int n = owners.size();
    boolean[] excluded = new boolean[n];
    for (OwnerId o : resolution.excluded()) {
      Integer i = index.get(o);
      if (i == null) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER,
            "'" + o + "' excluded from resolution '" + resolution.id() + "' is not an owner",
            "field", "excluded", "value", o.value());
      }
      excluded[i] = true;
    }
    // Art. 3.87 §6: on a charge borne by some owners only, they alone vote, with their parts.
    boolean keyed = resolution.hasChargeKey();
    BigDecimal[] votes = this.votes;
    if (keyed) {
      votes = new BigDecimal[n];
      Arrays.fill(votes, BigDecimal.ZERO);
      for (Map.Entry<OwnerId, BigDecimal> e : resolution.chargeKey().entrySet()) {
        Integer i = index.get(e.getKey());
        if (i == null) {
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_OWNER,
              "'" + e.getKey() + "' in the charge key of resolution '" + resolution.id()
                  + "' is not an owner",
              "field", "chargeKey." + e.getKey(), "value", e.getKey().value());
        }
        if (eligible[i] && e.getValue().signum() > 0) {
          votes[i] = rules.weights().votesOnCharge(owners.get(i), e.getValue());
        }
      }
    }
    Ballot[] ballots = new Ballot[n];
    for (Map.Entry<OwnerId, Ballot> e : resolution.ballots().entrySet()) {
      ballots[checkBallot(resolution.id(), e.getKey())] = e.getValue();
    }

    int m = voters.size();
    BigDecimal[] weight = new BigDecimal[m];
    BigDecimal[] forBy = new BigDecimal[m];
    BigDecimal[] againstBy = new BigDecimal[m];
    int[] firstOwner = new int[m];
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal abstainedTotal = BigDecimal.ZERO;
    BigDecimal allVotes = BigDecimal.ZERO;
    int ownersTotal = 0;
    int ownersFor = 0;
    boolean everyVoterFor = true;
    boolean everyOwnerFor = true;
    for (int i = 0; i < n; i++) {
      if (!eligible[i] || (keyed && votes[i].signum() == 0)) {
        continue;
      }
      ownersTotal++;
      allVotes = allVotes.add(votes[i]);
      if (excluded[i]) {
        continue;
      }
      int v = voterOf[i];
      Ballot b = ballots[i];
      if (b != Ballot.FOR) {
        everyOwnerFor = false;
      }
      if (v < 0) {
        continue;
      }
      if (b != Ballot.FOR) {
        everyVoterFor = false;
      }
      if (weight[v] == null) {
        weight[v] = BigDecimal.ZERO;
        forBy[v] = BigDecimal.ZERO;
        againstBy[v] = BigDecimal.ZERO;
        firstOwner[v] = i;
      }
      weight[v] = weight[v].add(votes[i]);
      total = total.add(votes[i]);
      if (b == Ballot.FOR) {
        ownersFor++;
        forBy[v] = forBy[v].add(votes[i]);
      } else if (b == Ballot.AGAINST) {
        againstBy[v] = againstBy[v].add(votes[i]);
      } else {
        abstainedTotal = abstainedTotal.add(votes[i]);
      }
    }

    BigDecimal forPlain = BigDecimal.ZERO;
    BigDecimal againstPlain = BigDecimal.ZERO;
    Fraction forCapped = Fraction.ZERO;
    Fraction againstCapped = Fraction.ZERO;
    Fraction abstainedCapped = Fraction.ZERO;
    BigDecimal abstainedOfCapped = BigDecimal.ZERO;
    List<Integer> cappedVoters = new ArrayList<>(1);
    for (int v = 0; v < m; v++) {
      if (weight[v] == null) {
        continue;
      }
      BigDecimal cast = forBy[v].add(againstBy[v]);
      Fraction factor = rules.cap().factor(weight[v], cast, total.subtract(weight[v]));
      if (factor == null) {
        forPlain = forPlain.add(forBy[v]);
        againstPlain = againstPlain.add(againstBy[v]);
      } else {
        cappedVoters.add(v);
        forCapped = forCapped.plus(Fraction.of(forBy[v]).times(factor));
        againstCapped = againstCapped.plus(Fraction.of(againstBy[v]).times(factor));
        BigDecimal abstainedBy = weight[v].subtract(forBy[v]).subtract(againstBy[v]);
        abstainedOfCapped = abstainedOfCapped.add(abstainedBy);
        abstainedCapped = abstainedCapped.plus(
            rules.cap().overVotesCast() ? Fraction.of(abstainedBy) : Fraction.of(abstainedBy).times(factor));
      }
    }
    cappedVoters.sort((a, b) -> Integer.compare(firstOwner[a], firstOwner[b]));
    List<CappedVoter> capped = new ArrayList<>(cappedVoters.size());
    for (int v : cappedVoters) {
      capped.add(new CappedVoter(voters.get(v),
          rules.cap().overVotesCast() ? forBy[v].add(againstBy[v]) : weight[v], total.subtract(weight[v])));
    }
    Fraction forVotes = Fraction.of(forPlain).plus(forCapped);
    Fraction against = Fraction.of(againstPlain).plus(againstCapped);
    Fraction abstained = Fraction.of(abstainedTotal.subtract(abstainedOfCapped)).plus(abstainedCapped);

    VoteTotals totals = new VoteTotals(
        forVotes, against, abstained, allVotes, ownersFor, ownersTotal, everyOwnerFor, everyVoterFor);
    boolean adopted = resolution.majority().majority().adopts(totals);
    Outcome outcome = !quorum.reached() ? Outcome.NO_QUORUM : adopted ? Outcome.ADOPTED : Outcome.REJECTED;
    return new VoteCount(
        resolution.id(), resolution.majority(), outcome, forVotes, against, abstained, capped, totals);
  }

  private int checkBallot(ResolutionId resolution, OwnerId owner) {
    Integer i = index.get(owner);
    if (i == null) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_OWNER,
          "'" + owner + "' voting on resolution '" + resolution + "' is not an owner",
          "field", "ballots." + owner, "value", owner.value());
    }
    if (voterOf[i] < 0) {
      throw KoproGoException.of(
          ErrorCode.BALLOT_FROM_ABSENT_OWNER,
          "owner '" + owner + "' is neither present nor validly represented but voted on '"
              + resolution + "'",
          "field", "ballots." + owner, "value", owner.value());
    }
    if (!eligible[i]) {
      throw KoproGoException.of(
          ErrorCode.BALLOT_FROM_INELIGIBLE_MEMBER,
          "member '" + owner + "' is not in good standing but voted on '" + resolution + "'",
          "field", "ballots." + owner, "value", owner.value());
    }
    return i;
  }
}
