/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Transactions;

/**
 * The host translates HTTP; the workflows are the library's {@code ports.in} use cases. A host
 * class never opens a unit of work nor reads the aggregate store. The classes named in {@link
 * #NOT_YET_MOVED} still do: their workflows are still to be moved to {@code koprogo-ports}
 * (issue 15); the list only ever shrinks. The demo's and the load test's seeding write their
 * fixtures directly; the outbox worker drives the relay's units of work.
 */
@AnalyzeClasses(packages = "org.koprogo.host", importOptions = ImportOption.DoNotIncludeTests.class)
class HostLayeringTest {
  /** Host classes whose workflow is not moved to the library yet (with their nested classes). */
  static final String NOT_YET_MOVED =
      "org\\.koprogo\\.host\\.(outbox\\.OutboxWorker|load\\.ScaleData|demo\\.Demo[A-Za-z]*)(\\$.*)?";

  @ArchTest
  static final ArchRule hostClassesOpenNoUnitOfWorkNorReadTheAggregateStore =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.host..")
          .and()
          .haveNameNotMatching(NOT_YET_MOVED)
          .should()
          .callMethod(OutPorts.class, "aggregateStore")
          .orShould()
          .callMethod(OutPorts.class, "transactions")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Transactions.class)
          .because("a workflow is a ports.in use case; the host parses, calls one use case and maps");
}
