/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain is pure Java: it depends on nothing but {@code java.*} (and not on {@code java.sql},
 * {@code java.net}, logging or reflection-heavy frameworks), never reads the clock (time is an
 * argument), and keeps money, shares and votes exact (no {@code double} or {@code float}).
 */
@AnalyzeClasses(packages = "org.koprogo.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnTheJdk =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.koprogo.domain..", "java..")
          .as("the domain depends on nothing but java.* and itself");

  @ArchTest
  static final ArchRule noIoOrLogging =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "java.net..", "java.util.logging..", "java.lang.reflect..",
              "java.nio.file..", "java.io..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.lang.System$Logger")
          .as("the domain does no I/O and no logging");

  @ArchTest
  static final ArchRule timeIsAnArgument =
      noClasses()
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(java.time.OffsetDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .as("the domain never reads the clock: time is an argument");

  @ArchTest
  static final ArchRule exactNumbers =
      fields()
          .should()
          .notHaveRawType(double.class)
          .andShould()
          .notHaveRawType(float.class)
          .andShould()
          .notHaveRawType(Double.class)
          .andShould()
          .notHaveRawType(Float.class)
          .as("money, shares, rates and votes are exact: no double or float field");

  @ArchTest
  static final ArchRule noFloatingPointResults =
      noMethods()
          .should()
          .haveRawReturnType(double.class)
          .orShould()
          .haveRawReturnType(float.class)
          .as("no domain method returns a double or float");

  @ArchTest
  static final ArchRule codedErrorsOnly =
      noClasses()
          .should()
          .callConstructorWhere(
              target(owner(equivalentTo(IllegalArgumentException.class)))
                  .or(target(owner(equivalentTo(IllegalStateException.class))))
                  .or(target(owner(equivalentTo(IndexOutOfBoundsException.class)))))
          .as(
              "the domain refuses with KoproGoException (an ErrorCode and a field path), never a"
                  + " bare IllegalArgumentException, IllegalStateException or IndexOutOfBoundsException");
}
