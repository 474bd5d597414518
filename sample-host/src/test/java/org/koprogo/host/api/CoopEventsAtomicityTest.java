/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * A cooperative command whose history cannot be written changes nothing: the audit trail fails
 * on the project's first milestone, after the project was stored in the same transaction, and
 * neither the project, nor its timeline line, nor its notice to the members remains.
 */
@MicronautTest(environments = "failing-audit")
class CoopEventsAtomicityTest {

  @Factory
  @Requires(env = "failing-audit")
  static class FailingAuditTrail {
    @Singleton
    @Replaces(OutPorts.class)
    OutPorts ports(JdbcStore store) {
      OutPorts p = store.ports();
      AuditTrail trail = p.auditTrail();
      AuditTrail failing = new AuditTrail() {
        @Override
        public AuditEntry append(OrganisationId organisation, AuditEvent event) {
          if (event.action().equals("MilestoneReached")) {
            throw new IllegalStateException("the audit trail is down");
          }
          return trail.append(organisation, event);
        }

        @Override
        public List<AuditEntry> list(OrganisationId organisation, Query query) {
          return trail.list(organisation, query);
        }
      };
      return new OutPorts(p.organisations(), p.buildings(), p.lots(), p.owners(), p.members(), p.assemblies(),
          p.expenses(), p.ledger(), failing, p.outbox(), p.aggregateStore(), p.transactions(), p.clock(),
          p.personalData());
    }
  }

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String manager;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    manager = DemoLogins.token(calls, "manager@cailles");
  }

  @Test
  void aProjectWhoseAuditEntryFailsIsNotStartedAndLeavesNoTraceBehind() {
    String id = "atomic-" + System.nanoTime();
    String g = "/api/v1/groups/" + id;
    calls.postJson("/api/v1/groups", "{\"id\":\"" + id + "\",\"name\":\"x\",\"fundingThreshold\":\"1.00\"}", manager);
    calls.postJson(g + "/members", "{\"member\":\"m-amrani\"}", manager);

    Answer start = calls.postJson(g + "/project", "{\"id\":\"p-" + id + "\"}", manager);

    assertThat(start.status()).isEqualTo(500);
    assertThat(start.contentType()).isEqualTo("application/problem+json");
    assertThat(calls.get(g + "/project", manager).status()).isEqualTo(404);
    Answer timeline = calls.get(g + "/timeline", manager);
    assertThat(timeline.json()).hasSize(2);
    assertThat(timeline.body()).doesNotContain("project:", "LAND_SECURED", "PROJECT_MILESTONE_REACHED");
  }
}
