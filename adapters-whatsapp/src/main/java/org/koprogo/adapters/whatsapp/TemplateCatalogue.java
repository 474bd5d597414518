/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.koprogo.adapters.whatsapp.NotificationTemplate.Kind.AMOUNT;
import static org.koprogo.adapters.whatsapp.NotificationTemplate.Kind.DATE;
import static org.koprogo.adapters.whatsapp.NotificationTemplate.Kind.TEXT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.koprogo.adapters.whatsapp.NotificationTemplate.Kind;
import org.koprogo.adapters.whatsapp.NotificationTemplate.Parameter;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;

/**
 * The templates KoproGo sends, one per {@link Intent}, in French, Dutch, German and English. An
 * organisation registers each of them with Meta under the same name, category UTILITY, in the
 * languages it uses ({@code docs/whatsapp.md} lists them).
 */
public final class TemplateCatalogue {
  private static final Map<Intent, NotificationTemplate> TEMPLATES = new EnumMap<>(Intent.class);

  static {
    add(Intent.CALL_FOR_FUNDS, "koprogo_call_for_funds",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE, "reference", TEXT),
        "Bonjour, {{1}} vous adresse un appel de fonds de {{2}}, à payer au plus tard le {{3}} avec la communication {{4}}. Merci.",
        "Goedendag, {{1}} stuurt u een opvraging van fondsen van {{2}}, te betalen uiterlijk op {{3}} met de mededeling {{4}}. Dank u.",
        "Guten Tag, {{1}} sendet Ihnen einen Zahlungsaufruf über {{2}}, zahlbar bis spätestens {{3}} mit der Mitteilung {{4}}. Vielen Dank.",
        "Hello, {{1}} has issued you a call for funds of {{2}}, payable by {{3}} with the reference {{4}}. Thank you.");
    add(Intent.DUE_IN_3_DAYS, "koprogo_due_in_3_days",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE, "reference", TEXT),
        "Bonjour, rappel de {{1}} : un montant de {{2}} est à payer dans 3 jours, le {{3}} (communication {{4}}). Ignorez ce message si vous avez déjà payé.",
        "Goedendag, herinnering van {{1}}: een bedrag van {{2}} moet binnen 3 dagen betaald worden, op {{3}} (mededeling {{4}}). Negeer dit bericht als u al betaald hebt.",
        "Guten Tag, Erinnerung von {{1}}: ein Betrag von {{2}} ist in 3 Tagen fällig, am {{3}} (Mitteilung {{4}}). Bitte ignorieren Sie diese Nachricht, wenn Sie bereits bezahlt haben.",
        "Hello, a reminder from {{1}}: an amount of {{2}} is due in 3 days, on {{3}} (reference {{4}}). Please ignore this message if you have already paid.");
    add(Intent.DUE_IN_1_DAY, "koprogo_due_in_1_day",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE, "reference", TEXT),
        "Bonjour, rappel de {{1}} : un montant de {{2}} est à payer demain, le {{3}} (communication {{4}}). Ignorez ce message si vous avez déjà payé.",
        "Goedendag, herinnering van {{1}}: een bedrag van {{2}} moet morgen betaald worden, op {{3}} (mededeling {{4}}). Negeer dit bericht als u al betaald hebt.",
        "Guten Tag, Erinnerung von {{1}}: ein Betrag von {{2}} ist morgen fällig, am {{3}} (Mitteilung {{4}}). Bitte ignorieren Sie diese Nachricht, wenn Sie bereits bezahlt haben.",
        "Hello, a reminder from {{1}}: an amount of {{2}} is due tomorrow, on {{3}} (reference {{4}}). Please ignore this message if you have already paid.");
    add(Intent.LATE_BY_1_DAY, "koprogo_late_by_1_day",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE, "reference", TEXT),
        "Bonjour, {{1}} n'a pas encore reçu votre paiement de {{2}}, échu le {{3}} (communication {{4}}). Merci de le régler dès que possible.",
        "Goedendag, {{1}} heeft uw betaling van {{2}}, vervallen op {{3}} (mededeling {{4}}), nog niet ontvangen. Gelieve zo snel mogelijk te betalen.",
        "Guten Tag, {{1}} hat Ihre Zahlung über {{2}}, fällig am {{3}} (Mitteilung {{4}}), noch nicht erhalten. Bitte zahlen Sie so bald wie möglich.",
        "Hello, {{1}} has not yet received your payment of {{2}}, due on {{3}} (reference {{4}}). Please pay as soon as possible.");
    add(Intent.LATE_BY_7_DAYS, "koprogo_late_by_7_days",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE, "reference", TEXT),
        "Bonjour, rappel de {{1}} : votre paiement de {{2}}, échu le {{3}} (communication {{4}}), a 7 jours de retard. Des intérêts de retard peuvent s'appliquer.",
        "Goedendag, herinnering van {{1}}: uw betaling van {{2}}, vervallen op {{3}} (mededeling {{4}}), is 7 dagen te laat. Er kunnen verwijlintresten worden aangerekend.",
        "Guten Tag, Erinnerung von {{1}}: Ihre Zahlung über {{2}}, fällig am {{3}} (Mitteilung {{4}}), ist 7 Tage überfällig. Es können Verzugszinsen anfallen.",
        "Hello, a reminder from {{1}}: your payment of {{2}}, due on {{3}} (reference {{4}}), is 7 days late. Late-payment interest may apply.");
    add(Intent.PENALTY_APPLIED, "koprogo_penalty_applied",
        params("organisation", TEXT, "penalty", AMOUNT, "balance", AMOUNT, "reference", TEXT),
        "Bonjour, {{1}} a appliqué une pénalité de retard de {{2}}. Le solde dû est maintenant de {{3}} (communication {{4}}).",
        "Goedendag, {{1}} heeft een nalatigheidsvergoeding van {{2}} aangerekend. Het verschuldigde saldo bedraagt nu {{3}} (mededeling {{4}}).",
        "Guten Tag, {{1}} hat eine Verzugsentschädigung von {{2}} berechnet. Der offene Betrag beläuft sich jetzt auf {{3}} (Mitteilung {{4}}).",
        "Hello, {{1}} has applied a late-payment penalty of {{2}}. The balance due is now {{3}} (reference {{4}}).");
    add(Intent.MINUTES_PUBLISHED, "koprogo_minutes_published",
        params("organisation", TEXT, "assemblyDate", DATE, "where", TEXT),
        "Bonjour, le procès-verbal de l'assemblée générale de {{1}} du {{2}} est publié. Vous pouvez le consulter ici : {{3}}. Merci.",
        "Goedendag, de notulen van de algemene vergadering van {{1}} van {{2}} zijn gepubliceerd. U kunt ze hier raadplegen: {{3}}. Dank u.",
        "Guten Tag, das Protokoll der Generalversammlung von {{1}} vom {{2}} ist veröffentlicht. Sie können es hier einsehen: {{3}}. Vielen Dank.",
        "Hello, the minutes of the general assembly of {{1}} held on {{2}} are published. You can read them here: {{3}}. Thank you.");
    add(Intent.LOT_ALLOCATION_PROPOSED, "koprogo_lot_allocation_proposed",
        params("organisation", TEXT, "lot", TEXT, "answerBy", DATE),
        "Bonjour, {{1}} vous propose l'attribution du logement {{2}}. Merci de répondre au plus tard le {{3}}. Bonne journée.",
        "Goedendag, {{1}} stelt u de toewijzing van woning {{2}} voor. Gelieve uiterlijk op {{3}} te antwoorden. Dank u.",
        "Guten Tag, {{1}} schlägt Ihnen die Zuteilung der Wohnung {{2}} vor. Bitte antworten Sie bis spätestens {{3}}. Vielen Dank.",
        "Hello, {{1}} proposes to allocate the home {{2}} to you. Please answer by {{3}}. Thank you.");
    add(Intent.LOT_ALLOCATION_VALIDATED, "koprogo_lot_allocation_validated",
        params("organisation", TEXT, "lot", TEXT),
        "Bonjour, l'attribution du logement {{2}} par {{1}} est validée. Félicitations !",
        "Goedendag, de toewijzing van woning {{2}} door {{1}} is bevestigd. Gefeliciteerd!",
        "Guten Tag, die Zuteilung der Wohnung {{2}} durch {{1}} ist bestätigt. Herzlichen Glückwunsch!",
        "Hello, the allocation of the home {{2}} by {{1}} is confirmed. Congratulations!");
    add(Intent.LOT_ASSIGNED, "koprogo_lot_assigned",
        params("organisation", TEXT, "lot", TEXT, "from", DATE),
        "Bonjour, {{1}} vous attribue le logement {{2}} à partir du {{3}}. Bienvenue !",
        "Goedendag, {{1}} wijst u woning {{2}} toe vanaf {{3}}. Welkom!",
        "Guten Tag, {{1}} teilt Ihnen die Wohnung {{2}} ab dem {{3}} zu. Willkommen!",
        "Hello, {{1}} assigns the home {{2}} to you from {{3}}. Welcome!");
    add(Intent.PROJECT_MILESTONE_REACHED, "koprogo_project_milestone",
        params("project", TEXT, "milestone", TEXT, "reachedOn", DATE),
        "Bonjour, le projet {{1}} a franchi une étape : {{2}}, le {{3}}. Merci de votre confiance.",
        "Goedendag, het project {{1}} heeft een mijlpaal bereikt: {{2}}, op {{3}}. Bedankt voor uw vertrouwen.",
        "Guten Tag, das Projekt {{1}} hat einen Meilenstein erreicht: {{2}}, am {{3}}. Vielen Dank für Ihr Vertrauen.",
        "Hello, the project {{1}} has reached a milestone: {{2}}, on {{3}}. Thank you for your trust.");
    add(Intent.ASSEMBLY_CONVOCATION, "koprogo_assembly_convocation",
        params("organisation", TEXT, "assemblyDate", DATE, "time", TEXT, "place", TEXT),
        "Bonjour, vous êtes convoqué(e) à l'assemblée générale de {{1}} le {{2}} à {{3}}, lieu : {{4}}. La convocation officielle vous parvient par la voie habituelle.",
        "Goedendag, u wordt uitgenodigd op de algemene vergadering van {{1}} op {{2}} om {{3}}, plaats: {{4}}. De officiële oproeping ontvangt u langs de gewone weg.",
        "Guten Tag, Sie sind zur Generalversammlung von {{1}} am {{2}} um {{3}} eingeladen, Ort: {{4}}. Die offizielle Einberufung erhalten Sie auf dem üblichen Weg.",
        "Hello, you are invited to the general assembly of {{1}} on {{2}} at {{3}}, place: {{4}}. The formal convocation reaches you the usual way.");
    add(Intent.PAYMENT_REMINDER, "koprogo_payment_reminder",
        params("organisation", TEXT, "amount", AMOUNT, "dueDate", DATE),
        "Bonjour, {{1}} vous rappelle qu'un montant de {{2}}, échu depuis le {{3}}, reste impayé sur votre compte de copropriétaire. Ignorez ce message si vous avez déjà payé.",
        "Goedendag, {{1}} herinnert u eraan dat een bedrag van {{2}}, vervallen sinds {{3}}, onbetaald blijft op uw rekening als mede-eigenaar. Negeer dit bericht als u al betaald hebt.",
        "Guten Tag, {{1}} erinnert Sie daran, dass ein Betrag von {{2}}, fällig seit dem {{3}}, auf Ihrem Miteigentümerkonto unbezahlt ist. Bitte ignorieren Sie diese Nachricht, wenn Sie bereits bezahlt haben.",
        "Hello, {{1}} reminds you that an amount of {{2}}, due since {{3}}, is still unpaid on your co-owner's account. Please ignore this message if you have already paid.");
  }

  private TemplateCatalogue() {}

  /** The template for an intent; every intent has one. */
  public static NotificationTemplate of(Intent intent) {
    return TEMPLATES.get(intent);
  }

  /** All templates, in the order of {@link Intent}. */
  public static Collection<NotificationTemplate> all() {
    return List.copyOf(TEMPLATES.values());
  }

  private static void add(
      Intent intent, String name, List<Parameter> parameters, String fr, String nl, String de, String en) {
    Map<Language, String> bodies = new EnumMap<>(Language.class);
    bodies.put(Language.FRENCH, fr);
    bodies.put(Language.DUTCH, nl);
    bodies.put(Language.GERMAN, de);
    bodies.put(Language.ENGLISH, en);
    TEMPLATES.put(intent, new NotificationTemplate(intent, name, parameters, bodies));
  }

  private static List<Parameter> params(Object... namesAndKinds) {
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < namesAndKinds.length; i += 2) {
      parameters.add(new Parameter((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]));
    }
    return parameters;
  }
}
