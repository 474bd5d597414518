/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.whatsapp.TemplateLanguages;
import org.koprogo.adapters.whatsapp.WhatsAppNotifications;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.SystemClock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Queues the WhatsApp messages of the fault run (sample-host/load/faults.sh) through the
 * library's own ports, as a use case would: for {@code COUNT} people of {@code ORGANISATION}, an
 * opt-in with its proof, then one call for funds each.
 *
 * <pre>
 *   java -cp sample-host.jar org.koprogo.host.load.FaultData JDBC_URL ORGANISATION COUNT
 * </pre>
 *
 * The API does not yet queue WhatsApp messages itself (issue 20, finding 17), hence this tool.
 */
public final class FaultData {
  private FaultData() {}

  /**
   * Runs the tool.
   *
   * @param args the JDBC URL, the organisation and how many messages to queue
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: FaultData JDBC_URL ORGANISATION COUNT");
      System.exit(2);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(2);
    OrganisationId organisation = OrganisationId.of(args[1]);
    int count = Integer.parseInt(args[2]);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      org.koprogo.ports.out.Clock clock = new SystemClock(java.time.ZoneId.of("Europe/Brussels"));
      JdbcStore store = new JdbcStore(dataSource, clock);
      JdbcConsents consents = new JdbcConsents(store, organisation);
      WhatsAppNotifications notifications =
          new WhatsAppNotifications(store.ports().outbox(), consents, TemplateLanguages.allFour(), clock);
      int queued = 0;
      for (int i = 0; i < count; i++) {
        PersonId person = PersonId.of("fault-person-" + i);
        consents.record(ConsentRecord.optIn(person, Channel.WHATSAPP, clock.now().minusSeconds(60),
            "fault run opt-in " + i));
        Recipient recipient = new Recipient(person, PhoneNumber.of("+3247" + String.format("%07d", i)),
            Language.values()[i % Language.values().length]);
        Map<String, TemplateValue> values = new LinkedHashMap<>();
        values.put("organisation", TemplateValue.text("Fault run"));
        values.put("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 10_000 + i)));
        values.put("dueDate", TemplateValue.date(LocalDate.of(2027, 3, 15)));
        values.put("reference", TemplateValue.text("fault-" + i));
        NotifyOutcome outcome = notifications.notify(new Notification(
            new NotificationKey(organisation, Intent.CALL_FOR_FUNDS, "fault-call-" + i, "issued", person),
            recipient, values));
        queued += outcome == NotifyOutcome.ENQUEUED ? 1 : 0;
      }
      System.out.printf("queued %d WhatsApp messages for %s%n", queued, organisation.value());
    }
  }
}
