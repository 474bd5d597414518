/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;

/** Assemblies for the tests: a builder, the five-owner building, and random assemblies. */
final class AssemblyFixtures {
  private AssemblyFixtures() {}

  /** An empty assembly under the Belgian rules, first session. */
  static AssemblyBuilder assembly() {
    return new AssemblyBuilder();
  }

  /** Owners A, B, C (100 each), D (300) and E (400): 1000 shares. */
  static AssemblyBuilder fiveOwners() {
    return assembly().owner("A", "100").owner("B", "100").owner("C", "100").owner("D", "300").owner("E", "400");
  }

  /** Ballots from pairs: {@code ballots("A", "FOR", "B", "AGAINST")}. */
  static Map<OwnerId, Ballot> ballots(String... pairs) {
    Map<OwnerId, Ballot> result = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      result.put(OwnerId.of(pairs[i]), Ballot.valueOf(pairs[i + 1]));
    }
    return result;
  }

  static Resolution resolution(String id, MajorityRule majority, String... ballotPairs) {
    return Resolution.of(id, majority, ballots(ballotPairs));
  }

  static OwnerId owner(String id) {
    return OwnerId.of(id);
  }

  /** Builds an assembly's owners and attendance list. */
  static final class AssemblyBuilder {
    private VotingRules rules = BelgianCoOwnershipRules.standard();
    private Session session = Session.FIRST;
    private final List<Owner> owners = new ArrayList<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private HolderId syndic;

    AssemblyBuilder rules(VotingRules value) {
      rules = value;
      return this;
    }

    AssemblyBuilder secondSession() {
      session = Session.SECOND;
      return this;
    }

    AssemblyBuilder owner(String id, String shares) {
      owners.add(Owner.of(id, shares));
      return this;
    }

    AssemblyBuilder owner(Owner owner) {
      owners.add(owner);
      return this;
    }

    AssemblyBuilder syndic(String id) {
      syndic = HolderId.of(id);
      return this;
    }

    AssemblyBuilder present(String... ids) {
      for (String id : ids) {
        attendance.add(Attendance.present(id));
      }
      return this;
    }

    AssemblyBuilder everyonePresent() {
      for (Owner o : owners) {
        attendance.add(Attendance.present(o.id().value()));
      }
      return this;
    }

    AssemblyBuilder proxy(String owner, String holder) {
      attendance.add(Attendance.proxy(owner, holder));
      return this;
    }

    AssemblyTally open() {
      return AssemblyTally.open(rules, session, owners, syndic, attendance);
    }
  }

  /**
   * A random, valid assembly with one resolution: 1 to 12 owners with whole or decimal shares,
   * each absent, present or represented (by a present owner or by an outsider), ballots from some
   * voting owners, sometimes an owner excluded.
   */
  record RandomAssembly(
      VotingRules rules, Session session, List<Owner> owners, HolderId syndic,
      List<Attendance> attendance, Resolution resolution) {

    static RandomAssembly of(long seed, VotingRules rules, Majority majority) {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(12);
      List<Owner> owners = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigDecimal shares = BigDecimal.valueOf(1 + random.nextInt(50_000), random.nextInt(3));
        owners.add(new Owner(OwnerId.of("o" + i), shares, 1 + random.nextInt(3), true));
      }
      int[] status = new int[n];
      List<Integer> present = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int r = random.nextInt(10);
        status[i] = r < 2 ? 0 : r < 6 ? 1 : 2;
        if (status[i] == 1) {
          present.add(i);
        }
      }
      List<Attendance> attendance = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "o" + i;
        if (status[i] == 1) {
          attendance.add(Attendance.present(id));
        } else if (status[i] == 2) {
          if (!present.isEmpty() && random.nextBoolean()) {
            attendance.add(Attendance.proxy(id, "o" + present.get(random.nextInt(present.size()))));
          } else {
            attendance.add(Attendance.proxy(id, "h" + random.nextInt(3)));
          }
        }
      }
      java.util.Collections.shuffle(attendance, random);
      HolderId syndic = random.nextInt(4) == 0 ? HolderId.of("h0") : null;
      RandomAssembly draft = new RandomAssembly(
          rules, random.nextInt(4) == 0 ? Session.SECOND : Session.FIRST, owners, syndic,
          attendance, Resolution.of("r", majority, Map.of()));
      AssemblyTally tally = draft.tally();
      Set<OwnerId> excluded = new LinkedHashSet<>();
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      Ballot[] choices = Ballot.values();
      for (Owner o : owners) {
        if (random.nextInt(8) == 0) {
          excluded.add(o.id());
        } else if (tally.isPresentOrRepresented(o.id()) && random.nextInt(6) != 0) {
          ballots.put(o.id(), random.nextInt(3) == 0 ? choices[random.nextInt(choices.length)]
              : random.nextBoolean() ? Ballot.FOR : Ballot.AGAINST);
        }
      }
      return draft.with(new Resolution(ResolutionId.of("r"), RequiredMajority.stated(majority), ballots, excluded));
    }

    AssemblyTally tally() {
      return AssemblyTally.open(rules, session, owners, syndic, attendance);
    }

    VoteCount count() {
      return tally().count(resolution);
    }

    RandomAssembly with(Resolution value) {
      return new RandomAssembly(rules, session, owners, syndic, attendance, value);
    }

    RandomAssembly with(List<Attendance> value) {
      return new RandomAssembly(rules, session, owners, syndic, value, resolution);
    }

    RandomAssembly withBallots(Map<OwnerId, Ballot> value) {
      return with(new Resolution(resolution.id(), resolution.majority(), value, resolution.excluded()));
    }

    /** Every FOR made AGAINST and every AGAINST made FOR. */
    RandomAssembly swapped() {
      Map<OwnerId, Ballot> swapped = new LinkedHashMap<>();
      resolution.ballots().forEach((o, b) ->
          swapped.put(o, b == Ballot.FOR ? Ballot.AGAINST : b == Ballot.AGAINST ? Ballot.FOR : b));
      return withBallots(swapped);
    }

    /** The voting owners (present or represented, not excluded) who cast neither FOR nor AGAINST. */
    List<OwnerId> votersNotCasting() {
      AssemblyTally tally = tally();
      List<OwnerId> result = new ArrayList<>();
      for (Owner o : owners) {
        Ballot b = resolution.ballotOf(o.id());
        if (tally.isPresentOrRepresented(o.id()) && !resolution.excluded().contains(o.id())
            && (b == null || !b.isCast())) {
          result.add(o.id());
        }
      }
      return result;
    }

    /** The owners absent from the attendance list. */
    List<OwnerId> absentOwners() {
      Set<OwnerId> listed = new LinkedHashSet<>();
      attendance.forEach(a -> listed.add(a.owner()));
      List<OwnerId> result = new ArrayList<>();
      owners.forEach(o -> {
        if (!listed.contains(o.id())) {
          result.add(o.id());
        }
      });
      return result;
    }

    @Override
    public String toString() {
      return rules + " " + session + " owners=" + owners + " syndic=" + syndic + " attendance="
          + attendance + " resolution=" + resolution;
    }
  }
}
