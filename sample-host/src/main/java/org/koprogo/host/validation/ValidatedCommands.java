/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.validation;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.koprogo.ports.application.CommandValidation;

/**
 * The command records of {@code koprogo-ports} that carry a Jakarta Validation constraint or are
 * cascaded into ({@code @Valid}), and the built-in constraints they use: the host validates them
 * with Hibernate Validator's predefined scope (issue 21), which reads their metadata once at start
 * and loads the validators of these constraints only, instead of every built-in one.
 * {@code ValidatedCommandsTest} fails when a class of {@code koprogo-ports} carries a constraint
 * and is missing here (or is listed without one), or uses a constraint missing here, and checks
 * that every command is refused as by Hibernate Validator's default factory.
 */
public final class ValidatedCommands {
  /** The classes validated, every one with a constraint or a cascade into it. */
  static final Set<Class<?>> CLASSES = Set.of(
      org.koprogo.ports.in.AddLot.Command.class,
      org.koprogo.ports.in.CalculateRuleFamily.Command.class,
      org.koprogo.ports.in.ChangeLotOwnership.Command.class,
      org.koprogo.ports.in.ChangeMemberStatus.Command.class,
      org.koprogo.ports.in.ChangeOwnerDetails.Command.class,
      org.koprogo.ports.in.DistributeExpense.Command.class,
      org.koprogo.ports.in.DistributeExpense.KeyPart.class,
      org.koprogo.ports.in.ErasePersonalData.Command.class,
      org.koprogo.ports.in.ExportPersonalData.Command.class,
      org.koprogo.ports.in.GiveSaleInformation.Query.class,
      org.koprogo.ports.in.ImportBankStatements.Assignment.class,
      org.koprogo.ports.in.ImportBankStatements.FileCommand.class,
      org.koprogo.ports.in.ImportBankStatements.LineCommand.class,
      org.koprogo.ports.in.ImportBankStatements.QueueQuery.class,
      org.koprogo.ports.in.KeepBooks.BudgetCalls.class,
      org.koprogo.ports.in.KeepBooks.Call.class,
      org.koprogo.ports.in.KeepBooks.EntryQuery.class,
      org.koprogo.ports.in.KeepBooks.Movement.class,
      org.koprogo.ports.in.KeepBooks.OwnerMovement.class,
      org.koprogo.ports.in.KeepBooks.OwnerQuery.class,
      org.koprogo.ports.in.KeepBooks.YearClosing.class,
      org.koprogo.ports.in.KeepBooks.YearQuery.class,
      org.koprogo.ports.in.KeepCommitments.BuildingQuery.class,
      org.koprogo.ports.in.KeepCommitments.Call.class,
      org.koprogo.ports.in.KeepCommitments.Command.class,
      org.koprogo.ports.in.KeepCommitments.CommitmentQuery.class,
      org.koprogo.ports.in.KeepNotificationChoices.Choose.class,
      org.koprogo.ports.in.KeepNotificationChoices.ChooseLanguage.class,
      org.koprogo.ports.in.KeepNotificationChoices.Consent.class,
      org.koprogo.ports.in.KeepNotificationChoices.Person.class,
      org.koprogo.ports.in.ListAuditTrail.Query.class,
      org.koprogo.ports.in.RecordContribution.Entry.class,
      org.koprogo.ports.in.RecordContribution.Resolution.class,
      org.koprogo.ports.in.RegisterBuilding.Command.class,
      org.koprogo.ports.in.RegisterBuilding.LotLine.class,
      org.koprogo.ports.in.RegisterBuilding.OwnerLine.class,
      org.koprogo.ports.in.RegisterBuilding.OwnershipLine.class,
      org.koprogo.ports.in.RegisterMember.Command.class,
      org.koprogo.ports.in.RegisterMember.NewMember.class,
      org.koprogo.ports.in.RegisterOrganisation.Command.class,
      org.koprogo.ports.in.RegisterOwner.Command.class,
      org.koprogo.ports.in.RegisterOwner.OwnerDetails.class,
      org.koprogo.ports.in.assembly.RegisterConvenedAssembly.Command.class,
      org.koprogo.ports.in.association.AllocateSurplus.SurplusDecision.class,
      org.koprogo.ports.in.association.KeepAssociationBooks.QuarterEntry.class,
      org.koprogo.ports.in.association.KeepMonthlyPrice.FirstPrice.class,
      org.koprogo.ports.in.association.KeepMonthlyPrice.PriceDecision.class,
      org.koprogo.ports.in.community.CommunityRef.class,
      org.koprogo.ports.in.community.KeepNoticeBoard.Hiding.class,
      org.koprogo.ports.in.community.KeepNoticeBoard.Listing.class,
      org.koprogo.ports.in.community.KeepNoticeBoard.NewNotice.class,
      org.koprogo.ports.in.community.KeepSkillsDirectory.NewSkill.class,
      org.koprogo.ports.in.community.KeepSkillsDirectory.Search.class,
      org.koprogo.ports.in.community.KeepSkillsDirectory.Withdrawal.class,
      org.koprogo.ports.in.community.LendObjects.Booking.class,
      org.koprogo.ports.in.community.LendObjects.LoanStep.class,
      org.koprogo.ports.in.community.LendObjects.NewObject.class,
      org.koprogo.ports.in.community.ManageCommunity.SetUp.class,
      org.koprogo.ports.in.community.ManageCommunity.Switch.class,
      org.koprogo.ports.in.community.ReportCommunityImpact.Organisation.class,
      org.koprogo.ports.in.community.RunLocalExchange.Proposal.class,
      org.koprogo.ports.in.community.RunLocalExchange.Rating.class,
      org.koprogo.ports.in.community.RunLocalExchange.Step.class,
      org.koprogo.ports.in.community.RunSwapBazaar.NewOffer.class,
      org.koprogo.ports.in.community.RunSwapBazaar.OfferStep.class,
      org.koprogo.ports.in.coop.CoopRef.class,
      org.koprogo.ports.in.coop.RunAllocationRounds.Proposal.class,
      org.koprogo.ports.in.statement.PostEarlierPayments.Command.class,
      org.koprogo.ports.in.statement.RemindOwnersInArrears.Command.class);

  /** The built-in constraints those classes use. */
  static final Set<Class<? extends Annotation>> CONSTRAINTS = Set.of(
      Email.class, Max.class, NotBlank.class, NotEmpty.class, NotNull.class, Pattern.class,
      Positive.class, PositiveOrZero.class, Size.class);

  private ValidatedCommands() {}

  /**
   * Hibernate Validator's predefined scope over {@link #CLASSES} and {@link #CONSTRAINTS}, its
   * messages interpolated without an expression language implementation. Close it with the host.
   *
   * @return the validator factory
   */
  public static ValidatorFactory validatorFactory() {
    return Validation.byProvider(PredefinedScopeHibernateValidator.class)
        .configure()
        .builtinConstraints(CONSTRAINTS.stream().map(Class::getName).collect(Collectors.toSet()))
        .initializeBeanMetaData(CLASSES)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * The validation the host's use cases check their commands with.
   *
   * @param factory the factory of {@link #validatorFactory()}
   * @return the commands' validation
   */
  public static CommandValidation commandValidation(ValidatorFactory factory) {
    return CommandValidation.with(new CommandValidator(factory.getValidator(), CLASSES));
  }
}
