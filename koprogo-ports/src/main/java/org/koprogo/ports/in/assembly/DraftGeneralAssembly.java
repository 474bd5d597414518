/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Drafts general assemblies: a building's assembly of co-owners (voting body: the owners of its
 * lots with their shares, Civil Code art. 3.87 §6), an organisation's assembly of members under
 * one member one vote, either on the syndic's initiative or required by owners (art. 3.87 §2: a
 * fifth of the shares), and the second session of a first session without quorum (art. 3.87
 * §5). Each draft is one unit of work: the assembly's state, the stored {@code Assembly} the
 * lists and public pages read, and one audit entry (subject {@code assembly/<id>}); a refused
 * draft stores nothing. Time comes from the {@code Clock} port.
 *
 * <p>Refusals: {@code NOT_FOUND} (building, first session), {@code MISSING_FIELD}, {@code
 * INVALID_FIELD}, {@code UNKNOWN_RULES}, {@code EMPTY_OWNERS}, {@code DUPLICATE_OWNER}, {@code
 * UNKNOWN_OWNER}, {@code INSUFFICIENT_SHARES_FOR_REQUEST}, {@code UNKNOWN_MAJORITY}, {@code
 * MAJORITY_OVERRIDE_WITHOUT_REASON}, {@code DUPLICATE_RESOLUTION}, {@code DUPLICATE_ID}, {@code
 * CONCURRENT_UPDATE}, {@code ILLEGAL_TRANSITION}, each naming the field by its path in the
 * command.
 */
public interface DraftGeneralAssembly {

  /**
   * A new assembly.
   *
   * @param organisation the organisation's id
   * @param actor who drafts it, as the audit trail records it
   * @param id its id (required)
   * @param rules {@code BE_COPROPRIETE} (a building's, the default there) or {@code
   *     ONE_MEMBER_ONE_VOTE} (an organisation's)
   * @param plannedOn the day the meeting is planned for (required)
   * @param syndic the syndic's id, who may hold no proxy; null when none
   * @param members the voting body of an organisation's assembly (one vote each)
   * @param items the syndic's items, in order
   * @param request owners requiring the assembly with their items, or null
   */
  record Draft(String organisation, String actor, String id, String rules, LocalDate plannedOn, String syndic,
      List<String> members, List<ItemRequest> items, OwnersRequest request) {}

  /**
   * Owners requiring the assembly (Civil Code art. 3.87 §2).
   *
   * @param requestedBy the owners (required)
   * @param requestedOn the day of their request (required)
   * @param items the items they ask for (requested by them unless an item names others)
   */
  record OwnersRequest(List<String> requestedBy, LocalDate requestedOn, List<ItemRequest> items) {}

  /**
   * A new assembly of a building's co-owners (a draft), as a client sends it: its voting body is
   * the owners of the building's lots, with their shares.
   *
   * @param id its id (a new one when absent)
   * @param rules the voting rules: BE_COPROPRIETE, the only rules of a building's assembly (the
   *     default)
   * @param plannedOn the day the meeting is planned for (the convocation may set another)
   * @param syndic the syndic's id, who may hold no proxy; none when absent
   * @param items the syndic's items
   * @param request owners requiring the assembly, with their items
   */
  record NewAssembly(@Nullable String id, @Nullable String rules, LocalDate plannedOn, @Nullable String syndic,
      @Nullable List<RunGeneralAssembly.NewItem> items, @Nullable OwnersRequisition request) {}

  /**
   * A new assembly of an organisation's members under one member one vote (a draft), as a client
   * sends it.
   *
   * @param id its id (a new one when absent)
   * @param rules the voting rules: ONE_MEMBER_ONE_VOTE, the only rules of an organisation's assembly
   * @param plannedOn the day the meeting is planned for (the convocation may set another)
   * @param syndic the syndic's id, who may hold no proxy; none when absent
   * @param members the voting body (one vote each)
   * @param items the syndic's items
   */
  record NewOrganisationAssembly(@Nullable String id, String rules, LocalDate plannedOn, @Nullable String syndic,
      List<String> members, @Nullable List<RunGeneralAssembly.NewItem> items) {}

