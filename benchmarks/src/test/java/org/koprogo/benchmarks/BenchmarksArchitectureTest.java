/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Benchmarks measure the library; the library never depends on them. */
@AnalyzeClasses(packages = "org.koprogo", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

  @ArchTest
  static final ArchRule libraryDoesNotDependOnBenchmarks =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.koprogo.benchmarks..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.koprogo.benchmarks..");
}
