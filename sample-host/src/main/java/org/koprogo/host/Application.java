/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;

/** The sample host's entry point: {@code java -jar sample-host/target/sample-host.jar}. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "KoproGo",
            version = Application.API_VERSION,
            description = "Co-ownership buildings (Belgian Civil Code art. 3.84-3.100) and housing"
                + " cooperatives over HTTP/JSON. Errors are application/problem+json documents"
                + " carrying a stable code.",
            license = @License(name = "AGPL-3.0-or-later")))
// The domain's enums that the library's request and answer records carry as text (named by
// HonestDocument's REFS): their schemas, generated with their Javadoc, values and each value's
// description, though no host signature names them.
@OpenAPIExtraSchema(classes = {
    Condition.class, OfferKind.class, NoticeKind.class, ContactChannel.class, ChannelChoice.Reason.class})
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public final class Application {
  /** The API's version, as written in the OpenAPI document. */
  public static final String API_VERSION = "1";

  private Application() {}

  /** Starts the server (port 8080 unless {@code KOPROGO_PORT} says otherwise). */
  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
