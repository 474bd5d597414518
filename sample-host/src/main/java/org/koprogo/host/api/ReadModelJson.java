/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.koprogo.ports.in.assembly.MeetingSummary;

/**
 * How the host writes the library's read models, which the routes answer as they are ({@code
 * koprogo-ports} carries no Jackson annotation): an entry of an assembly's history ({@link
 * MeetingSummary.Event}) leaves out of the JSON the facts its kind does not have.
 */
@Singleton
final class ReadModelJson implements BeanCreatedEventListener<ObjectMapper> {
  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    return event.getBean().addMixIn(MeetingSummary.Event.class, FactsSet.class);
  }

  /** Writes the facts that are set only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private interface FactsSet {}
}
