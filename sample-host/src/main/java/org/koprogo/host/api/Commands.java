/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Request bodies to the in-ports' commands, field by field by name (MapStruct generates the
 * implementation): a nested body becomes the command's nested record, an absent one null, a list
 * element by element. The caller's organisation, the actor and the path's ids come as parameters.
 */
@Mapper
interface Commands {
  /** The generated mapper (stateless, thread-safe). */
  Commands MAP = Mappers.getMapper(Commands.class);

  AllocateSurplus.SurplusDecision decision(AssociationController.NewSurplusAllocation body, String organisation,
      String actor);

  @Mapping(target = "quarter", source = "quarter")
  KeepAssociationBooks.QuarterEntry entry(AssociationController.Books body, String organisation, String quarter,
      String actor);

  BudgetProposal proposal(BuildingBudgetController.Budget body, String organisation, String building);

  BudgetProposal proposal(BuildingBudgetController.NewBudget body, String organisation, String building);
}
