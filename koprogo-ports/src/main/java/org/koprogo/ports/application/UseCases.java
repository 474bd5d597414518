/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Objects;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.in.loan.ScheduleLoan;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.ReadBuildings;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.in.query.ReadExpenses;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.in.query.ReadMembers;
import org.koprogo.ports.in.query.ReadOrganisation;
import org.koprogo.ports.in.query.ReadOwners;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.PenaltyPolicies;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.in.ChangeMemberStatus;
import org.koprogo.ports.in.ImportContributions;
import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;

/**
 * Every use case, built on one set of out ports: what a host wires (one instance, thread-safe
 * when the ports are).
 */
public final class UseCases {
  private final OutPorts ports;
  private final CommandValidation validation;
  private final CoopWork coop;
  private final NotificationPorts notification;

  /**
   * The use cases on {@code ports}, validating commands with {@code validation}.
   *
   * @param ports the out ports
   * @param validation how commands are validated
   */
  public UseCases(OutPorts ports, CommandValidation validation) {
    this(ports, validation, NotificationPorts.inMemory());
  }

  /**
   * Every use case on {@code ports}, reaching people through {@code notification}.
   *
   * @param ports the stores, never null
   * @param validation the commands' validation, never null
   * @param notification consent registers, chosen channels and the configured channels, never null
   */
  public UseCases(OutPorts ports, CommandValidation validation, NotificationPorts notification) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.notification = Objects.requireNonNull(notification, "notification");
    this.coop = new CoopWork(ports, validation, new PersonNotifications(ports, notification));
  }

  /**
   * A person's consents, chosen channel and route.
   *
   * @return the use case
   */
  public KeepNotificationChoices keepNotificationChoices() {
    return new NotificationChoices(ports, notification, validation);
  }

  /**
   * What a workflow calls to queue a notice to a person on their route, in its unit of work.
   *
   * @return the notifier
   */
  public PersonNotifications personNotifications() {
    return new PersonNotifications(ports, notification);
  }

  /**
   * The use case registering a building.
   *
   * @return the use case
   */
  public RegisterBuilding registerBuilding() {
    return new BuildingRegistration(ports, validation);
  }

  /**
   * The use case distributing an expense.
   *
   * @return the use case
   */
  public DistributeExpense distributeExpense() {
    return new ExpenseDistribution(ports, validation);
  }

  /**
   * The use case registering a member.
   *
   * @return the use case
   */
  public RegisterMember registerMember() {
    return new MemberRegistration(ports, validation);
  }

  /**
   * The use case recording contributions in the ledger.
   *
   * @return the use case
   */
  public RecordContribution recordContribution() {
    return new ContributionRecording(ports, validation, coop.events);
  }

  /**
   * The use case managing cooperative groups.
   *
   * @return the use case
   */
  public ManageCoopGroups manageCoopGroups() {
    return new CoopGroupWorkflow(coop);
  }

  /**
   * The use case running a group's project.
   *
   * @return the use case
   */
  public RunCoopProject runCoopProject() {
    return new CoopProjectWorkflow(coop);
  }

  /**
   * The use case running allocation rounds.
   *
   * @return the use case
   */
  public RunAllocationRounds runAllocationRounds() {
    return new AllocationRoundWorkflow(coop);
  }

  /**
   * Drafting general assemblies: a building's, an organisation's, on owners' request, a second
   * session.
   *
   * @return the use case
   */
  public DraftGeneralAssembly draftGeneralAssembly() {
    return new AssemblyDrafting(new AssemblyWork(ports));
  }

  /**
   * A general assembly through its lifecycle: agenda, convocation, opening, votes, closing with
   * the minutes, publication.
   *
   * @return the use case
   */
  public RunGeneralAssembly runGeneralAssembly() {
    AssemblyWork work = new AssemblyWork(ports);
    return new AssemblyLifecycle(work, new AssemblyMinutesKeeping(work), personNotifications());
  }

  /**
   * The stored assemblies and their minutes: tallies, minutes of assemblies kept without their
   * lifecycle, minutes counted again, corrections.
   *
   * @return the use case
   */
  public KeepAssemblyMinutes keepAssemblyMinutes() {
    return new AssemblyMinutesKeeping(new AssemblyWork(ports));
  }

  /**
   * The use case reading the audit trail.
   *
   * @return the use case
   */
  public ListAuditTrail listAuditTrail() {
    return new AuditTrailReading(ports, validation);
  }

  /**
   * The use case reading the caller's organisation.
   *
   * @return the use case
   */
  public ReadOrganisation readOrganisation() {
    return new RegisterReading(ports);
  }

  /**
   * The use case reading buildings and a building's assemblies a page at a time.
   *
   * @return the use case
   */
  public ReadBuildings readBuildings() {
    return new RegisterReading(ports);
  }

  /**
   * The use case reading lots (one, a building's, an owner's).
   *
   * @return the use case
   */
  public ListLots listLots() {
    return new RegisterReading(ports);
  }

  /**
   * The use case reading distributed expenses.
   *
   * @return the use case
   */
  public ReadExpenses readExpenses() {
    return new RegisterReading(ports);
  }

  /**
   * The use case reading the co-owners.
   *
   * @return the use case
   */
  public ReadOwners readOwners() {
    return new RegisterReading(ports);
  }

  /**
   * The use case naming the parties a document prints.
   *
   * @return the use case
   */
  public ReadDocumentParties readDocumentParties() {
    return new RegisterReading(ports);
  }

  /**
   * The use case reading the members of a cooperative or an association.
   *
   * @return the use case
   */
  public ReadMembers readMembers() {
    return new MemberReading(ports);
  }

  /**
   * The use case reading a member's contribution ledger a page at a time, with the balance.
   *
   * @return the use case
   */
  public ReadMemberLedger readMemberLedger() {
    return new MemberReading(ports);
  }

  /**
   * The use case showing and replaying the outbox's dead letters.
   *
   * @return the use case
   */
  public KeepDeadLetters keepDeadLetters() {
    return new DeadLetterKeeping(ports);
  }

  /**
   * The use case scheduling a loan's repayments (nothing stored).
   *
   * @return the use case
   */
  public ScheduleLoan scheduleLoan() {
    return new LoanScheduling();
  }

  /**
   * The use case exporting a person's data (GDPR art. 15 and 20).
   *
   * @return the use case
   */
  public ExportPersonalData exportPersonalData() {
    return new PersonalDataExport(ports, validation);
  }

  /**
   * The use case erasing a person's data (GDPR art. 17).
   *
   * @return the use case
   */
  public ErasePersonalData erasePersonalData() {
    return new PersonalDataErasure(ports, validation);
  }

  /**
   * The use case registering an owner.
   *
   * @return the use case
   */
  public RegisterOwner registerOwner() {
    return new OwnerRegistration(ports, validation);
  }

  /**
   * The use case changing an owner's details.
   *
   * @return the use case
   */
  public ChangeOwnerDetails changeOwnerDetails() {
    return new OwnerDetailsChange(ports, validation);
  }

  /**
   * The use case adding a lot to a building.
   *
   * @return the use case
   */
  public AddLot addLot() {
    return new LotAddition(ports, validation);
  }

  /**
   * The use case changing a lot's ownership.
   *
   * @return the use case
   */
  public ChangeLotOwnership changeLotOwnership() {
    return new LotOwnershipChange(ports, validation);
  }

  /**
   * An association's books, kept in {@code books} (an adapter's {@link AssociationBooks} on the
   * same store as these ports, so that its changes join their units of work).
   *
   * @param books the association books beside these ports
   * @return the use case
   */
  public KeepAssociationBooks keepAssociationBooks(AssociationBooks books) {
    return new AssociationBookkeeping(ports, Objects.requireNonNull(books, "books"), validation);
  }

  /**
   * An association's monthly price history.
   *
   * @return the use case
   */
  public KeepMonthlyPrice keepMonthlyPrice() {
    return new MonthlyPriceKeeping(ports, validation);
  }

  /**
   * The surplus allocations an association's assembly decides.
   *
   * @return the use case
   */
  public AllocateSurplus allocateSurplus() {
    return new SurplusAllocationDecisions(ports, validation);
  }

  /**
   * An association's transparency figures, from {@code books} and the price history.
   *
   * @param books the association books beside these ports
   * @return the use case
   */
  public ReportTransparency reportTransparency(AssociationBooks books) {
    return new TransparencyReporting(ports, Objects.requireNonNull(books, "books"));
  }

  /**
   * The solidarity fund's eligibility check (stores nothing).
   *
   * @return the use case
   */
  public CheckAidEligibility checkAidEligibility() {
    return new AidEligibilityCheck();
  }

  /**
   * The calls for funds of a yearly budget over a building's stored lots, nothing stored.
   *
   * @return the use case
   */
  public PlanCallsForFunds planCallsForFunds() {
    return new BudgetPlanning(ports);
  }

  /**
   * A building's stored yearly budgets and the calls for funds derived from them.
   *
   * @return the use case
   */
  public KeepBuildingBudgets keepBuildingBudgets() {
    return new BuildingBudgetKeeping(ports);
  }

  /**
   * Owners' payments recorded from the bank statement.
   *
   * @return the use case
   */
  public RecordOwnerPayment recordOwnerPayment() {
    return new OwnerPaymentRecording(ports);
  }

  /**
   * Owners' payments recorded from the bank statement, posted to the books of the owner's first
   * building too when that building keeps books (so that the statement, read from the books,
   * counts them: {@link #readOwnerStatement(PenaltyPolicies, LegalInterestRates, StatementTerms,
   * Bookkeeping)}).
   *
   * @param books the buildings' books, on the same adapter as these ports
   * @return the use case
   */
  public RecordOwnerPayment recordOwnerPayment(Bookkeeping books) {
    return new OwnerPaymentRecording(ports, Objects.requireNonNull(books, "books"));
  }

  /**
   * Each building's late-payment penalty policy.
   *
   * @param policies where each building's own policy is kept (joining the ports' transactions)
   * @param legalRates the legal interest rates of a legal-rate policy
   * @param defaults the policy of a building without one of its own
   * @return the use case
   */
  public ManageLatePenaltyPolicies manageLatePenaltyPolicies(PenaltyPolicies policies, LegalInterestRates legalRates,
      DefaultPenaltyPolicy defaults) {
    return new LatePenaltyPolicyKeeping(ports, policies, legalRates, defaults);
  }

  /**
   * Owners' statements of account.
   *
   * @param policies where each building's own late-penalty policy is kept
   * @param legalRates the legal interest rates of a legal-rate policy
   * @param terms the default policy and the days an installment is payable after booking
   * @return the use case
   */
  public ReadOwnerStatement readOwnerStatement(PenaltyPolicies policies, LegalInterestRates legalRates,
      StatementTerms terms) {
    return new OwnerStatementReading(ports,
        new LatePenaltyPolicyKeeping(ports, policies, legalRates, terms.defaultPolicy()), terms);
  }

  /**
   * Owners' statements of account that, in a building keeping double-entry books, are the owner's
   * individual account in those books (calls for funds, penalties charged and refunds; payments),
   * so that each owner's account in class 4 equals their statement's balance on every date.
   *
   * @param policies where each building's own late-penalty policy is kept
   * @param legalRates the legal interest rates of a legal-rate policy
   * @param terms the default policy and the days an installment is payable after booking
   * @param books the buildings' books, on the same adapter as these ports
   * @return the use case
   */
  public ReadOwnerStatement readOwnerStatement(PenaltyPolicies policies, LegalInterestRates legalRates,
      StatementTerms terms, Bookkeeping books) {
    return new OwnerStatementReading(ports,
        new LatePenaltyPolicyKeeping(ports, policies, legalRates, terms.defaultPolicy()), terms,
        Objects.requireNonNull(books, "books"));
  }

  /**
   * Payment reminders to the owners in arrears of a building, once per owner and step, on their
   * chosen channels (see {@link RemindOwnersInArrears}).
   *
   * @param policies where each building's own late-penalty policy is kept
   * @param legalRates the legal interest rates of a legal-rate policy
   * @param terms the default policy and the days an installment is payable after booking
   * @return the use case
   */
  public RemindOwnersInArrears remindOwnersInArrears(PenaltyPolicies policies, LegalInterestRates legalRates,
      StatementTerms terms) {
    return new ArrearsReminding(ports, readOwnerStatement(policies, legalRates, terms), personNotifications(),
        validation);
  }

  /**
   * The use case registering an organisation (a host's provisioning step).
   *
   * @return the use case
   */
  public RegisterOrganisation registerOrganisation() {
    return new OrganisationRegistration(ports, validation);
  }

  /**
   * The use case changing a registered member's status.
   *
   * @return the use case
   */
  public ChangeMemberStatus changeMemberStatus() {
    return new MemberStatusChange(ports, validation);
  }

  /**
   * The use case registering an assembly convened outside the library's lifecycle.
   *
   * @return the use case
   */
  public RegisterConvenedAssembly registerConvenedAssembly() {
    return new ConvenedAssemblyRegistration(ports, validation);
  }

  /**
   * The use case recording many contribution entries in one unit of work.
   *
   * @return the use case
   */
  public ImportContributions importContributions() {
    return new ContributionImport(ports, recordContribution());
  }
}
