/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Ports depend on the domain only, plus Jakarta Validation's annotations, Jakarta Annotations'
 * {@code @Nullable} (the read models' absent facts, which hosts and OpenAPI generators recognise) and
 * MapStruct's annotations (the lots' and expenses' views, mapped by generated code that calls nothing
 * of MapStruct); {@code out} ports do not know the use cases; the plain-Java application services use
 * no framework.
 */
@AnalyzeClasses(packages = "org.koprogo.ports", importOptions = ImportOption.DoNotIncludeTests.class)
class PortsArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnDomainAndValidationOnly =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.koprogo.ports..", "org.koprogo.domain..", "java..", "jakarta.validation..",
              "jakarta.annotation..", "org.mapstruct..")
          .as("ports depend on the domain only (plus Jakarta Validation annotations, Jakarta's @Nullable and"
              + " MapStruct's annotations)");

  @ArchTest
  static final ArchRule mapStructAtCompileTimeOnly =
      noClasses()
          .should()
          .accessClassesThat()
          .resideInAPackage("org.mapstruct..")
          .as("MapStruct's annotations only: no code calls it (the views instantiate the generated mapper), so a"
              + " host runs without it");

  @ArchTest
  static final ArchRule outPortsDoNotKnowUseCases =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.ports.out..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.ports.in..", "org.koprogo.ports.application..");

  @ArchTest
  static final ArchRule useCasesDoNotKnowServices =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.ports.in..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.ports.application..");

  @ArchTest
  static final ArchRule inMemoryStoreImplementsOutPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("org.koprogo.ports.memory..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.ports.in..", "org.koprogo.ports.application..");

  @ArchTest
  static final ArchRule useCasesDoNotKnowTheInMemoryStore =
      noClasses()
          .that()
          .resideInAnyPackage("org.koprogo.ports.application..", "org.koprogo.ports.in..", "org.koprogo.ports.out..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.koprogo.ports.memory..")
          .as("use cases run on any out ports, the in-memory store is one choice among others");
}
