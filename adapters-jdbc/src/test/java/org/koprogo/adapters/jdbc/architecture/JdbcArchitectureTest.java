/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The JDBC adapter depends on the out ports (and the domain), never on the use cases, another
 * adapter or the host; only its {@code Jdbc*} ports and the migrations are public, everything
 * about rows and SQL stays package-private.
 */
@AnalyzeClasses(packages = "org.koprogo.adapters.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

  @ArchTest
  static final ArchRule noOtherAdapterOrHost =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters.whatsapp..", "org.koprogo.host..", "io.micronaut..");

  @ArchTest
  static final ArchRule implementsOutPortsOnly =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.ports.in..", "org.koprogo.ports.application..", "org.koprogo.ports.memory..")
          .as("the adapter implements out ports; it does not know the use cases nor the in-memory store");

  @ArchTest
  static final ArchRule onlyPortsAndMigrationsArePublic =
      classes()
          .that()
          .haveModifier(JavaModifier.PUBLIC)
          .and()
          .areTopLevelClasses()
          .should()
          .haveSimpleNameStartingWith("Jdbc")
          .as("only the Jdbc* ports and JdbcMigrations are public: rows, SQL and dialect stay inside");

  @ArchTest
  static final ArchRule rowsAndSqlStayInside =
      classes()
          .that()
          .haveSimpleNameNotStartingWith("Jdbc")
          .and()
          .areTopLevelClasses()
          .should()
          .notBePublic();
}
