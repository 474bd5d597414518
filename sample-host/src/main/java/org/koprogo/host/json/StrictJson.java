/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the host's JSON reading strict: every request body is read as written, never coerced.
 *
 * <ul>
 *   <li>An unknown field is refused ({@code jackson.deserialization.fail-on-unknown-properties}).
 *   <li>A JSON type other than the field's is refused: no number or boolean read as a string, no
 *       string read as a number or boolean, no float read as an integer ({@code 2.5} is not
 *       {@code 2}), no number read as an enum, no array or number read as a date.
 *   <li>A decimal is read from its text, never through {@code double}, and only when its text has
 *       at most {@value #MAX_DECIMAL_LENGTH} characters and its plain form at most {@value
 *       #MAX_DIGITS} digits on each side of the point, checked before any arithmetic: {@code
 *       1e999999999} is refused in microseconds instead of costing a core and gigabytes.
 *   <li>{@code null} inside a list or map is refused, and a field of a record nested in a body
 *       (a list element, an object field) that is not marked {@code @Nullable} must be present
 *       ({@link MissingFieldException}); the body's own fields are left to Bean Validation.
 * </ul>
 *
 * <p>Every refusal is a Jackson {@link MismatchedInputException} carrying the path of the field,
 * which {@link org.koprogo.host.problem.ProblemResponseProcessor} turns into a 422 problem
 * document naming it.
 */
@Singleton
public final class StrictJson implements BeanCreatedEventListener<ObjectMapper> {
  /** The longest text of a decimal, as RULES.md bounds decimal strings. */
  public static final int MAX_DECIMAL_LENGTH = 64;

  /** The most digits of a decimal's plain form before, and after, its point. */
  public static final int MAX_DIGITS = 64;

  /** The longest text of any JSON number token the parser accepts at all. */
  public static final int MAX_NUMBER_TOKEN = 100;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    return configure(event.getBean());
  }

  /** Applies the strict reading to {@code mapper} and returns it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_TOKEN).build());
    // dates are written as ISO strings ("2026-04-30"), never as arrays ([2026,4,30])
    mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    for (CoercionInputShape shape : new CoercionInputShape[] {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    SimpleModule strict = new SimpleModule("koprogo-strict-json");
    strict.addDeserializer(BigDecimal.class, new Decimals());
    strict.addDeserializer(BigInteger.class, new WholeNumbers());
    strict.addDeserializer(LocalDate.class, new Dates());
    strict.setDeserializerModifier(new RequiredComponents());
    mapper.registerModule(strict);
    return mapper;
  }

  /**
   * The decimal of a JSON number or plain-decimal string, refused before any arithmetic when too
   * long or too large.
   *
   * @param text the token's text
   * @return the decimal, or null when refused
   */
  static BigDecimal boundedDecimal(String text, boolean fromString) {
    if (text.length() > MAX_DECIMAL_LENGTH) {
      return null;
    }
    if (fromString && !PLAIN_DECIMAL.matcher(text).matches()) {
      return null;
    }
    // Cheap: at most 64 characters. An exponent is only in a JSON number token.
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    int scale = value.scale();
    long integerDigits = (long) value.precision() - scale;
    if (scale > MAX_DIGITS || integerDigits > MAX_DIGITS) {
      return null;
    }
    return value;
  }

  private static final class Decimals extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Decimals() {
      super(BigDecimal.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Float;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
      if (!number && token != JsonToken.VALUE_STRING) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      String text = p.getText();
      BigDecimal value = boundedDecimal(text, !number);
      if (value == null) {
        throw ctxt.weirdStringException(printable(text), BigDecimal.class,
            "not a plain decimal of at most " + MAX_DECIMAL_LENGTH + " characters");
      }
      return value;
    }
  }

  private static final class WholeNumbers extends StdScalarDeserializer<BigInteger> {
    private static final long serialVersionUID = 1L;

    WholeNumbers() {
      super(BigInteger.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Integer;
    }

    @Override
    public BigInteger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (BigInteger) ctxt.handleUnexpectedToken(BigInteger.class, p);
      }
      String text = p.getText();
      if (text.length() > MAX_DECIMAL_LENGTH) {
        throw ctxt.weirdStringException(printable(text), BigInteger.class,
            "more than " + MAX_DECIMAL_LENGTH + " digits");
      }
      return new BigInteger(text);
    }
  }

  private static final class Dates extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      if (ISO_DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          // falls through to the refusal
        }
      }
      throw ctxt.weirdStringException(printable(text), LocalDate.class, "not a date (yyyy-MM-dd)");
    }
  }

  private static String printable(String text) {
    return text.length() <= MAX_DECIMAL_LENGTH ? text : text.substring(0, MAX_DECIMAL_LENGTH) + "...";
  }

  /** A field of a record body that is absent or null without being marked {@code @Nullable}. */
  public static final class MissingFieldException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    MissingFieldException(JsonParser p, Class<?> type, String field) {
      super(p, "'" + field + "' is required", type);
    }
  }

  /** Wraps the deserializer of every record with the check of its required components. */
  private static final class RequiredComponents extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (!type.isRecord()) {
        return deserializer;
      }
      List<RecordComponent> required = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        if (!component.getType().isPrimitive() && !nullable(component)
            && !validated(component)) {
          required.add(component);
        }
      }
      return required.isEmpty() ? deserializer : new RequiredCheck(deserializer, required);
    }

    private static boolean nullable(RecordComponent component) {
      return marked(component) || marked(component.getAccessor())
          || marked(component.getAnnotatedType());
    }

    /** A component Bean Validation checks ({@code @NotNull}...) keeps its VALIDATION_FAILED. */
    private static boolean validated(RecordComponent component) {
      for (AnnotatedElement element : new AnnotatedElement[] {
          component, component.getAccessor(), component.getAnnotatedType()}) {
        for (Annotation a : element.getAnnotations()) {
          if (a.annotationType().getPackageName().equals("jakarta.validation.constraints")
              && a.annotationType().getSimpleName().startsWith("Not")) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean marked(AnnotatedElement element) {
      for (Annotation a : element.getAnnotations()) {
        if (a.annotationType().getSimpleName().equals("Nullable")) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class RequiredCheck extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient List<RecordComponent> required;

    RequiredCheck(JsonDeserializer<?> delegate, List<RecordComponent> required) {
      super(delegate);
      this.required = required;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new RequiredCheck(newDelegatee, required);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonStreamContext context = p.getParsingContext();
      boolean topLevel = context == null || context.inRoot() || context.getParent() == null
          || context.getParent().inRoot();
      Object value = super.deserialize(p, ctxt);
      if (value == null || topLevel) {
        // the body itself: Micronaut's validation checks its fields (VALIDATION_FAILED), and
        // some bodies serve several routes with fields that only one of them needs
        return value;
      }
      for (RecordComponent component : required) {
        Object field;
        try {
          field = component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          continue;
        }
        if (field == null) {
          MissingFieldException missing =
              new MissingFieldException(p, value.getClass(), component.getName());
          missing.prependPath(value, component.getName());
          throw missing;
        }
      }
      return value;
    }
  }
}
