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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyViews;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadBuildings;
import org.koprogo.ports.in.query.ReadExpenses;

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
  private final ReadBuildings buildings;
  private final ListLots lots;
  private final ReadExpenses expenses;
  private final RegisterBuilding registerBuilding;
  private final DistributeExpense distributeExpense;

  BuildingController(ReadBuildings buildings, ListLots lots, ReadExpenses expenses,
      RegisterBuilding registerBuilding, DistributeExpense distributeExpense) {
    this.buildings = buildings;
    this.lots = lots;
    this.expenses = expenses;
    this.registerBuilding = registerBuilding;
    this.distributeExpense = distributeExpense;
  }

  @Get
  @Operation(summary = "The organisation's buildings by id, at most limit (1 to 1000, default 100)"
      + " after the building named by after (the last of the previous page)")
  public List<QueryViews.BuildingView> buildings(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return QueryViews.buildings(buildings.buildings(tenant.org(), limit, after));
  }

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Register a building with its lots and owners (syndic, admin)")
  public HttpResponse<RegisterBuilding.Registered> register(Tenant tenant,
      @Body RegisterBuilding.NewBuilding body) {
    RegisterBuilding.Registered registered = registerBuilding.register(tenant.org(), body, tenant.actor());
    return Locations.created(registered, "/api/v1/buildings/{}", registered.building());
  }

  @Get("/{building}")
  @Operation(summary = "One building")
  public QueryViews.BuildingView building(Tenant tenant, @PathVariable String building) {
    return QueryViews.building(buildings.building(tenant.org(), building));
  }

  @Get("/{building}/lots")
  @Operation(summary = "The building's lots with their shares and owners by id, at most limit (1 to 1000,"
      + " default 100) after the lot named by after (the last of the previous page)")
  public List<QueryViews.LotView> lots(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return QueryViews.lots(lots.ofBuilding(tenant.org(), building, limit, after));
  }

  @Get("/{building}/expenses")
  @Operation(summary = "The building's distributed expenses by date, at most limit (1 to 1000, default 100)"
      + " after the expense named by after (the last of the previous page)")
  public List<QueryViews.ExpenseView> expenses(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return QueryViews.expenses(expenses.expenses(tenant.org(), building, limit, after));
  }

  @Status(HttpStatus.CREATED)
  @Post("/{building}/expenses")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Distribute an expense over the building's lots (syndic, admin)")
  public HttpResponse<DistributeExpense.Distributed> distribute(Tenant tenant, @PathVariable String building,
      @Body DistributeExpense.NewExpense body) {
    DistributeExpense.Distributed distributed = distributeExpense.distribute(tenant.org(), building, body,
        tenant.actor());
    return Locations.created(distributed, "/api/v1/expenses/{}", distributed.expense());
  }

  @Get("/{building}/assemblies")
  @Operation(summary = "The building's general assemblies by date, at most limit (1 to 1000, default 100)"
      + " after the assembly named by after (the last of the previous page)")
  public List<AssemblyViews.AssemblyView> assemblies(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return AssemblyViews.assemblies(buildings.assemblies(tenant.org(), building, limit, after));
  }
}
