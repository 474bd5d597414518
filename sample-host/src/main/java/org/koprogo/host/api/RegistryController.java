/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.RegisterOwner;

/**
 * The register of lots and co-owners after the basic deed: a lot added to a building, an owner
 * registered or corrected, a lot changing hands (sale, inheritance, indivision). The syndic and
 * the organisation's admin write; every other role reads through the buildings, lots and owners
 * resources. Each change is checked by the library, stored with its audit entry in one
 * transaction, and refused with {@code CONCURRENT_UPDATE} when the version read is stale.
 */
@Controller("/api/v1")
@Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class RegistryController {
  private final AddLot addLot;
  private final ChangeLotOwnership changeLotOwnership;
  private final RegisterOwner registerOwner;
  private final ChangeOwnerDetails changeOwnerDetails;

  RegistryController(UseCases useCases) {
    this.addLot = useCases.addLot();
    this.changeLotOwnership = useCases.changeLotOwnership();
    this.registerOwner = useCases.registerOwner();
    this.changeOwnerDetails = useCases.changeOwnerDetails();
  }

  @Status(HttpStatus.CREATED)
  @Post("/buildings/{building}/lots")
  @Operation(summary = "Add a lot with its shares and owners to a building; the building's total"
      + " of shares grows by the lot's (syndic, admin)")
  public HttpResponse<AddLot.Added> addLot(Tenant tenant,
      @PathVariable String building, @Body AddLot.NewLot body) {
    AddLot.Added added = addLot.add(tenant.org(), building, body, tenant.actor());
    return Locations.created(added, "/api/v1/lots/{}", added.lot());
  }

  @Put("/lots/{lot}/ownership")
  @Operation(summary = "Record who owns a lot now (sale, inheritance, indivision): fractions adding"
      + " up to 1, at the version read (syndic, admin)")
  public QueryViews.LotView changeOwnership(Tenant tenant, @PathVariable String lot,
      @Body ChangeLotOwnership.Ownership body) {
    return QueryViews.lot(changeLotOwnership.change(tenant.org(), lot, body, tenant.actor()).stored());
  }

  @Status(HttpStatus.CREATED)
  @Post("/owners")
  @Operation(summary = "Register a co-owner (syndic, admin)")
  public HttpResponse<QueryViews.OwnerView> registerOwner(Tenant tenant, @Body RegisterOwner.OwnerDetails body) {
    RegisterOwner.Registered registered = registerOwner.register(tenant.org(), body, tenant.actor());
    return Locations.created(QueryViews.owner(registered.stored()), "/api/v1/owners/{}", registered.owner());
  }

  @Put("/owners/{owner}")
  @Operation(summary = "Correct a co-owner's name and contact details at the version read"
      + " (syndic, admin)")
  public QueryViews.OwnerView changeOwner(Tenant tenant, @PathVariable String owner,
      @Body RegisterOwner.OwnerDetails body) {
    return QueryViews.owner(changeOwnerDetails.change(tenant.org(), owner, body, tenant.actor()).stored());
  }
}
