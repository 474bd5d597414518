/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The documents adapter reads the domain's records; it never reaches a store, another adapter or the host. */
@AnalyzeClasses(packages = "org.koprogo.adapters.documents", importOptions = ImportOption.DoNotIncludeTests.class)
class DocumentsArchitectureTest {

  @ArchTest
  static final ArchRule noOtherAdapterHostOrStore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.koprogo.adapters.jdbc..", "org.koprogo.adapters.whatsapp..",
              "org.koprogo.host..", "io.micronaut..", "java.sql..", "java.net.http..");
}
