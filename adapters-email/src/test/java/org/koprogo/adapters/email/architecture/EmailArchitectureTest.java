/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The email adapter depends on the ports, never on another adapter or the host. */
@AnalyzeClasses(packages = "org.koprogo.adapters.email", importOptions = ImportOption.DoNotIncludeTests.class)
class EmailArchitectureTest {

  @ArchTest
  static final ArchRule noOtherAdapterOrHost =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters.jdbc..", "org.koprogo.adapters.whatsapp..",
              "org.koprogo.adapters.documents..", "org.koprogo.host..", "io.micronaut..", "java.sql..");
}