  /**
   * Owners requiring the assembly (Civil Code art. 3.87 §2: a fifth of the shares), as a client
   * sends it.
   *
   * @param requestedBy the owners
   * @param requestedOn the day of their request
   * @param items the items they ask for
   */
  record OwnersRequisition(List<String> requestedBy, LocalDate requestedOn,
      @Nullable List<RunGeneralAssembly.NewItem> items) {}

  /**
   * The second session of a first session without quorum, as a client sends it.
   *
   * @param id the new assembly's id (a new one when absent)
   * @param plannedOn the day planned: at least 15 days after the first session
   * @param version the version of the first session read
   */
  record SecondSession(@Nullable String id, LocalDate plannedOn, @Nullable Long version) {}

  /**
   * Drafts an assembly of the co-owners of {@code building} under the Belgian rules; its voting
   * body is read from the stored lots and their owners.
   *
   * @param building the building's id
   * @param draft the assembly
   * @return the stored draft (its first version)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building,
   *     {@code UNKNOWN_RULES} (field {@code rules}) for other rules, {@code EMPTY_OWNERS} (field
   *     {@code building}) for a building without owners, and the refusals listed above
   */
  Meeting forBuilding(String building, Draft draft);

  /**
   * Drafts an organisation's assembly of the members {@code draft} names, one vote each.
   *
   * @param draft the assembly, with its members
   * @return the stored draft (its first version)
   * @throws org.koprogo.domain.shared.KoproGoException {@code UNKNOWN_RULES} (field {@code rules})
   *     unless {@code ONE_MEMBER_ONE_VOTE}, {@code DUPLICATE_OWNER} (field {@code members[i]}) for
   *     a member listed twice, and the refusals listed above
   */
  Meeting forOrganisation(Draft draft);

  /**
   * Drafts the second session of a first session without quorum: a new assembly with the same
   * voting body and agenda.
   *
   * @param first the first session, at the version read
   * @param secondId the new assembly's id
   * @param plannedOn the day planned
   * @return the stored second session (its first version)
   * @throws org.koprogo.domain.shared.KoproGoException {@code ILLEGAL_TRANSITION} unless the first
   *     session lacked its quorum, and the refusals listed above
   */
  Meeting secondSession(AssemblyRef first, String secondId, LocalDate plannedOn);

  /**
   * Drafts an assembly of the co-owners of {@code building} as a client sends it ({@link
   * #forBuilding(String, Draft)}): a new id when it names none.
   *
   * @param organisation the organisation's id
   * @param building the building's id
   * @param assembly the assembly, its items and the owners requiring it
   * @param actor who drafts it
   * @return the stored draft (its first version)
   */
  default Meeting forBuilding(String organisation, String building, NewAssembly assembly, String actor) {
    OwnersRequisition r = assembly.request();
    return forBuilding(building, new Draft(organisation, actor, ClientFields.orNew(assembly.id()), assembly.rules(),
        assembly.plannedOn(), assembly.syndic(), null, RunGeneralAssembly.NewItem.items(assembly.items()),
        r == null ? null : new OwnersRequest(r.requestedBy(), r.requestedOn(),
            RunGeneralAssembly.NewItem.items(r.items()))));
  }

  /**
   * Drafts an organisation's assembly of members as a client sends it ({@link
   * #forOrganisation(Draft)}): a new id when it names none.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly, its members and items
   * @param actor who drafts it
   * @return the stored draft (its first version)
   */
  default Meeting forOrganisation(String organisation, NewOrganisationAssembly assembly, String actor) {
    return forOrganisation(new Draft(organisation, actor, ClientFields.orNew(assembly.id()), assembly.rules(),
        assembly.plannedOn(), assembly.syndic(), assembly.members(), RunGeneralAssembly.NewItem.items(assembly.items()), null));
  }

  /**
   * Drafts the second session of {@code first} as a client sends it ({@link
   * #secondSession(AssemblyRef, String, LocalDate)}): a new id when it names none.
   *
   * @param organisation the organisation's id
   * @param first the first session's id
   * @param session the second session and the version of the first read
   * @param actor who drafts it
   * @return the stored second session (its first version)
   */
  default Meeting secondSession(String organisation, String first, SecondSession session, String actor) {
    return secondSession(new AssemblyRef(organisation, first, session.version(), actor), ClientFields.orNew(session.id()),
        session.plannedOn());
  }
}
