/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.VotingRules;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AgendaOrigin;
import org.koprogo.domain.assembly.meeting.AssemblyRequest;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.api.AssemblyMeetingViews.MeetingView;
import org.koprogo.host.api.GeneralAssemblies.Actor;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OutPorts;

/**
 * General assemblies through their lifecycle: a building's assembly of co-owners (Civil Code art.
 * 3.87, voting body: the owners of its lots with their shares) or an organisation's assembly of
 * members under one member one vote (an association), drafted with their agenda, convened
 * (notice periods), opened with the attendance and proxies (quorum; a second session when it
 * lacks), voted item by item, closed (the minutes are recorded: the public results page shows
 * them) and their minutes sent. The syndic and the admin change; the council, owners and
 * auditors read. Every change names the version it read ({@code version}, optional): a stale one
 * is refused with 409 {@code CONCURRENT_UPDATE}; a refused transition is 409 {@code
 * ILLEGAL_TRANSITION} naming the from-state, the to-state and the guard.
 */
@Controller("/api/v1")
@Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "assemblies")
@SecurityRequirement(name = "bearer")
public final class AssemblyController {
  private static final String BASE = "/api/v1/assemblies/";

  private final GeneralAssemblies assemblies;
  private final OutPorts ports;

  AssemblyController(GeneralAssemblies assemblies, OutPorts ports) {
    this.assemblies = assemblies;
    this.ports = ports;
  }

  /**
   * One item for the agenda.
   *
   * @param id its id, unique in the assembly
   * @param title what is decided
   * @param decisionType a {@link DecisionType} (its legal majority applies), or null
   * @param majority ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY or UNANIMITY_OF_PRESENT: stated
   *     directly without a decision type, or overriding the decision type's with {@code
   *     overrideReason}
   * @param overrideReason why the decision type's majority is overridden
   * @param failedUnanimityOn for UNANIMITY_OF_PRESENT: the day the unanimity of all failed
   * @param requestedBy the owners who asked for the item (Civil Code art. 3.87 §3); the syndic's
   *     item when absent
   * @param requestedOn the day they asked (with {@code requestedBy})
   * @param version the version read (for {@code POST .../agenda-items})
   * @param chargeKey when the item concerns a charge only some owners bear (Civil Code art. 3.87
   *     §6): each such owner's part, as plain decimal text; the vote then follows it
   * @param concerning for a decision type about a contract with a named person: that person (who
   *     does not vote on the item, nor through them their principals; Civil Code art. 3.87 §9)
   */
  public record ItemRequest(String id, String title, @Nullable String decisionType, @Nullable String majority,
      @Nullable String overrideReason, @Nullable LocalDate failedUnanimityOn,
      @Nullable List<String> requestedBy, @Nullable LocalDate requestedOn, @Nullable Long version,
      @Nullable Map<String, String> chargeKey, @Nullable String concerning) {}

  /**
   * Owners requiring the assembly (Civil Code art. 3.87 §2: a fifth of the shares).
   *
   * @param requestedBy the owners
   * @param requestedOn the day of their request
   * @param items the items they ask for
   */
  public record OwnersRequest(List<String> requestedBy, LocalDate requestedOn, @Nullable List<ItemRequest> items) {}

  /**
   * A new assembly (a draft).
   *
   * @param id its id (a new one when absent)
   * @param rules BE_COPROPRIETE for a building (the default there); ONE_MEMBER_ONE_VOTE for an
   *     organisation's assembly
   * @param plannedOn the day the meeting is planned for (the convocation may set another)
   * @param syndic the syndic's id, who may hold no proxy; none when absent
   * @param members the voting body of an organisation's assembly (one vote each)
   * @param items the syndic's items
   * @param request owners requiring the assembly, with their items
   */
  public record NewAssembly(@Nullable String id, @Nullable String rules, LocalDate plannedOn,
      @Nullable String syndic, @Nullable List<String> members, @Nullable List<ItemRequest> items,
      @Nullable OwnersRequest request) {}

