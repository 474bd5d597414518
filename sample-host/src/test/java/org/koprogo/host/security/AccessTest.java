/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Issue 20, findings 6 and 7: forged or stale tokens, refresh-token rotation, erasure. */
@MicronautTest
class AccessTest {
  private static final String TEST_SECRET =
      "test-only-jwt-secret-koprogo-sample-host-0123456789abcdef";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  Accounts accounts;

  @Inject
  Argon2idPasswords passwords;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  private Answer login(String username, String password) {
    return calls.postJson("/api/v1/login",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  private static String signed(String secret, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return jwt.serialize();
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder().subject("ghost@tilleuls").issuer("koprogo")
        .claim("roles", List.of("SYNDIC")).claim("organisation", "demo-tilleuls")
        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
  }

  @Test
  void refusesATokenSignedWithTheFormerDemoSecret() throws Exception {
    String forged = signed(ProductionGuard.DEMO_SECRET, claims().build());

    Answer answer = calls.get("/api/v1/buildings", forged);

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void refusesTokensWithoutExpiryWithAFutureNotBeforeOrAnotherIssuer() throws Exception {
    String good = signed(TEST_SECRET, claims().build());
    String noExp = signed(TEST_SECRET, claims().expirationTime(null).build());
    String early = signed(TEST_SECRET,
        claims().notBeforeTime(Date.from(Instant.now().plusSeconds(300))).build());
    String foreign = signed(TEST_SECRET, claims().issuer("someone-else").build());

    assertThat(calls.get("/api/v1/me", good).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/me", noExp).status()).isEqualTo(401);
    assertThat(calls.get("/api/v1/me", early).status()).isEqualTo(401);
    assertThat(calls.get("/api/v1/me", foreign).status()).isEqualTo(401);
  }

  @Test
  void issuesTokensWithExpiryIssuerAndARefreshToken() throws Exception {
    Answer login = login("auditor@tilleuls", "koprogo-demo");
    JWTClaimsSet claims = SignedJWT.parse(login.json().path("access_token").asText()).getJWTClaimsSet();

    assertThat(login.status()).isEqualTo(200);
    assertThat(claims.getExpirationTime()).isNotNull();
    assertThat(claims.getIssuer()).isEqualTo("koprogo");
    assertThat(login.json().path("refresh_token").asText()).hasSize(64);
    assertThat(login.json().path("expires_in").asInt()).isPositive();
  }

  @Test
  void rotatesRefreshTokensAndRevokesTheFamilyOnReuse() {
    String first = login("auditor@tilleuls", "koprogo-demo").json().path("refresh_token").asText();

    Answer renewed = calls.postJson("/api/v1/login/refresh", "{\"refresh_token\":\"" + first + "\"}");
    String second = renewed.json().path("refresh_token").asText();
    Answer stolen = calls.postJson("/api/v1/login/refresh", "{\"refresh_token\":\"" + first + "\"}");
    Answer afterTheft = calls.postJson("/api/v1/login/refresh", "{\"refresh_token\":\"" + second + "\"}");

    assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
    assertThat(calls.get("/api/v1/me", renewed.json().path("access_token").asText()).status())
        .isEqualTo(200);
    assertThat(second).isNotEqualTo(first);
    assertThat(stolen.status()).isEqualTo(401);
    assertThat(stolen.contentType()).isEqualTo("application/problem+json");
    assertThat(afterTheft.status()).isEqualTo(401);
  }

  @Test
  void erasingAnOwnerDisablesTheirAccountAndRevokesTheirTokens() {
    String admin = org.koprogo.host.DemoLogins.token(calls, "admin@tilleuls");
    calls.postJson("/api/v1/buildings",
        "{\"id\":\"test-erasure\",\"name\":\"E\",\"address\":\"x\",\"totalShares\":1,"
            + "\"lots\":[{\"id\":\"E1\",\"label\":\"E1\",\"shares\":1,\"owners\":[{\"owner\":\"o-test-e\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"o-test-e\",\"name\":\"Erin Test\",\"email\":\"erin@example.org\",\"phone\":\"\",\"postalAddress\":\"\"}]}",
        admin);
    accounts.add(new Accounts.Account("erin@tilleuls", passwords.hash("erin-password"),
        "demo-tilleuls", List.of(Roles.OWNER), "o-test-e", false));
    Answer before = login("erin@tilleuls", "erin-password");
    String token = before.json().path("access_token").asText();
    String refresh = before.json().path("refresh_token").asText();
    assertThat(calls.get("/api/v1/owners/o-test-e", token).status()).isEqualTo(200);

    Answer erased = calls.exchange(
        HttpRequest.DELETE("/api/v1/owners/o-test-e/personal-data").bearerAuth(admin));

    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(calls.get("/api/v1/owners/o-test-e", token).status()).isEqualTo(401);
    assertThat(login("erin@tilleuls", "erin-password").status()).isEqualTo(401);
    assertThat(calls.postJson("/api/v1/login/refresh", "{\"refresh_token\":\"" + refresh + "\"}")
        .status()).isEqualTo(401);
  }
}
