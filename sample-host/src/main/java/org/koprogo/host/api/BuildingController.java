/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.OutPorts;

/**
 * Buildings under co-ownership, their lots, expenses and assemblies. Every role reads; the
 * syndic and the organisation's admin register buildings and distribute expenses.
 */
@Controller("/api/v1/buildings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BuildingController {
  private final OutPorts ports;
  private final RegisterBuilding registerBuilding;
  private final DistributeExpense distributeExpense;

  BuildingController(OutPorts ports, RegisterBuilding registerBuilding,
      DistributeExpense distributeExpense) {
    this.ports = ports;
    this.registerBuilding = registerBuilding;
    this.distributeExpense = distributeExpense;
  }

  /**
   * A building to register with its lots and owners (the basic deed, Civil Code art. 3.85).
   *
   * @param id its id (a new UUID when absent)
   * @param name its name
   * @param address its postal address
   * @param totalShares the declared total of the lots' shares
   * @param currency ISO 4217 code of its accounts (EUR when absent)
   * @param lots its lots
   * @param owners the owners the lots name
   */
  public record NewBuilding(
      @Nullable String id, String name, String address, BigDecimal totalShares,
      @Nullable String currency, List<RegisterBuilding.LotLine> lots,
      List<RegisterBuilding.OwnerLine> owners) {}

  /**
   * An expense to distribute over the building's lots.
   *
   * @param id its id (a new UUID when absent)
   * @param label what it pays for
   * @param amount plain decimal in the building's currency (negative: a credit note)
   * @param bookedOn the accounting date
   * @param keys the key parts; empty or absent: the general key (the lots' shares)
   */
  public record NewExpense(
      @Nullable String id, String label, String amount, LocalDate bookedOn,
      @Nullable List<DistributeExpense.KeyPart> keys) {}

  @Get
  @Operation(summary = "The organisation's buildings")
  public List<Views.BuildingView> buildings(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return ports.buildings().all(tenant.organisation()).stream().map(RecordViews.MAP::building).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Register a building with its lots and owners (syndic, admin)")
  public HttpResponse<RegisterBuilding.Registered> register(
      Authentication authentication, @Body NewBuilding body) {
    Tenant tenant = Tenant.of(authentication);
    RegisterBuilding.Registered registered =
        registerBuilding.register(
            new RegisterBuilding.Command(
                tenant.organisation().value(), Tenant.idOr(body.id()), body.name(), body.address(),
                body.totalShares(), body.currency() == null ? "EUR" : body.currency(), body.lots(),
                body.owners(), tenant.actor()));
    return HttpResponse.created(registered,
        URI.create("/api/v1/buildings/" + registered.building()));
  }

  @Get("/{building}")
  @Operation(summary = "One building")
  public Views.BuildingView building(Authentication authentication, @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    return RecordViews.MAP.building(ports.buildings().get(tenant.organisation(), BuildingId.of(building)));
  }

  @Get("/{building}/lots")
  @Operation(summary = "The building's lots with their shares and owners")
  public List<Views.LotView> lots(Authentication authentication, @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    BuildingId id = ports.buildings().get(tenant.organisation(), BuildingId.of(building)).id();
    return ports.lots().ofBuilding(tenant.organisation(), id).stream().map(RecordViews.MAP::lot).toList();
  }

  @Get("/{building}/expenses")
  @Operation(summary = "The building's distributed expenses")
  public List<Views.ExpenseView> expenses(Authentication authentication, @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    BuildingId id = ports.buildings().get(tenant.organisation(), BuildingId.of(building)).id();
    return ports.expenses().ofBuilding(tenant.organisation(), id).stream()
        .map(RecordViews.MAP::expense).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post("/{building}/expenses")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Distribute an expense over the building's lots (syndic, admin)")
  public HttpResponse<DistributeExpense.Distributed> distribute(
      Authentication authentication, @PathVariable String building, @Body NewExpense body) {
    Tenant tenant = Tenant.of(authentication);
    DistributeExpense.Distributed distributed =
        distributeExpense.distribute(
            new DistributeExpense.Command(
                tenant.organisation().value(), building, Tenant.idOr(body.id()), body.label(),
                body.amount(), body.bookedOn(), body.keys() == null ? List.of() : body.keys(),
                tenant.actor()));
    return HttpResponse.created(distributed,
        URI.create("/api/v1/expenses/" + distributed.expense()));
  }

  @Get("/{building}/assemblies")
  @Operation(summary = "The building's general assemblies by date, at most limit (1 to 1000, default 100)"
      + " after the assembly named by after (the last of the previous page)")
  public List<Views.AssemblyView> assemblies(Authentication authentication, @PathVariable String building,
      @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue Integer limit,
      @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String after) {
    Tenant tenant = Tenant.of(authentication);
    int n = limit == null ? 100 : limit;
    if (n < 1 || n > 1000) {
      throw org.koprogo.domain.shared.KoproGoException.of(org.koprogo.domain.shared.ErrorCode.INVALID_FIELD,
          "limit " + n + " is not between 1 and 1000", "field", "limit", "value", String.valueOf(n));
    }
    if (after != null && (after.isBlank() || after.length() > 100)) {
      throw org.koprogo.domain.shared.KoproGoException.of(org.koprogo.domain.shared.ErrorCode.INVALID_FIELD,
          "after is not an assembly id", "field", "after");
    }
    BuildingId id = ports.buildings().get(tenant.organisation(), BuildingId.of(building)).id();
    return ports.assemblies().ofBuilding(tenant.organisation(), id,
            java.util.Optional.ofNullable(after).map(org.koprogo.ports.out.AssemblyId::of), n).stream()
        .map(RecordViews.MAP::assembly).toList();
  }
}