  /**
   * The convocations sent.
   *
   * @param convokedOn the day they are sent
   * @param meetingOn the day of the meeting (the planned day when absent): at least 15 days later
   */
  public record Convocation(LocalDate convokedOn, @Nullable LocalDate meetingOn, @Nullable Long version) {}

  /**
   * One line of the attendance list.
   *
   * @param owner the owner (member)
   * @param mode PRESENT or PROXY
   * @param holder who holds the proxy (an owner present, or someone else), for PROXY
   */
  public record Presence(String owner, String mode, @Nullable String holder) {}

  /**
   * The opening of the meeting.
   *
   * @param on the day (the meeting day when absent)
   * @param attendance who is present and who is represented by whom; owners not listed are absent
   */
  public record Opening(@Nullable LocalDate on, List<Presence> attendance, @Nullable Long version) {}

  /**
   * The ballots on one item.
   *
   * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL (an owner present or represented
   *     without a ballot abstains)
   * @param excluded owners excluded from this vote for a conflict of interest
   */
  public record BallotBox(Map<String, String> ballots, @Nullable List<String> excluded, @Nullable Long version) {}

  /**
   * The closing.
   *
   * @param language the language the titles are written in (fr, nl, de, en), for the public page
   */
  public record Closing(@Nullable String language, @Nullable Long version) {}

  /** The minutes sent to the owners on {@code publishedOn}. */
  public record Publication(LocalDate publishedOn, @Nullable Long version) {}

  /**
   * The second session of a first session without quorum.
   *
   * @param id the new assembly's id (a new one when absent)
   * @param plannedOn the day planned: at least 15 days after the first session
   */
  public record SecondSession(@Nullable String id, LocalDate plannedOn, @Nullable Long version) {}

  /** A change naming only the version read. */
  public record Versioned(@Nullable Long version) {}

  @Post("/buildings/{building}/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft a general assembly of the building's co-owners (voting body: the owners"
      + " of its lots with their shares), with its agenda; owners may require it (a fifth of the shares)")
  public HttpResponse<MeetingView> draftForBuilding(Authentication authentication, @PathVariable String building,
      @Body NewAssembly body) {
    Tenant tenant = Tenant.of(authentication);
    BuildingId id = ports.buildings().get(tenant.organisation(), BuildingId.of(building)).id();
    if (body.rules() != null && !BelgianCoOwnershipRules.NAME.equals(body.rules())) {
      throw unknownRules(body.rules(), BelgianCoOwnershipRules.NAME);
    }
    List<Owner> owners = assemblies.owners(tenant.organisation(), id);
    return draft(tenant, id, BelgianCoOwnershipRules.standard(), owners, body);
  }

  @Post("/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft an organisation's assembly of members under one member one vote"
      + " (an association): the members given are the voting body")
  public HttpResponse<MeetingView> draftForOrganisation(Authentication authentication, @Body NewAssembly body) {
    Tenant tenant = Tenant.of(authentication);
    if (!OneMemberOneVote.NAME.equals(required(body.rules(), "rules"))) {
      throw unknownRules(body.rules(), OneMemberOneVote.NAME);
    }
    List<Owner> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> given = required(body.members(), "members");
    for (int i = 0; i < given.size(); i++) {
      String m = required(given.get(i), "members[" + i + "]");
      if (!seen.add(m)) {
        throw KoproGoException.of(ErrorCode.DUPLICATE_OWNER, "member '" + m + "' is listed twice",
            "field", "members[" + i + "]", "value", m);
      }
      members.add(Owner.member(m));
    }
    return draft(tenant, null, OneMemberOneVote.rules(), members, body);
  }

