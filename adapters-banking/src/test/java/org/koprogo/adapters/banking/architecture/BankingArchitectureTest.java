/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The banking adapter reads files with the JDK alone: no third-party parser, no network, no files. */
@AnalyzeClasses(packages = "org.koprogo.adapters.banking", importOptions = ImportOption.DoNotIncludeTests.class)
class BankingArchitectureTest {

  @ArchTest
  static final ArchRule jdkDomainAndPortsOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters.banking..", "org.koprogo.domain..", "org.koprogo.ports.out..",
              "java.lang..", "java.util..", "java.time..", "java.math..", "java.nio.charset..", "java.io..",
              "javax.xml.stream..")
          .as("the banking adapter depends on the JDK's StAX, the domain and the out ports only");
}
