/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.CommandValidation;

/**
 * The host validates the library's commands with Hibernate Validator's predefined scope (issue
 * 21): every class of {@code koprogo-ports} that carries a Jakarta Validation constraint, or is
 * cascaded into, is in its scope and each constraint they use is registered (so no command skips
 * validation), and each command, filled with blank, null, negative, too long or too many values,
 * is refused exactly as by Hibernate Validator's default factory: same field, value and messages.
 */
class ValidatedCommandsTest {
  private static final CommandValidation REFERENCE = CommandValidation.with(
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator());
  private static final CommandValidation HOST =
      ValidatedCommands.commandValidation(ValidatedCommands.validatorFactory());
  private static final Set<Class<? extends Annotation>> USED = new LinkedHashSet<>();
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final Set<Class<?>> SCANNED = new LinkedHashSet<>();

  @Test
  void scopesEveryClassOfThePortsCarryingAConstraintOrCascadedInto() {
    Set<String> constrained = names(constrainedClassesOfThePorts());

    assertThat(constrained).hasSizeGreaterThan(60);
    assertThat(names(ValidatedCommands.CLASSES)).containsExactlyElementsOf(constrained);
  }

  @Test
  void registersEveryConstraintTheyUse() {
    constrainedClassesOfThePorts();

    assertThat(USED).isNotEmpty();
    assertThat(ValidatedCommands.CONSTRAINTS).containsAll(USED);
  }

  @Test
  void acceptsACommandWithoutConstraintsAsHibernateValidatorDoes() {
    Unconstrained command = new Unconstrained("", null);

    assertThat(HOST.check(command)).isSameAs(command);
    assertThat(REFERENCE.check(command)).isSameAs(command);
  }

  @Test
  void refusesABlankFieldNamingIt() {
    org.koprogo.ports.in.community.CommunityRef blank = new org.koprogo.ports.in.community.CommunityRef("org", " ");

    Object refusal = outcome(HOST, blank);

    assertThat(refusal).isEqualTo(Map.of("field", "building", "value", " ",
        "violations", Map.of("building", "must not be blank")));
  }

  @TestFactory
  Stream<DynamicTest> refusesEachCommandAsHibernateValidatorDoes() {
    return constrainedClassesOfThePorts().stream()
        .sorted(Comparator.comparing(Class::getName))
        .flatMap(type -> Arrays.stream(Fill.values()).map(fill -> dynamicTest(
            type.getName().substring("org.koprogo.ports.".length()) + " " + fill, () -> {
              Object command = fill.instance(type, 0);
              if (command == null) {
                return; // its constructor refuses these values before any validation
              }
              Object reference = outcome(REFERENCE, command);
              assertThat(outcome(HOST, command)).isEqualTo(reference);
              if (!"valid".equals(reference)) {
                REFUSED.incrementAndGet();
              }
            })));
  }

  @AfterAll
  static void comparedRefusalsNotOnlyAcceptances() {
    if (REFUSED.get() > 0) {
      assertThat(REFUSED.get()).isGreaterThan(150);
    }
  }

  /** A command without constraints. */
  record Unconstrained(String name, List<String> tags) {}

  private static Object outcome(CommandValidation validation, Object command) {
    try {
      validation.check(command);
      return "valid";
    } catch (KoproGoException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
      return e.details();
    }
  }

