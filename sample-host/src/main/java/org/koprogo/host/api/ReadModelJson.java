/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.MeetingSummary;
import org.koprogo.ports.in.budget.BudgetViews;
import org.koprogo.ports.in.penalty.PenaltyViews;
import org.koprogo.ports.in.statement.StatementViews;

/**
 * How the host writes the library's read models, which the routes answer as they are ({@code
 * koprogo-ports} carries no Jackson annotation): every field is written, null when absent ({@code
 * jackson.serialization-inclusion: always}), except the fields named here, left out when null. An
 * entry of an assembly's history ({@link MeetingSummary.Event}) leaves out the facts its kind does
 * not have; an owner's statement what only an owner of a lot has; a stored budget the assembly's
 * waiver when there is none; calls for funds the reserve check and the version when there are
 * none; a penalty policy the legal rates and the statutes' article when they do not apply. A
 * resolution's count ({@link KeepAssemblyMinutes.Tally.Count}) writes its votes for as {@code
 * for}, the rule family's name, which a Java component cannot take.
 */
@Singleton
final class ReadModelJson implements BeanCreatedEventListener<ObjectMapper> {
  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    return event.getBean().addMixIn(MeetingSummary.Event.class, FactsSet.class)
        .addMixIn(StatementViews.StatementView.class, Statement.class)
        .addMixIn(BudgetViews.BudgetView.class, Budget.class)
        .addMixIn(BudgetViews.PlanView.class, Plan.class)
        .addMixIn(PenaltyViews.PolicyView.class, Policy.class)
        .addMixIn(KeepAssemblyMinutes.Tally.Count.class, Count.class);
  }

  /** Writes the facts that are set only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private interface FactsSet {}

  /** A statement: what only an owner of a lot has. */
  private interface Statement {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Optional<String> formalNoticeOn();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    String building();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    List<String> buildings();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    List<PenaltyViews.PolicyView> policies();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    List<StatementViews.CreditView> credits();
  }

  /** A stored budget: the assembly's waiver only when there is one. */
  private interface Budget {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    BudgetViews.WaiverView reserveWaiver();
  }

  /** Calls for funds: the reserve check and the version only when there are. */
  private interface Plan {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    BudgetViews.ReserveCheckView reserveCheck();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    Long version();
  }

  /** A penalty policy: the legal rates and the statutes' article only when they apply. */
  private interface Policy {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Map<String, String> legalRatePercentByYear();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    String interestRunsUnderStatutes();
  }

  /** A resolution's count: the votes for as {@code for}. */
  private interface Count {
    @JsonProperty("for")
    String forVotes();
  }
}
