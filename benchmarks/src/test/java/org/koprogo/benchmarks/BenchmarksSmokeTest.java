/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Runs every {@code @Benchmark} method once, without JMH and without timing: for each benchmark
 * class, every combination of its parameters with each numeric (size) parameter at its smallest
 * value; {@code @Setup} first, then each benchmark method, whose result must not be null. A new
 * benchmark is covered without listing it here. The benchmarks themselves never run in the build.
 */
class BenchmarksSmokeTest {

  @TestFactory
  Stream<DynamicTest> everyBenchmarkMethodRunsOnceAtItsSmallestSize() {
    return benchmarkClasses().stream().flatMap(BenchmarksSmokeTest::runs);
  }

  @Test
  void findsTheBenchmarks() {
    List<Class<?>> classes = benchmarkClasses();

    assertThat(classes).contains(ChargeDistributionBenchmark.class, CoopAllocationBenchmark.class);
    assertThat(classes)
        .filteredOn(c -> !c.getSimpleName().endsWith("FullSizeBenchmark"))
        .allSatisfy(
            c ->
                assertThat(methods(c, Benchmark.class))
                    .extracting(Method::getName)
                    .contains("baseline"));
  }

  static List<Class<?>> benchmarkClasses() {
    List<Class<?>> classes = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.koprogo.benchmarks")) {
      if (!c.getPackageName().contains("jmh_generated")
          && c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Benchmark.class))) {
        classes.add(c.reflect());
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  private static Stream<DynamicTest> runs(Class<?> type) {
    List<Map<Field, String>> combinations = List.of(new LinkedHashMap<>());
    for (Field f : type.getFields()) {
      Param p = f.getAnnotation(Param.class);
      if (p == null) {
        continue;
      }
      List<String> values = smallestOrAll(f, p.value());
      List<Map<Field, String>> next = new ArrayList<>();
      for (Map<Field, String> c : combinations) {
        for (String v : values) {
          Map<Field, String> m = new LinkedHashMap<>(c);
          m.put(f, v);
          next.add(m);
        }
      }
      combinations = next;
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<Field, String> params : combinations) {
      for (Method method : methods(type, Benchmark.class)) {
        String name = type.getSimpleName() + "." + method.getName() + " " + describe(params);
        tests.add(DynamicTest.dynamicTest(name, () -> runOnce(type, params, method)));
      }
    }
    return tests.stream();
  }

  private static void runOnce(Class<?> type, Map<Field, String> params, Method method)
      throws Exception {
    Object state = type.getDeclaredConstructor().newInstance();
    for (Map.Entry<Field, String> p : params.entrySet()) {
      p.getKey().set(state, convert(p.getKey().getType(), p.getValue()));
    }
    for (Method setup : methods(type, Setup.class)) {
      setup.invoke(state);
    }

    Object result = method.invoke(state);

    if (method.getReturnType() != void.class) {
      assertThat(result).as(method.getName()).isNotNull();
    }
  }

  private static List<String> smallestOrAll(Field f, String[] values) {
    Class<?> t = f.getType();
    if (t == int.class || t == long.class) {
      return List.of(
          Arrays.stream(values).min(Comparator.comparingLong(Long::parseLong)).orElseThrow());
    }
    return List.of(values);
  }

  private static Object convert(Class<?> t, String v) {
    if (t == int.class) {
      return Integer.parseInt(v);
    }
    if (t == long.class) {
      return Long.parseLong(v);
    }
    if (t == boolean.class) {
      return Boolean.parseBoolean(v);
    }
    return v;
  }

  private static List<Method> methods(Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(a) && !Modifier.isStatic(m.getModifiers())) {
        methods.add(m);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    return methods;
  }

  private static String describe(Map<Field, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((f, v) -> sb.append(sb.length() == 0 ? "" : ",").append(f.getName()).append('=').append(v));
    return sb.toString();
  }
}