  private static Set<String> names(Collection<? extends Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The classes of {@code koprogo-ports} (imported from its class files) with a constraint or
   * {@code @Valid} on the class, a field, a record component, a getter or a type argument of
   * theirs, and the classes a {@code @Valid} cascades into.
   */
  static synchronized Set<Class<?>> constrainedClassesOfThePorts() {
    if (!SCANNED.isEmpty()) {
      return SCANNED;
    }
    Set<Class<?>> found = SCANNED;
    for (JavaClass javaClass : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.koprogo.ports")) {
      Class<?> type = javaClass.reflect();
      List<AnnotatedElement> elements = new ArrayList<>();
      List<AnnotatedType> types = new ArrayList<>();
      elements.add(type);
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          elements.add(field);
          types.add(field.getAnnotatedType());
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          elements.add(component);
          types.add(component.getAnnotatedType());
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
            && method.getReturnType() != void.class && !method.isSynthetic()) {
          elements.add(method);
          types.add(method.getAnnotatedReturnType());
        }
      }
      boolean constrained = elements.stream().anyMatch(ValidatedCommandsTest::validates);
      for (AnnotatedType annotated : types) {
        constrained |= visit(annotated, found);
      }
      if (constrained) {
        found.add(type);
      }
    }
    return found;
  }

  /** Whether {@code annotated} or a type in it carries a constraint; adds its cascades to {@code targets}. */
  private static boolean visit(AnnotatedType annotated, Set<Class<?>> targets) {
    boolean constrained = validates(annotated);
    if (annotated.isAnnotationPresent(Valid.class) && raw(annotated.getType()) instanceof Class<?> target
        && target.getName().startsWith("org.koprogo.") && !target.isEnum()) {
      targets.add(target);
    }
    if (annotated instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        constrained |= visit(argument, targets);
      }
    } else if (annotated instanceof AnnotatedArrayType array) {
      constrained |= visit(array.getAnnotatedGenericComponentType(), targets);
    }
    return constrained;
  }

  @SuppressWarnings("unchecked")
  private static boolean validates(AnnotatedElement element) {
    boolean validates = false;
    for (Annotation annotation : element.getAnnotations()) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)) {
        USED.add(type);
        validates = true;
      } else if (type.getDeclaringClass() != null && type.getDeclaringClass().isAnnotationPresent(Constraint.class)) {
        USED.add((Class<? extends Annotation>) type.getDeclaringClass());
        validates = true;
      } else if (type == Valid.class) {
        validates = true;
      }
    }
    return validates;
  }

  private static Type raw(Type type) {
    return type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
  }

  /** How a command's components are filled to break its constraints. */
  enum Fill {
    NULLS, BLANKS, NEGATIVES_AND_NULL_ELEMENTS, TOO_LONG_AND_TOO_MANY, EMPTY_AND_TINY, ADDRESSES;

    /** A record of {@code type} filled this way, or {@code null} when its constructor refuses it. */
    Object instance(Class<?> type, int depth) {
      if (!type.isRecord() || depth > 3) {
        return null;
      }
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        parameters[i] = components[i].getType();
        values[i] = value(components[i].getGenericType(), depth);
      }
      try {
        return type.getDeclaredConstructor(parameters).newInstance(values);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    private Object value(Type type, int depth) {
      if (!(raw(type) instanceof Class<?> raw)) {
        return null;
      }
      if (raw.isPrimitive()) {
        return primitive(raw);
      }
      if (this == NULLS) {
        return null;
      }
      if (raw == String.class) {
        return switch (this) {
          case BLANKS -> " ";
          case TOO_LONG_AND_TOO_MANY -> "x".repeat(600);
          case EMPTY_AND_TINY -> "";
          case ADDRESSES -> "anne@example.org";
          default -> "a";
        };
      }
      if (raw == Integer.class || raw == Long.class || raw == Short.class) {
        return primitive(raw == Integer.class ? int.class : raw == Long.class ? long.class : short.class);
      }
      if (raw == BigDecimal.class) {
        return switch (this) {
          case NEGATIVES_AND_NULL_ELEMENTS -> new BigDecimal("-1");
          case TOO_LONG_AND_TOO_MANY -> new BigDecimal("1E+9");
          case EMPTY_AND_TINY -> BigDecimal.ZERO;
          default -> BigDecimal.ONE;
        };
      }
      if (raw == Boolean.class) {
        return Boolean.FALSE;
      }
      if (raw == LocalDate.class) {
        return LocalDate.of(2026, 1, 1);
      }
      if (raw == Instant.class) {
        return Instant.EPOCH;
      }
      if (raw.isEnum()) {
        return raw.getEnumConstants()[0];
      }
      if (raw == byte[].class) {
        return new byte[this == EMPTY_AND_TINY ? 0 : 3];
      }
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw) || raw == Collection.class) {
        List<Object> list = elements(argument(type, 0), depth);
        return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(list) : list;
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<Object, Object> map = new HashMap<>();
        Type valueType = argument(type, 1);
        switch (this) {
          case BLANKS -> {
            map.put(" ", value(valueType, depth));
            map.put("k", null);
          }
          case NEGATIVES_AND_NULL_ELEMENTS -> map.put("k", value(valueType, depth));
          case TOO_LONG_AND_TOO_MANY -> map.put("x".repeat(600), value(valueType, depth));
          case ADDRESSES -> map.put("a", value(valueType, depth));
          default -> { }
        }
        return map;
      }
      if (raw.isRecord() && raw.getName().startsWith("org.koprogo.")) {
        return instance(raw, depth + 1);
      }
      return null;
    }

    private List<Object> elements(Type element, int depth) {
      Object one = value(element, depth);
      return switch (this) {
        case BLANKS -> new ArrayList<>(Arrays.asList(one, one));
        case NEGATIVES_AND_NULL_ELEMENTS -> new ArrayList<>(Arrays.asList(one, null));
        case TOO_LONG_AND_TOO_MANY -> new ArrayList<>(java.util.Collections.nCopies(101, one));
        case EMPTY_AND_TINY -> new ArrayList<>();
        default -> one == null ? new ArrayList<>() : new ArrayList<>(List.of(one));
      };
    }

    private Object primitive(Class<?> type) {
      long number = switch (this) {
        case NULLS, EMPTY_AND_TINY -> 0;
        case NEGATIVES_AND_NULL_ELEMENTS, BLANKS -> -1;
        case TOO_LONG_AND_TOO_MANY -> 100_000;
        default -> 1;
      };
      if (type == int.class) {
        return (int) number;
      }
      if (type == long.class) {
        return number;
      }
      if (type == short.class) {
        return (short) number;
      }
      if (type == boolean.class) {
        return false;
      }
      if (type == double.class || type == float.class) {
        throw new IllegalStateException("no double or float in a command");
      }
      return (byte) number;
    }

    private static Type argument(Type type, int index) {
      return type instanceof ParameterizedType parameterized
          ? parameterized.getActualTypeArguments()[index] : Object.class;
    }
  }
}
