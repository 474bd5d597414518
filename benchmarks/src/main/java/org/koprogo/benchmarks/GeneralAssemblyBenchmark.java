/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A general assembly of {@code owners} co-owners voting 20 resolutions under the Belgian rules:
 * 70% present, 20% represented by a present owner (2 proxies each), small owners represented by
 * a non-owner holding many proxies (within the 10% exception), four proxies to the largest owner
 * (one refused: more than 3 above 10%), one to the syndic (refused); the largest owner holds as
 * many shares as all the others together, so the vote cap (art. 3.87 §7) applies on every
 * resolution; one owner excluded per resolution; majorities absolute, two thirds, four fifths.
 *
 * <ul>
 *   <li>{@code library}: {@link AssemblyTally#open} (proxies, quorum) then {@code countAll} of the
 *       20 resolutions;
 *   <li>{@code baseline}: the straightforward code: hash maps of attendance and proxies, {@link
 *       BigDecimal} votes, the cap by dividing with {@link MathContext#DECIMAL128}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GeneralAssemblyBenchmark {
  private static final int RESOLUTIONS = 20;
  private static final Majority[] MAJORITIES = {
    Majority.ABSOLUTE, Majority.TWO_THIRDS, Majority.ABSOLUTE, Majority.FOUR_FIFTHS
  };

  @Param({"10", "100", "1000"})
  public int owners;

  private List<Owner> roll;
  private List<Attendance> attendance;
  private List<Resolution> resolutions;
  private HolderId syndic;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(3);
    syndic = HolderId.of("SYNDIC");
    roll = new ArrayList<>(owners);
    long others = 0;
    for (int i = 1; i < owners; i++) {
      others += 50 + (i * 37L) % 500;
    }
    roll.add(Owner.of("O0", Long.toString(Math.max(others, 1))));
    for (int i = 1; i < owners; i++) {
      roll.add(Owner.of("O" + i, Long.toString(50 + (i * 37L) % 500)));
    }
    attendance = new ArrayList<>();
    Set<Integer> voting = new HashSet<>();
    for (int i = 0; i < owners; i++) {
      String id = "O" + i;
      int r = i % 100;
      if (r == 9 || r == 19) {
        attendance.add(Attendance.proxy(id, "EXTERNAL-HOLDER"));
        voting.add(i);
      } else if (r == 29 || r == 39 || r == 49 || r == 59) {
        attendance.add(Attendance.proxy(id, "O0"));
      } else if (r == 69) {
        attendance.add(Attendance.proxy(id, syndic.value()));
      } else if (i % 10 == 7 || i % 10 == 8) {
        attendance.add(Attendance.proxy(id, "O" + (i / 10 * 10)));
        voting.add(i);
      } else if (i % 10 != 9) {
        attendance.add(Attendance.present(id));
        voting.add(i);
      }
    }
    resolutions = new ArrayList<>(RESOLUTIONS);
    for (int k = 0; k < RESOLUTIONS; k++) {
      OwnerId excluded = OwnerId.of("O" + (1 + k % Math.max(1, owners - 1)));
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      for (int i : voting) {
        OwnerId id = OwnerId.of("O" + i);
        int b = random.nextInt(100);
        if (id.equals(excluded) || b >= 95) {
          continue;
        }
        ballots.put(id, b < 55 ? Ballot.FOR : b < 85 ? Ballot.AGAINST : Ballot.ABSTAIN);
      }
      resolutions.add(
          Resolution.of("R" + k, MAJORITIES[k % MAJORITIES.length], ballots)
              .excluding(owners > 1 ? Set.of(excluded) : Set.of()));
    }
  }

  @Benchmark
  public AssemblyResult library() {
    return AssemblyTally.open(BelgianCoOwnershipRules.standard(), Session.FIRST, roll, syndic, attendance)
        .countAll(resolutions);
  }

  /** Whether each resolution is adopted, the quorum first. */
  @Benchmark
  public boolean[] baseline() {
    MathContext mc = MathContext.DECIMAL128;
    Map<OwnerId, BigDecimal> shares = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Owner o : roll) {
      shares.put(o.id(), o.shares());
      total = total.add(o.shares());
    }
    Map<OwnerId, String> voterOf = new HashMap<>();
    Map<String, List<OwnerId>> proxies = new LinkedHashMap<>();
    for (Attendance a : attendance) {
      if (a.mode() == AttendanceMode.PRESENT) {
        voterOf.put(a.owner(), a.owner().value());
      } else {
        proxies.computeIfAbsent(a.holder().value(), h -> new ArrayList<>()).add(a.owner());
      }
    }
    BigDecimal tenPercent = total.divide(BigDecimal.TEN, mc);
    for (Map.Entry<String, List<OwnerId>> e : proxies.entrySet()) {
      String holder = e.getKey();
      if (holder.equals(syndic.value())) {
        continue;
      }
      List<OwnerId> principals = e.getValue();
      BigDecimal held = shares.getOrDefault(OwnerId.of(holder), BigDecimal.ZERO);
      for (OwnerId p : principals) {
        held = held.add(shares.get(p));
      }
      int keep = principals.size() > 3 && held.compareTo(tenPercent) > 0 ? 3 : principals.size();
      for (int i = 0; i < keep; i++) {
        voterOf.put(principals.get(i), holder);
      }
    }
    BigDecimal present = BigDecimal.ZERO;
    for (OwnerId o : voterOf.keySet()) {
      present = present.add(shares.get(o));
    }
    boolean quorum =
        voterOf.size() * 2 > roll.size() && present.multiply(BigDecimal.valueOf(2)).compareTo(total) >= 0
            || present.multiply(BigDecimal.valueOf(4)).compareTo(total.multiply(BigDecimal.valueOf(3))) > 0;
    boolean[] adopted = new boolean[resolutions.size() + 1];
    adopted[0] = quorum;
    for (int k = 0; k < resolutions.size(); k++) {
      Resolution res = resolutions.get(k);
      Map<String, BigDecimal> perVoter = new HashMap<>();
      BigDecimal voting = BigDecimal.ZERO;
      for (Map.Entry<OwnerId, String> v : voterOf.entrySet()) {
        if (!res.excluded().contains(v.getKey())) {
          BigDecimal s = shares.get(v.getKey());
          perVoter.merge(v.getValue(), s, BigDecimal::add);
          voting = voting.add(s);
        }
      }
      BigDecimal yes = BigDecimal.ZERO;
      BigDecimal no = BigDecimal.ZERO;
      for (Map.Entry<OwnerId, Ballot> b : res.ballots().entrySet()) {
        String voter = voterOf.get(b.getKey());
        BigDecimal own = perVoter.get(voter);
        BigDecimal rest = voting.subtract(own);
        BigDecimal votes = shares.get(b.getKey());
        if (own.compareTo(rest) > 0 && rest.signum() > 0) {
          votes = votes.multiply(rest).divide(own, mc);
        }
        if (b.getValue() == Ballot.FOR) {
          yes = yes.add(votes);
        } else if (b.getValue() == Ballot.AGAINST) {
          no = no.add(votes);
        }
      }
      BigDecimal cast = yes.add(no);
      Majority m = MAJORITIES[k % MAJORITIES.length];
      adopted[k + 1] =
          quorum
              && cast.signum() > 0
              && (m == Majority.ABSOLUTE
                  ? yes.multiply(BigDecimal.valueOf(2)).compareTo(cast) > 0
                  : m == Majority.TWO_THIRDS
                      ? yes.multiply(BigDecimal.valueOf(3)).compareTo(cast.multiply(BigDecimal.valueOf(2))) >= 0
                      : yes.multiply(BigDecimal.valueOf(5)).compareTo(cast.multiply(BigDecimal.valueOf(4))) >= 0);
    }
    return adopted;
  }
}
