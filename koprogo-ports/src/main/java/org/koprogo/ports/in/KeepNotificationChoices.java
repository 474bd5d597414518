/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Use case: how a person (an owner or a member) is reached. Their consent per electronic channel
 * (WhatsApp, email), given with its proof or withdrawn, kept append only (GDPR art. 7); the
 * channel they chose ({@code WHATSAPP}, {@code EMAIL}, {@code POST} or {@code IN_APP}); the
 * language they read ({@code fr}, {@code nl}, {@code de}, {@code en}: their notices and the
 * documents sent to them are written in it, in the configured default when it is unknown); and
 * the route a notice to them takes now ({@code ChannelChoice} of the domain). Every write is
 * audited in its unit of work, naming the person by id only.
 *
 * <p>Refusals: {@code VALIDATION_FAILED} (a field missing or too long, naming it), {@code
 * INVALID_FIELD} (an unknown channel, decision or language, or consent on {@code POST} or {@code
 * IN_APP}, naming the field),
 * {@code NOT_FOUND} (no such owner or member in the organisation), {@code ILLEGAL_TRANSITION}
 * (consent given, or a language chosen, for a person whose personal data was erased).
 */
public interface KeepNotificationChoices {

  /**
   * The person's choices as they stand.
   *
   * @param query who
   * @return the choices, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code NOT_FOUND}
   */
  Choices read(Person query);

  /**
   * Records the person's chosen channel.
   *
   * @param command who and which channel
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     INVALID_FIELD} (field {@code channel}), {@code NOT_FOUND}
   */
  Choices choose(Choose command);

  /**
   * Records the person's consent (given or withdrawn) on one electronic channel.
   *
   * @param command who, which channel, the decision and its proof
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     INVALID_FIELD} (fields {@code channel}, {@code decision}), {@code NOT_FOUND}, {@code
   *     ILLEGAL_TRANSITION}
   */
  Choices consent(Consent command);

  /**
   * Records the language the person reads, stored with their details (personal data: exported
   * and erased with them); their later notices and documents are written in it.
   *
   * @param command who and which language
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     INVALID_FIELD} (field {@code language}), {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     (the person's data was erased), {@code CONCURRENT_UPDATE}
   */
  Choices chooseLanguage(ChooseLanguage command);

  /**
   * Who.
   *
   * @param organisation the tenant
   * @param kind {@code OWNER} or {@code MEMBER}
   * @param person the owner's or member's id
   * @param actor who asks (a user id)
   */
  record Person(
      @NotBlank @Size(max = 100) String organisation,
      @NotNull @Pattern(regexp = "OWNER|MEMBER") String kind,
      @NotBlank @Size(max = 200) String person,
      @NotBlank @Size(max = 200) String actor) {}

  /**
   * A chosen channel.
   *
   * @param who the person
   * @param channel {@code WHATSAPP}, {@code EMAIL}, {@code POST} or {@code IN_APP}
   */
  record Choose(@NotNull @jakarta.validation.Valid Person who, @NotBlank @Size(max = 20) String channel) {}

  /**
   * A chosen language.
   *
   * @param who the person
   * @param language {@code fr}, {@code nl}, {@code de} or {@code en}
   */
  record ChooseLanguage(@NotNull @jakarta.validation.Valid Person who, @NotBlank @Size(max = 20) String language) {}

  /**
   * A consent decision.
   *
   * @param who the person
   * @param channel {@code WHATSAPP} or {@code EMAIL}
   * @param decision {@code GRANTED} or {@code WITHDRAWN}
   * @param proof how the decision was obtained (a signed form's reference, the page and its
   *     version), at most 500 characters
   */
  record Consent(
      @NotNull @jakarta.validation.Valid Person who,
      @NotBlank @Size(max = 20) String channel,
      @NotBlank @Size(max = 20) String decision,
      @NotBlank @Size(max = 500) String proof) {}

  /**
   * A person's choices.
   *
   * @param person the owner's or member's id
   * @param kind {@code OWNER} or {@code MEMBER}
   * @param channel the chosen channel, or null when the person chose none
   * @param consents the consent in force on each electronic channel that has a record
   * @param route the channel a notice to the person takes now ({@code POST}: a letter)
   * @param reason why ({@code CHOSEN}, {@code CONSENTED}, {@code NO_ADDRESS}, {@code NO_CONSENT},
   *     {@code NOTHING_CHOSEN})
   * @param language the language the person reads ({@code fr}, {@code nl}, {@code de}, {@code en}),
   *     or null when unknown
   * @param noticeLanguage the language their notices and documents are written in: {@code
   *     language}, or the configured default when it is unknown
   */
  record Choices(
      String person, String kind, @Nullable String channel, List<ConsentState> consents, String route, String reason,
      @Nullable String language, String noticeLanguage) {}

  /**
   * The consent in force on one channel.
   *
   * @param channel {@code WHATSAPP} or {@code EMAIL}
   * @param decision {@code GRANTED} or {@code WITHDRAWN}
   * @param decidedAt when
   * @param proof its proof
   */
  record ConsentState(String channel, String decision, Instant decidedAt, String proof) {}

  // --- the commands as a client sends them: the person comes from the request's path ---

  /**
   * A chosen channel, as a client sends it.
   *
   * @param channel {@code WHATSAPP}, {@code EMAIL}, {@code POST} or {@code IN_APP}
   */
  record NewChannel(String channel) {}

  /**
   * Records the channel a client chose for the person.
   *
   * @param who the person
   * @param channel the channel chosen
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #choose(Choose)}
   */
  default Choices choose(Person who, NewChannel channel) {
    return choose(new Choose(who, channel.channel()));
  }

  /**
   * A chosen language, as a client sends it.
   *
   * @param language {@code fr}, {@code nl}, {@code de} or {@code en}
   */
  record NewLanguage(String language) {}

  /**
   * Records the language a client chose for the person.
   *
   * @param who the person
   * @param language the language chosen
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #chooseLanguage(ChooseLanguage)}
   */
  default Choices chooseLanguage(Person who, NewLanguage language) {
    return chooseLanguage(new ChooseLanguage(who, language.language()));
  }

  /**
   * A consent decision, as a client sends it.
   *
   * @param channel {@code WHATSAPP} or {@code EMAIL}
   * @param decision {@code GRANTED} or {@code WITHDRAWN}
   * @param proof how it was obtained (a signed form's reference, a web page and its version), at
   *     most 500 characters; required when granted
   */
  record NewConsent(String channel, String decision, @Nullable String proof) {}

  /**
   * Records the consent decision a client sends for the person.
   *
   * @param who the person
   * @param consent the channel, the decision and its proof
   * @return the choices after the change, never null
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #consent(Consent)}
   */
  default Choices consent(Person who, NewConsent consent) {
    return consent(new Consent(who, consent.channel(), consent.decision(), consent.proof()));
  }
}
