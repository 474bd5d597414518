/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The application layer of KoproGo: the use cases a host calls ({@code org.koprogo.ports.in}),
 * what adapters implement ({@code org.koprogo.ports.out}), the plain-Java application services
 * that implement the use cases ({@code org.koprogo.ports.application}) and in-memory adapters for
 * tests and small embeddings ({@code org.koprogo.ports.memory}).
 *
 * <p>Commands are records annotated with Jakarta Validation constraints; a host validates them
 * with any Jakarta Validation provider (for example Hibernate Validator) before the call. The
 * packages of the commands are open, because a provider reads the constrained fields by deep
 * reflection (so may a host's JSON binder).
 */
module org.koprogo.ports {
  requires transitive org.koprogo.domain;
  requires transitive jakarta.validation;
  requires static jakarta.annotation;
  // MapStruct's annotations on the lots' and expenses' mapper, and the @Generated the processor
  // puts on its implementation (source retention): compile time only
  requires static org.mapstruct;
  requires static java.compiler;

  exports org.koprogo.ports.application;
  exports org.koprogo.ports.application.community;
  exports org.koprogo.ports.export;
  exports org.koprogo.ports.in;
  exports org.koprogo.ports.in.assembly;
  exports org.koprogo.ports.in.association;
  exports org.koprogo.ports.in.budget;
  exports org.koprogo.ports.in.community;
  exports org.koprogo.ports.in.coop;
  exports org.koprogo.ports.in.outbox;
  exports org.koprogo.ports.in.loan;
  exports org.koprogo.ports.in.penalty;
  exports org.koprogo.ports.in.query;
  exports org.koprogo.ports.in.solidarity;
  exports org.koprogo.ports.in.statement;
  exports org.koprogo.ports.memory;
  exports org.koprogo.ports.memory.community;
  exports org.koprogo.ports.out;
  exports org.koprogo.ports.out.community;
  exports org.koprogo.ports.out.notification;

  opens org.koprogo.ports.in;
  opens org.koprogo.ports.in.association;
  opens org.koprogo.ports.in.community;
  opens org.koprogo.ports.in.coop;
}
