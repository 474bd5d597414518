/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is what {@code module-info.java} exports: every package is either
 * exported or named here as internal, and every package says in its {@code package-info.java}
 * what it is for and where to start. A package added without either fails here.
 */
class ModuleBoundaryTest {
  private static final Set<String> INTERNAL = Set.of("org.koprogo.ports.in.fields");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Set<String> COMPILE_TIME_ONLY = Set.of("jakarta.annotation", "org.mapstruct", "java.compiler");

  @Test
  void exportsEveryPackageButTheInternalOnes() throws IOException {
    ModuleDescriptor module = descriptor();

    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

    assertThat(module.name()).isEqualTo("org.koprogo.ports");
    assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name))
        .containsExactlyInAnyOrder("java.base", "org.koprogo.domain", "jakarta.validation", "jakarta.annotation",
            "org.mapstruct", "java.compiler");
    // Jakarta Annotations only for @Nullable on the read models, MapStruct's annotations and the
    // generated mapper's @Generated only at compile time: none is needed at run time
    assertThat(module.requires()).filteredOn(r -> COMPILE_TIME_ONLY.contains(r.name())).hasSize(3)
        .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    assertThat(exported).noneMatch(INTERNAL::contains);
    assertThat(union(exported, INTERNAL)).isEqualTo(sourcePackages());
    assertThat(module.exports()).allMatch(e -> !e.isQualified());
  }

  @Test
  void opensOnlyThePackagesOfTheValidatedCommands() throws IOException {
    ModuleDescriptor module = descriptor();

    assertThat(module.opens().stream().map(ModuleDescriptor.Opens::source))
        .containsExactlyInAnyOrder(
            "org.koprogo.ports.in", "org.koprogo.ports.in.association", "org.koprogo.ports.in.community",
            "org.koprogo.ports.in.coop");
  }

  @Test
  void everyPackageHasItsPackageInfo() throws IOException {
    Set<String> without = new TreeSet<>();
    for (String pkg : sourcePackages()) {
      if (!Files.exists(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java"))) {
        without.add(pkg);
      }
    }

    assertThat(without).isEmpty();
  }

  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  static Set<String> sourcePackages() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
