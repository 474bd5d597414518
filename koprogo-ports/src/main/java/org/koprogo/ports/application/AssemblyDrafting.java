/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssemblyCommands.item;
import static org.koprogo.ports.application.AssemblyCommands.ownerIds;
import static org.koprogo.ports.in.fields.ClientFields.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.VotingRules;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AgendaOrigin;
import org.koprogo.domain.assembly.meeting.AssemblyId;
import org.koprogo.domain.assembly.meeting.AssemblyRequest;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;

/** {@link DraftGeneralAssembly} on the out ports: one unit of work per draft. */
final class AssemblyDrafting implements DraftGeneralAssembly {
  private final AssemblyWork work;

  AssemblyDrafting(AssemblyWork work) {
    this.work = work;
  }

  @Override
  public Meeting forBuilding(String building, Draft draft) {
    OrganisationId organisation = OrganisationId.of(draft.organisation());
    BuildingId id = work.ports.buildings().get(organisation, BuildingId.of(required(building, "building"))).id();
    if (draft.rules() != null && !BelgianCoOwnershipRules.NAME.equals(draft.rules())) {
      throw unknownRules(draft.rules(), BelgianCoOwnershipRules.NAME);
    }
    return draft(id, BelgianCoOwnershipRules.standard(), work.owners(organisation, id), draft);
  }

  @Override
  public Meeting forOrganisation(Draft draft) {
    if (!OneMemberOneVote.NAME.equals(required(draft.rules(), "rules"))) {
      throw unknownRules(draft.rules(), OneMemberOneVote.NAME);
    }
    List<Owner> members = new ArrayList<>();
    List<String> given = required(draft.members(), "members");
    for (int i = 0; i < given.size(); i++) {
      members.add(Owner.member(required(given.get(i), "members[" + i + "]")));
    }
    try {
      return draft(null, OneMemberOneVote.rules(), members, draft);
    } catch (KoproGoException e) {
      // the domain names the voting body "owners"; this command names it "members"
      Object field = e.details().get("field");
      if (e.code() == ErrorCode.DUPLICATE_OWNER && field instanceof String f && f.startsWith("owners[")) {
        throw KoproGoException.of(e.code(), e.reason(), "field", "members" + f.substring("owners".length()),
            "value", e.details().get("value"));
      }
      throw e;
    }
  }

  @Override
  public Meeting secondSession(AssemblyRef first, String secondId, LocalDate plannedOn) {
    required(secondId, "id");
    required(plannedOn, "plannedOn");
    OrganisationId organisation = OrganisationId.of(first.organisation());
    return work.inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> stored =
          AssemblyWork.at(work.stored(organisation, first.assembly()), first.version());
      GeneralAssembly second = GeneralAssembly.restore(stored.aggregate()).secondSession(AssemblyId.of(secondId));
      BuildingId building = work.building(organisation, first.assembly());
      return AssemblyWork.meeting(
          work.add(organisation, first.actor(), building, plannedOn, second, "SecondSessionDrafted"), building);
    });
  }

  private Meeting draft(BuildingId building, VotingRules rules, List<Owner> owners, Draft body) {
    LocalDate plannedOn = required(body.plannedOn(), "plannedOn");
    AssemblyId id = AssemblyId.of(required(body.id(), "id"));
    HolderId syndic = body.syndic() == null || body.syndic().isBlank() ? null : HolderId.of(body.syndic());
    GeneralAssembly draft;
    if (body.request() != null) {
      OwnersRequest r = body.request();
      List<AgendaItem> requested = new ArrayList<>();
      List<String> requesters = required(r.requestedBy(), "request.requestedBy");
      var by = ownerIds(requesters, "request.requestedBy");
      List<ItemRequest> items = r.items() == null ? List.of() : r.items();
      for (int i = 0; i < items.size(); i++) {
        ItemRequest item = required(items.get(i), "request.items[" + i + "]");
        requested.add(item(item.requestedBy() == null ? item.requestedBy(requesters, r.requestedOn()) : item,
            "request.items[" + i + "]"));
      }
      draft = GeneralAssembly.draftOnOwnersRequest(id, rules, owners, syndic,
          new AssemblyRequest(by, required(r.requestedOn(), "request.requestedOn"), requested), work.now());
    } else {
      draft = GeneralAssembly.draft(id, rules, owners, syndic);
    }
    List<ItemRequest> items = body.items() == null ? List.of() : body.items();
    for (int i = 0; i < items.size(); i++) {
      draft = add(draft, items.get(i), "items[" + i + "]", work.now());
    }
    OrganisationId organisation = OrganisationId.of(body.organisation());
    Stored<GeneralAssembly.Snapshot> stored = work.add(organisation, body.actor(), building, plannedOn, draft,
        body.request() != null ? "AssemblyRequested" : "AssemblyDrafted");
    return AssemblyWork.meeting(stored, building);
  }

  /** {@code draft} with {@code request} on its agenda (the syndic's item, or requested by owners). */
  static GeneralAssembly add(GeneralAssembly draft, ItemRequest request, String path, java.time.Instant now) {
    AgendaItem item = item(request, path);
    return item.origin() == AgendaOrigin.OWNER_REQUEST
        ? draft.withRequestedItem(item, required(request.requestedOn(), AssemblyCommands.prefix(path) + "requestedOn"), now)
        : draft.withItem(item);
  }

  private static KoproGoException unknownRules(String rules, String expected) {
    return KoproGoException.of(ErrorCode.UNKNOWN_RULES, "rules '" + rules + "' are not " + expected
        + " (the recorded minutes are counted again under BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE)",
        "field", "rules", "value", rules);
  }
}
