/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import org.koprogo.ports.in.ChangeMemberStatus;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.statement.RecordOwnerPayment;

/**
 * The library's use cases the demo is seeded through, as an embedder calls them: nothing of the
 * demo is written to a store directly.
 *
 * @param organisations registers the three organisations
 * @param buildings registers the co-ownership's building, lots and owners
 * @param expenses distributes its expenses
 * @param payments records an owner's payment
 * @param books the co-ownership's double-entry books ({@link DemoBooks})
 * @param drafts drafts the co-ownership's assembly
 * @param meetings runs it to its closing
 * @param members registers the cooperative's members
 * @param memberStatuses makes them ACTIVE
 * @param contributions the cooperative's contribution ledger
 * @param groups the cooperative's building group
 * @param projects its project
 * @param rounds its allocation round
 * @param associationBooks the association's books by quarter
 * @param prices the association's monthly price
 * @param convenedAssemblies the association's assembly, convened before it used KoproGo
 * @param minutes its minutes
 * @param surplus the surplus allocation its assembly decided
 */
record DemoUseCases(
    RegisterOrganisation organisations,
    RegisterBuilding buildings,
    DistributeExpense expenses,
    RecordOwnerPayment payments,
    KeepBooks books,
    DraftGeneralAssembly drafts,
    RunGeneralAssembly meetings,
    RegisterMember members,
    ChangeMemberStatus memberStatuses,
    RecordContribution contributions,
    ManageCoopGroups groups,
    RunCoopProject projects,
    RunAllocationRounds rounds,
    KeepAssociationBooks associationBooks,
    KeepMonthlyPrice prices,
    RegisterConvenedAssembly convenedAssemblies,
    KeepAssemblyMinutes minutes,
    AllocateSurplus surplus) {}
