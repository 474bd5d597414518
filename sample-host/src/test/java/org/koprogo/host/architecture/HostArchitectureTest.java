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

/** Nothing in the library depends on the host. */
@AnalyzeClasses(packages = "org.koprogo", importOptions = ImportOption.DoNotIncludeTests.class)
class HostArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheHostKnowsTheHost =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.koprogo.host..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.koprogo.host..");

  @ArchTest
  static final ArchRule portsAndDomainDoNotKnowAdapters =
      noClasses()
          .that()
          .resideInAnyPackage("org.koprogo.domain..", "org.koprogo.ports..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters..", "org.koprogo.host..");
}
