/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The {@code general-assembly} family of RULES.md: quorum, proxies, the vote cap and majorities
 * of a Belgian co-owners' assembly ({@code BE_COPROPRIETE}, Civil Code art. 3.87 and 3.88) or of
 * an assembly where each member has one vote ({@code ONE_MEMBER_ONE_VOTE}).
 *
 * <p>Reads the input in its natural order (rules, session, owners, syndic, attendance, then each
 * resolution), refusing the first fault found, and counts through {@link AssemblyTally}.
 */
public final class GeneralAssemblyFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public GeneralAssemblyFamily() {}

  private static final int SCALE = 4;

  @Override
  public String name() {
    return "general-assembly";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    VotingRules rules = rules(input);
    Session session = session(input);
    List<Owner> owners = owners(input, rules);
    Set<OwnerId> known = new HashSet<>();
    for (Owner o : owners) {
      known.add(o.id());
    }
    HolderId syndic = input.has("syndic") ? holder(input, "syndic") : null;
    List<Attendance> attendance = attendance(input, known);
    AssemblyTally tally = AssemblyTally.open(rules, session, owners, syndic, attendance);
    List<Resolution> resolutions = resolutions(input, tally);
    AssemblyResult result = tally.countAll(resolutions);
    return write(result);
  }

  private static VotingRules rules(CalculationInput input) {
    Object raw = input.raw("rules");
    if (raw == null || BelgianCoOwnershipRules.NAME.equals(raw)) {
      return BelgianCoOwnershipRules.standard();
    }
    if (OneMemberOneVote.NAME.equals(raw)) {
      return OneMemberOneVote.rules();
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_RULES, "unknown rules " + quoted(raw)
            + " (BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE)",
        "field", "rules", "value", raw);
  }

  private static Session session(CalculationInput input) {
    Object raw = input.raw("session");
    if (raw == null) {
      return Session.FIRST;
    }
    for (Session s : Session.values()) {
      if (s.name().equals(raw)) {
        return s;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_SESSION, "unknown session " + quoted(raw) + " (FIRST or SECOND)",
        "field", "session", "value", raw);
  }

  private static List<Owner> owners(CalculationInput input, VotingRules rules) {
    List<CalculationInput> rows = input.objects("owners");
    if (rows.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS, "owners is empty", "field", "owners");
    }
    boolean byShares = !(rules instanceof OneMemberOneVote);
    List<Owner> owners = new ArrayList<>(rows.size());
    Set<String> seen = new HashSet<>();
    for (CalculationInput row : rows) {
      String id = id(row, "id");
      if (!seen.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "owner '" + id + "' is listed twice",
            "field", row.pathOf("id"), "value", id);
      }
      // Shares are required by shares; under one member one vote they are not used, but when
      // given they are still validated (RULES.md version 2: every field given is validated).
      BigDecimal shares = byShares || row.has("shares") ? row.decimal("shares") : null;
      if (shares != null && shares.signum() <= 0) {
        throw KoproGoException.of(
            ErrorCode.NONPOSITIVE_SHARES,
            "shares " + shares.toPlainString() + " of owner '" + id + "' are not positive",
            "field", row.pathOf("shares"), "value", shares.toPlainString());
      }
      owners.add(byShares ? Owner.of(OwnerId.of(id), shares) : Owner.member(id));
    }
    return owners;
  }

  private static List<Attendance> attendance(CalculationInput input, Set<OwnerId> known) {
    List<CalculationInput> rows = input.optionalObjects("attendance");
    List<Attendance> result = new ArrayList<>(rows.size());
    Set<OwnerId> seen = new HashSet<>();
    for (CalculationInput row : rows) {
      OwnerId owner = OwnerId.of(id(row, "owner"));
      if (!known.contains(owner)) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + owner + "' in the attendance list is not an owner",
            "field", row.pathOf("owner"), "value", owner.value());
      }
      if (!seen.add(owner)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_ATTENDANCE, "owner '" + owner + "' is on the attendance list twice",
            "field", row.pathOf("owner"), "value", owner.value());
      }
      Object mode = row.raw("mode");
      if (mode == null) {
        throw KoproGoException.of(
            ErrorCode.MISSING_FIELD, row.pathOf("mode") + " is required", "field", row.pathOf("mode"));
      }
      if (AttendanceMode.PRESENT.name().equals(mode)) {
        if (row.has("holder")) {
          holder(row, "holder"); // not used for someone present, but validated when given
        }
        result.add(new Attendance(owner, AttendanceMode.PRESENT, null));
      } else if (AttendanceMode.PROXY.name().equals(mode)) {
        HolderId holder = holder(row, "holder");
        if (holder.is(owner)) {
          throw KoproGoException.of(
              ErrorCode.INVALID_PROXY, "owner '" + owner + "' cannot hold their own proxy",
              "field", row.pathOf("holder"), "value", owner.value());
        }
        result.add(new Attendance(owner, AttendanceMode.PROXY, holder));
      } else {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_ATTENDANCE_MODE,
            "unknown attendance mode " + quoted(mode) + " (PRESENT or PROXY)",
            "field", row.pathOf("mode"), "value", mode);
      }
    }
    return result;
  }

  private static List<Resolution> resolutions(CalculationInput input, AssemblyTally tally) {
    List<CalculationInput> rows = input.optionalObjects("resolutions");
    List<Resolution> result = new ArrayList<>(rows.size());
    Set<String> seen = new HashSet<>();
    for (CalculationInput row : rows) {
      String id = id(row, "id");
      if (!seen.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RESOLUTION, "resolution '" + id + "' is listed twice",
            "field", row.pathOf("id"), "value", id);
      }
      Majority majority = majority(row);
      Set<OwnerId> excluded = new LinkedHashSet<>();
      for (String e : row.optionalStrings("excluded")) {
        OwnerId owner = e.isBlank() ? null : OwnerId.of(e);
        if (owner == null || !tally.isOwner(owner)) {
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_OWNER, "'" + e + "' excluded from resolution '" + id + "' is not an owner",
              "field", row.pathOf("excluded"), "value", e);
        }
        excluded.add(owner);
      }
      Map<OwnerId, BigDecimal> chargeKey = chargeKey(row, id, tally);
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : row.optionalMap("ballots").entrySet()) {
        String field = row.pathOf("ballots") + "." + e.getKey();
        OwnerId owner = e.getKey().isBlank() ? null : OwnerId.of(e.getKey());
        if (owner == null || !tally.isOwner(owner)) {
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_OWNER, "'" + e.getKey() + "' voting on '" + id + "' is not an owner",
              "field", field, "value", e.getKey());
        }
        Ballot ballot = ballot(e.getValue(), field);
        if (!tally.isPresentOrRepresented(owner)) {
          throw KoproGoException.of(
              ErrorCode.BALLOT_FROM_ABSENT_OWNER,
              "owner '" + owner + "' is neither present nor validly represented but voted on '" + id + "'",
              "field", field, "value", owner.value());
        }
        if (excluded.contains(owner)) {
          throw KoproGoException.of(
              ErrorCode.BALLOT_FROM_EXCLUDED_OWNER,
              "owner '" + owner + "' is excluded from resolution '" + id + "' but voted",
              "field", field, "value", owner.value());
        }
        if (!chargeKey.isEmpty()
            && chargeKey.getOrDefault(owner, BigDecimal.ZERO).signum() <= 0) {
          throw KoproGoException.of(
              ErrorCode.BALLOT_FROM_UNCONCERNED_OWNER,
              "owner '" + owner + "' bears no part of the charge voted on in '" + id + "' but voted",
              "field", field, "value", owner.value());
        }
        ballots.put(owner, ballot);
      }
      result.add(
          new Resolution(
              ResolutionId.of(id), RequiredMajority.stated(majority), ballots, excluded, chargeKey));
    }
    return result;
  }

  /** The optional {@code chargeKey} of a resolution (art. 3.87 §6), checked field by field. */
  private static Map<OwnerId, BigDecimal> chargeKey(
      CalculationInput row, String id, AssemblyTally tally) {
    if (!row.has("chargeKey")) {
      return Map.of();
    }
    Map<OwnerId, BigDecimal> key = new LinkedHashMap<>();
    boolean anyPart = false;
    for (Map.Entry<String, Object> e : row.map("chargeKey").entrySet()) {
      String field = row.pathOf("chargeKey") + "." + e.getKey();
      OwnerId owner = e.getKey().isBlank() ? null : OwnerId.of(e.getKey());
      if (owner == null || !tally.isOwner(owner)) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER,
            "'" + e.getKey() + "' in the charge key of '" + id + "' is not an owner",
            "field", field, "value", e.getKey());
      }
      BigDecimal part = row.decimalEntry("chargeKey", e.getKey(), e.getValue());
      if (part.signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_WEIGHT,
            "the part " + part.toPlainString() + " of '" + owner + "' in the charge key is negative",
            "field", field, "value", part.toPlainString());
      }
      anyPart |= part.signum() > 0;
      key.put(owner, part);
    }
    if (!anyPart) {
      throw KoproGoException.of(
          ErrorCode.ZERO_TOTAL_WEIGHT, "every part of the charge key of '" + id + "' is zero",
          "field", row.pathOf("chargeKey"));
    }
    return key;
  }

  private static Majority majority(CalculationInput row) {
    Object raw = row.raw("majority");
    if (raw == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, row.pathOf("majority") + " is required", "field", row.pathOf("majority"));
    }
    for (Majority m : Majority.values()) {
      if (m.name().equals(raw)) {
        return m;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_MAJORITY, "unknown majority " + quoted(raw),
        "field", row.pathOf("majority"), "value", raw);
  }

  private static Ballot ballot(Object raw, String field) {
    for (Ballot b : Ballot.values()) {
      if (b.name().equals(raw)) {
        return b;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_BALLOT,
        "unknown ballot " + quoted(raw) + " in " + field + " (FOR, AGAINST, ABSTAIN, BLANK or NULL)",
        "field", field, "value", raw);
  }

  private static String id(CalculationInput row, String field) {
    String id = row.string(field);
    if (id.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, row.pathOf(field) + " is blank", "field", row.pathOf(field), "value", id);
    }
    return id;
  }

  private static HolderId holder(CalculationInput row, String field) {
    return HolderId.of(id(row, field));
  }

  private static Map<String, Object> write(AssemblyResult result) {
    Quorum q = result.quorum();
    Map<String, Object> quorum = new LinkedHashMap<>();
    quorum.put("reached", q.reached());
    quorum.put("rule", q.rule() == null ? null : q.rule().name());
    quorum.put("ownersPresent", q.attendees().ownersPresent());
    quorum.put("ownersTotal", q.attendees().ownersTotal());
    quorum.put("sharesPresent", plain(Fraction.of(q.attendees().sharesPresent())));
    quorum.put("sharesTotal", plain(Fraction.of(q.attendees().sharesTotal())));

    List<Object> rejected = new ArrayList<>();
    for (RejectedProxy r : result.rejectedProxies()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("owner", r.owner().value());
      row.put("holder", r.holder().value());
      row.put("reason", r.reason().name());
      rejected.add(row);
    }

    Map<String, Object> resolutions = new LinkedHashMap<>();
    for (VoteCount c : result.resolutions().values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("outcome", c.outcome().name());
      row.put("adopted", c.adopted());
      row.put("for", plain(c.forVotes()));
      row.put("against", plain(c.against()));
      row.put("abstained", plain(c.abstained()));
      List<Object> capped = new ArrayList<>();
      c.capped().forEach(h -> capped.add(h.value()));
      row.put("capped", capped);
      resolutions.put(c.resolution().value(), row);
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("quorum", quorum);
    out.put("rejectedProxies", rejected);
    out.put("resolutions", resolutions);
    return out;
  }

  private static String plain(Fraction value) {
    return value.toPlainString(SCALE);
  }

  private static String quoted(Object raw) {
    return raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
  }
}
