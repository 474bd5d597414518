/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.util.List;
import java.util.stream.Stream;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Transactions;

/**
 * The host translates HTTP; the workflows are the library's {@code ports.in} use cases. No host
 * class opens a unit of work nor reads the aggregate store, without exception: the outbox worker
 * calls {@code ports.in.outbox.DrainOutbox}, the demo and the scale test's data are seeded through
 * the use cases as an embedder would (issue 15).
 *
 * <p>The HTTP API ({@code host.api}) answers with the {@code ports.in} use cases, reads included
 * ({@code ports.in.query}): it depends on no out port. The only {@code ports.out} types it may
 * name are the {@link #STORED_VALUES}: immutable records and ids that the in-ports themselves
 * answer with (a lot, an owner, a ledger entry, the audit entry of a correction, an owner's
 * recorded payment, an assembly's recorded votes) and the organisation's id a {@code Tenant} carries; they are values, not ways to reach the store.
 */
@AnalyzeClasses(packages = "org.koprogo.host", importOptions = ImportOption.DoNotIncludeTests.class)
class HostLayeringTest {
  /**
   * The {@code ports.out} records (and their nested types) that in-ports answer with, which the
   * API maps to its JSON views: values only, no port ({@code Language} is the value of a person's
   * language in their {@code PersonalDetails}).
   */
  static final String STORED_VALUES =
      "org\\.koprogo\\.ports\\.out\\.(Assembly|AssemblyId|Building|BuildingBudget|Expense|ExpenseId"
          + "|LedgerEntry|LedgerEntryId|Lot|Member|MemberId|Organisation|OrganisationId|Owner|PersonalDetails"
          + "|AuditEvent|AuditTrail\\$AuditEntry|OwnerPayment|RecordedVotes|notification\\.Language)(\\$.*)?";

  @ArchTest
  static final ArchRule apiClassesAnswerThroughInPortsNotOutPorts =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.host.api..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are out ports or other ports.out types than the stored values in-ports answer with",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("org.koprogo.ports.out")
                          && !c.getName().matches(STORED_VALUES)))
          .because("the HTTP API makes one ports.in call per request, reads included (ports.in.query)");

  @ArchTest
  static final ArchRule hostClassesOpenNoUnitOfWorkNorReadTheAggregateStore =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.host..")
          .should()
          .callMethod(OutPorts.class, "aggregateStore")
          .orShould()
          .callMethod(OutPorts.class, "transactions")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Transactions.class)
          .because("a workflow is a ports.in use case; the host parses, calls one use case and maps");

  /**
   * The write endpoints of the HTTP API: POST, PUT, PATCH and DELETE routes of {@code host.api} and
   * of the community modules ({@code host.community}).
   */
  private static final DescribedPredicate<JavaMethod> WRITE_ENDPOINTS = DescribedPredicate.describe(
      "are write endpoints of host.api or host.community",
      m -> (m.getOwner().getPackageName().startsWith("org.koprogo.host.api")
              || m.getOwner().getPackageName().startsWith("org.koprogo.host.community"))
          && Stream.of(Post.class, Put.class, Patch.class, Delete.class).anyMatch(m::isAnnotatedWith));

  /**
   * The calls of {@code method} (its lambdas included) to in-port methods: instance methods of a
   * {@code ports.in} interface, not the static factories nor the accessors of its result records.
   */
  static List<String> inPortCalls(JavaMethod method) {
    String lambdas = "lambda$" + method.getName() + "$";
    return method.getOwner().getMethods().stream()
        .filter(m -> m.equals(method) || m.getName().startsWith(lambdas))
        .flatMap(m -> m.getMethodCallsFromSelf().stream())
        .filter(HostLayeringTest::callsAnInPort)
        .map(c -> c.getTargetOwner().getSimpleName() + "." + c.getName())
        .toList();
  }

  private static boolean callsAnInPort(JavaMethodCall call) {
    JavaClass owner = call.getTargetOwner();
    return owner.isInterface() && owner.getPackageName().startsWith("org.koprogo.ports.in")
        && call.getTarget().resolveMember().map(m -> !m.getModifiers().contains(JavaModifier.STATIC)).orElse(true);
  }

  @ArchTest
  static final ArchRule writeEndpointsMakeOneInPortCall =
      methods()
          .that(WRITE_ENDPOINTS)
          .should(new ArchCondition<JavaMethod>("call one ports.in use-case method") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
              List<String> calls = inPortCalls(method);
              // one call site, or the same use-case method in each branch (a deprecated form's overload)
              if (calls.isEmpty() || calls.stream().distinct().count() != 1) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " calls " + calls));
              }
            }
          })
          .because("a write is one unit of work: the host parses, calls one use case and maps (issue 15)");
}