  private HttpResponse<MeetingView> draft(Tenant tenant, BuildingId building, VotingRules rules,
      List<Owner> owners, NewAssembly body) {
    LocalDate plannedOn = required(body.plannedOn(), "plannedOn");
    var id = org.koprogo.domain.assembly.meeting.AssemblyId.of(Tenant.idOr(body.id()));
    HolderId syndic = body.syndic() == null || body.syndic().isBlank() ? null : HolderId.of(body.syndic());
    GeneralAssembly draft;
    if (body.request() != null) {
      OwnersRequest r = body.request();
      List<AgendaItem> requested = new ArrayList<>();
      List<OwnerId> by = ownerIds(required(r.requestedBy(), "request.requestedBy"), "request.requestedBy");
      List<ItemRequest> items = r.items() == null ? List.of() : r.items();
      for (int i = 0; i < items.size(); i++) {
        ItemRequest item = items.get(i);
        requested.add(item(item.requestedBy() == null ? new ItemRequest(item.id(), item.title(),
            item.decisionType(), item.majority(), item.overrideReason(), item.failedUnanimityOn(),
            r.requestedBy(), r.requestedOn(), null, item.chargeKey(), item.concerning()) : item,
            "request.items[" + i + "]"));
      }
      draft = GeneralAssembly.draftOnOwnersRequest(id, rules, owners, syndic,
          new AssemblyRequest(by, required(r.requestedOn(), "request.requestedOn"), requested), assemblies.now());
    } else {
      draft = GeneralAssembly.draft(id, rules, owners, syndic);
    }
    List<ItemRequest> items = body.items() == null ? List.of() : body.items();
    for (int i = 0; i < items.size(); i++) {
      draft = add(draft, items.get(i), "items[" + i + "]");
    }
    Stored<GeneralAssembly.Snapshot> stored = assemblies.add(Actor.of(tenant), building, plannedOn, draft,
        body.request() != null ? "AssemblyRequested" : "AssemblyDrafted");
    return HttpResponse.created(AssemblyMeetingViews.of(stored, building), URI.create(BASE + id.value() + "/meeting"));
  }

  @Get("/assemblies/{assembly}/meeting")
  @Operation(summary = "An assembly through its lifecycle: state, voting body, agenda, attendance,"
      + " quorum, refused proxies, each item's vote and the history")
  public MeetingView meeting(Authentication authentication, @PathVariable String assembly) {
    Tenant tenant = Tenant.of(authentication);
    return view(tenant, assemblies.stored(tenant.organisation(), assembly));
  }

