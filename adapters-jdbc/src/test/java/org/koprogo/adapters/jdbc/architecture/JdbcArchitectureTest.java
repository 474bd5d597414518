/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The JDBC adapter depends on the ports (and the domain), never on another adapter or the host. */
@AnalyzeClasses(packages = "org.koprogo.adapters.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

  @ArchTest
  static final ArchRule noOtherAdapterOrHost =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters.whatsapp..", "org.koprogo.host..", "io.micronaut..");
}
