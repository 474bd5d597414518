/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.meeting.AgendaItemRequested;
import org.koprogo.domain.assembly.meeting.AssemblyClosed;
import org.koprogo.domain.assembly.meeting.AssemblyConvened;
import org.koprogo.domain.assembly.meeting.AssemblyRequested;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesPublished;
import org.koprogo.domain.assembly.meeting.QuorumChecked;
import org.koprogo.domain.assembly.meeting.ResolutionAdopted;
import org.koprogo.domain.assembly.meeting.ResolutionRejected;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.project.Project;

/**
 * Stable names for stored data: what a database adapter writes instead of a Java class name, so
 * that moving or renaming a class never orphans stored rows. The aggregate store keys a record
 * by its type's registered name ({@code coop.group}), and a record or enum constant stored where
 * an interface is declared (an assembly's events, a majority rule) carries its registered name.
 *
 * <p>A name is lower case, dotted ({@code assembly.recorded-votes}); one name per type and one
 * type per name. {@link #library()} names every type the library stores; a host adds its own
 * with {@link #with}. A type without a registered name is stored under its class name (and such
 * a name is still read), so data written before the registry, or by a type not yet registered,
 * stays readable; the migration {@code V65__stable_stored_names.sql} rewrote the library's rows.
 * Renaming a class means registering the new class under the old name. Immutable and thread-safe.
 */
public final class StoredNames {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final StoredNames LIBRARY = new StoredNames(Map.of(), Map.of(), Map.of())
      .with("coop.group", Group.Snapshot.class)
      .with("coop.project", Project.Snapshot.class)
      .with("coop.allocation", Allocation.class)
      .with("association.monthly-price", MonthlyPrice.Snapshot.class)
      .with("association.surplus-allocation", DecidedSurplusAllocation.class)
      .with("assembly.general-assembly", GeneralAssembly.Snapshot.class)
      .with("assembly.recorded-votes", RecordedVotes.class)
      .with("assembly.majority", Majority.class)
      .with("assembly.french-majority", FrenchMajority.class)
      .with("assembly.event.agenda-item-requested", AgendaItemRequested.class)
      .with("assembly.event.closed", AssemblyClosed.class)
      .with("assembly.event.convened", AssemblyConvened.class)
      .with("assembly.event.requested", AssemblyRequested.class)
      .with("assembly.event.minutes-published", MinutesPublished.class)
      .with("assembly.event.quorum-checked", QuorumChecked.class)
      .with("assembly.event.resolution-adopted", ResolutionAdopted.class)
      .with("assembly.event.resolution-rejected", ResolutionRejected.class)
      .with("building.budget", BuildingBudget.class)
      .with("owner.payment", OwnerPayment.class)
      .withTerms(Group.Snapshot.class, g -> g.members().stream().map(m -> m.id().value()).toList())
      .withTerms(Allocation.class, a -> List.of(a.group().value()));

  private final Map<String, Class<?>> byName;
  private final Map<Class<?>, String> byType;
  private final Map<Class<?>, Function<Record, Collection<String>>> terms;

  private StoredNames(Map<String, Class<?>> byName, Map<Class<?>, String> byType,
      Map<Class<?>, Function<Record, Collection<String>>> terms) {
    this.byName = byName;
    this.byType = byType;
    this.terms = terms;
  }

  /**
   * The names of every type the library stores.
   *
   * @return the names
   */
  public static StoredNames library() {
    return LIBRARY;
  }

  /**
   * These names and {@code name} for {@code type}.
   *
   * @param name the stored name, lower case and dotted
   * @param type the type
   * @return the names
   * @throws IllegalArgumentException when the name is malformed, or the name or the type is
   *     registered already (a programming error of the host, found at start-up)
   */
  public StoredNames with(String name, Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a stored name is lower case and dotted, not '" + name + "'");
    }
    if (byName.containsKey(name) || byType.containsKey(type)) {
      throw new IllegalArgumentException(name + " or " + type.getName() + " is registered already");
    }
    Map<String, Class<?>> names = new LinkedHashMap<>(byName);
    names.put(name, type);
    Map<Class<?>, String> types = new LinkedHashMap<>(byType);
    types.put(type, name);
    return new StoredNames(Collections.unmodifiableMap(names), Collections.unmodifiableMap(types), terms);
  }

  /**
   * These names, and {@code terms} as the index terms of every aggregate of {@code type}: what
   * {@link AggregateStore#allWithTerm} finds it by (a cooperative group by each of its members'
   * ids, an allocation by its group's id). A database adapter stores the terms beside the record
   * when it adds or updates it and reads along an index.
   *
   * @param <A> the aggregate's type
   * @param type the aggregate's record type
   * @param terms the aggregate's terms, each at most 200 characters
   * @return these names with the terms of {@code type}
   * @throws IllegalArgumentException when {@code type} has terms already (a programming error of
   *     the host, found at start-up)
   */
  @SuppressWarnings("unchecked")
  public <A extends Record> StoredNames withTerms(Class<A> type, Function<? super A, ? extends Collection<String>> terms) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(terms, "terms");
    if (this.terms.containsKey(type)) {
      throw new IllegalArgumentException(type.getName() + " has index terms already");
    }
    Map<Class<?>, Function<Record, Collection<String>>> next = new LinkedHashMap<>(this.terms);
    next.put(type, r -> (Collection<String>) terms.apply((A) r));
    return new StoredNames(byName, byType, Collections.unmodifiableMap(next));
  }

  /**
   * True when aggregates of {@code type} have index terms.
   *
   * @param type a record type
   * @return whether {@link #withTerms} named terms for it
   */
  public boolean hasTerms(Class<?> type) {
    return terms.containsKey(type);
  }

  /**
   * The index terms of {@code aggregate}, without repetition, in the order given (empty for a
   * type without terms).
   *
   * @param aggregate a stored aggregate
   * @return its terms
   * @throws IllegalArgumentException when a term is null, blank or longer than 200 characters
   */
  public Set<String> termsOf(Record aggregate) {
    Function<Record, Collection<String>> f = terms.get(aggregate.getClass());
    if (f == null) {
      return Set.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (String term : f.apply(aggregate)) {
      if (term == null || term.isBlank() || term.length() > 200) {
        throw new IllegalArgumentException("an index term is 1 to 200 characters, not '" + term + "'");
      }
      result.add(term);
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * The registered name of {@code type}, if any.
   *
   * @param type a type
   * @return its name, or empty
   */
  public Optional<String> registered(Class<?> type) {
    return Optional.ofNullable(byType.get(type));
  }

  /**
   * What to store for {@code type}: its registered name, or its class name when it has none.
   *
   * @param type a type
   * @return the name
   */
  public String nameOf(Class<?> type) {
    String name = byType.get(type);
    return name != null ? name : type.getName();
  }

  /**
   * The type stored as {@code name}: the registered type, or the class of that name (data written
   * before the registry, or a type not registered), loaded with {@code loader}.
   *
   * @param name the stored name
   * @param loader the class loader
   * @return the type
   * @throws IllegalArgumentException when no type has that name
   */
  public Class<?> typeNamed(String name, ClassLoader loader) {
    Class<?> type = byName.get(name);
    if (type != null) {
      return type;
    }
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("unknown stored type " + name, e);
    }
  }

  /**
   * Every registered name with its type, in registration order.
   *
   * @return the names
   */
  public Map<String, Class<?>> names() {
    return byName;
  }
}