  @Post("/assemblies/{assembly}/agenda-items")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Add an item to the agenda of a draft: the syndic's, or requested by owners"
      + " (requestedBy, requestedOn)")
  public HttpResponse<MeetingView> addItem(Authentication authentication, @PathVariable String assembly,
      @Body ItemRequest body) {
    Tenant tenant = Tenant.of(authentication);
    return HttpResponse.created(change(tenant, assembly, body.version(),
        body.requestedBy() == null ? "AgendaItemAdded" : "AgendaItemRequested", a -> add(a, body, "")));
  }

  @Post("/assemblies/{assembly}/convocation")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Convene the assembly: convocations sent on convokedOn for a meeting at least"
      + " 15 days later (Civil Code art. 3.87 §3)")
  public MeetingView convene(Authentication authentication, @PathVariable String assembly,
      @Body Convocation body) {
    Tenant tenant = Tenant.of(authentication);
    LocalDate convokedOn = required(body.convokedOn(), "convokedOn");
    LocalDate meetingOn = body.meetingOn() != null ? body.meetingOn()
        : ports.assemblies().get(tenant.organisation(), org.koprogo.ports.out.AssemblyId.of(assembly)).heldOn();
    return change(tenant, assembly, body.version(), "AssemblyConvened", a -> {
      try {
        return a.convene(convokedOn, meetingOn, assemblies.now());
      } catch (KoproGoException e) {
        throw e.details().containsKey("field") || !e.details().containsKey("guard")
            || !String.valueOf(e.details().get("guard")).contains(" days") ? e
            : withField(e, "meetingOn", meetingOn);
      }
    });
  }

  @Post("/assemblies/{assembly}/opening")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Open the meeting with its attendance list (present, or by proxy with the"
      + " holder): proxies are reviewed and the quorum checked; OPENED, or NO_QUORUM")
  public MeetingView open(Authentication authentication, @PathVariable String assembly, @Body Opening body) {
    Tenant tenant = Tenant.of(authentication);
    List<Attendance> attendance = attendance(required(body.attendance(), "attendance"));
    return change(tenant, assembly, body.version(), "AssemblyOpened", a -> a.open(
        body.on() == null ? a.meetingOn() == null ? LocalDate.MIN : a.meetingOn() : body.on(),
        attendance, assemblies.now()));
  }

  @Post("/assemblies/{assembly}/second-session")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft the second session of a first session without quorum (same voting body"
      + " and agenda; Civil Code art. 3.87 §5)")
  public HttpResponse<MeetingView> secondSession(Authentication authentication, @PathVariable String assembly,
      @Body SecondSession body) {
    Tenant tenant = Tenant.of(authentication);
    String id = Tenant.idOr(body.id());
    LocalDate plannedOn = required(body.plannedOn(), "plannedOn");
    Stored<GeneralAssembly.Snapshot> stored =
        assemblies.secondSession(Actor.of(tenant), assembly, body.version(), id, plannedOn);
    return HttpResponse.created(view(tenant, stored), URI.create(BASE + id + "/meeting"));
  }

  @Post("/assemblies/{assembly}/voting")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Start the votes on the agenda of an opened assembly")
  public MeetingView startVoting(Authentication authentication, @PathVariable String assembly,
      @Body Versioned body) {
    return change(Tenant.of(authentication), assembly, body.version(), "VotingStarted",
        GeneralAssembly::startVoting);
  }

  @Post("/assemblies/{assembly}/resolutions/{resolution}/votes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Vote on one agenda item: the ballots of the owners present or represented;"
      + " the item's majority decides (ADOPTED or REJECTED)")
  public MeetingView vote(Authentication authentication, @PathVariable String assembly,
      @PathVariable String resolution, @Body BallotBox body) {
    Tenant tenant = Tenant.of(authentication);
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    required(body.ballots(), "ballots").forEach((owner, ballot) ->
        ballots.put(OwnerId.of(owner), parse(Ballot.class, ballot, "ballots." + owner)));
    Set<OwnerId> excluded = new LinkedHashSet<>(
        ownerIds(body.excluded() == null ? List.of() : body.excluded(), "excluded"));
    return change(tenant, assembly, body.version(), "ResolutionVoted",
        a -> a.vote(ResolutionId.of(resolution), ballots, excluded, assemblies.now()));
  }

  @Post("/assemblies/{assembly}/closing")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Close the meeting (items not voted are postponed) and record its minutes:"
      + " outcomes and votes are stored, the public results page shows them")
  public MeetingView close(Authentication authentication, @PathVariable String assembly, @Body Closing body) {
    Tenant tenant = Tenant.of(authentication);
    return view(tenant, assemblies.close(Actor.of(tenant), assembly, body.version(), body.language()));
  }

  @Post("/assemblies/{assembly}/minutes/publication")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record that the minutes were sent to the owners (due within 30 days of the"
      + " meeting, Civil Code art. 3.89 §5; later is allowed and marked late)")
  public MeetingView publishMinutes(Authentication authentication, @PathVariable String assembly,
      @Body Publication body) {
    Tenant tenant = Tenant.of(authentication);
    LocalDate on = required(body.publishedOn(), "publishedOn");
    return change(tenant, assembly, body.version(), "MinutesPublished",
        a -> a.publishMinutes(on, assemblies.now()));
  }

  private MeetingView change(Tenant tenant, String assembly, Long version, String action,
      java.util.function.Function<GeneralAssembly, GeneralAssembly> step) {
    return view(tenant, assemblies.change(Actor.of(tenant), assembly, version, action, step));
  }

  private MeetingView view(Tenant tenant, Stored<GeneralAssembly.Snapshot> stored) {
    return AssemblyMeetingViews.of(stored, assemblies.building(tenant.organisation(), stored.id()));
  }

  /** Adds {@code request} to the agenda of {@code draft}. */
  private GeneralAssembly add(GeneralAssembly draft, ItemRequest request, String path) {
    AgendaItem item = item(request, path);
    return item.origin() == AgendaOrigin.OWNER_REQUEST
        ? draft.withRequestedItem(item, required(request.requestedOn(), prefix(path) + "requestedOn"),
            assemblies.now())
        : draft.withItem(item);
  }

  private static AgendaItem item(ItemRequest r, String path) {
    String p = prefix(path);
    String id = required(r.id(), p + "id");
    String title = required(r.title(), p + "title");
    DecisionType type = r.decisionType() == null ? null : parse(DecisionType.class, r.decisionType(), p + "decisionType");
    Majority stated = r.majority() == null ? null : parse(Majority.class, r.majority(), p + "majority");
    RequiredMajority majority;
    if (type == null) {
      majority = RequiredMajority.stated(required(stated, p + "majority"));
    } else if (stated == null || stated == type.legalMajority()) {
      majority = RequiredMajority.of(type);
    } else {
      majority = new RequiredMajority(stated, type, r.overrideReason());
    }
    if (majority.majority() == Majority.UNANIMITY_OF_PRESENT) {
      required(r.failedUnanimityOn(), p + "failedUnanimityOn");
    }
    List<OwnerId> by = r.requestedBy() == null ? List.of() : ownerIds(r.requestedBy(), p + "requestedBy");
    if (r.requestedBy() != null && by.isEmpty()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, p + "requestedBy names no owner", "field",
          p + "requestedBy");
    }
    Map<OwnerId, java.math.BigDecimal> key = new java.util.LinkedHashMap<>();
    if (r.chargeKey() != null) {
      for (Map.Entry<String, String> e : r.chargeKey().entrySet()) {
        String field = p + "chargeKey." + e.getKey();
        key.put(OwnerId.of(e.getKey()), org.koprogo.domain.shared.Decimals.parse(required(e.getValue(), field), field));
      }
    }
    return new AgendaItem(ResolutionId.of(id), title, majority,
        by.isEmpty() ? AgendaOrigin.SYNDIC : AgendaOrigin.OWNER_REQUEST, by, r.failedUnanimityOn(),
        r.concerning() == null || r.concerning().isBlank() ? null : HolderId.of(r.concerning()), key);
  }

  private static List<Attendance> attendance(List<Presence> rows) {
    List<Attendance> list = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      String p = "attendance[" + k + "].";
      Presence row = required(rows.get(k), "attendance[" + k + "]");
      OwnerId owner = OwnerId.of(required(row.owner(), p + "owner"));
      AttendanceMode mode = parse(AttendanceMode.class, row.mode(), p + "mode");
      if (mode == AttendanceMode.PROXY) {
        String holder = required(row.holder(), p + "holder");
        if (holder.equals(owner.value())) {
          throw KoproGoException.of(ErrorCode.INVALID_PROXY, "owner '" + owner + "' cannot hold their own proxy",
              "field", p + "holder", "value", holder);
        }
        list.add(new Attendance(owner, mode, HolderId.of(holder)));
      } else {
        list.add(new Attendance(owner, mode, null));
      }
    }
    return list;
  }

  private static List<OwnerId> ownerIds(List<String> ids, String field) {
    List<OwnerId> owners = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      owners.add(OwnerId.of(required(ids.get(i), field + "[" + i + "]")));
    }
    return owners;
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "" : path + ".";
  }

  private static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    required(text, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          field + " '" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()),
          "field", field, "value", text);
    }
  }

  private static KoproGoException unknownRules(String rules, String expected) {
    return KoproGoException.of(ErrorCode.UNKNOWN_RULES, "rules '" + rules + "' are not " + expected
        + " (the recorded minutes are counted again under BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE)",
        "field", "rules", "value", rules);
  }

  /** The same refusal, naming the field of the request that caused it. */
  private static KoproGoException withField(KoproGoException e, String field, Object value) {
    List<Object> pairs = new ArrayList<>();
    e.details().forEach((k, v) -> {
      pairs.add(k);
      pairs.add(v);
    });
    pairs.add("field");
    pairs.add(field);
    pairs.add("value");
    pairs.add(String.valueOf(value));
    return KoproGoException.of(e.code(), e.reason(), pairs.toArray());
  }
}
