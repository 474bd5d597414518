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
import java.math.BigDecimal;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.RegisterBuilding;
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

  /**
   * A lot to add to a building.
   *
   * @param id its id (a new UUID when absent)
   * @param label its label in the basic deed
   * @param shares its shares in the common parts (quotités), positive
   * @param owners its registered owners and their fractions ({@code "1/2"}), adding up to 1
   *     (required: a lot without owners is refused with {@code MISSING_FIELD})
   * @param buildingVersion the building's version read, to refuse a stale change (optional)
   */
  public record NewLot(@Nullable String id, String label, BigDecimal shares,
      List<RegisterBuilding.OwnershipLine> owners, @Nullable Long buildingVersion) {}

  /**
   * Who owns a lot now.
   *
   * @param version the lot's version read
   * @param owners the owners and their fractions, adding up to exactly 1
   */
  public record Ownership(Long version, List<RegisterBuilding.OwnershipLine> owners) {}

  /**
   * A co-owner's name and contact details.
   *
   * @param id the owner's id (a new UUID when absent; ignored on a change)
   * @param version the version read (a change only)
   * @param name full name
   * @param email e-mail address (empty when absent)
   * @param phone phone number in E.164 form (empty when absent)
   * @param postalAddress postal address (empty when absent)
   * @param language the language the owner reads: {@code fr}, {@code nl}, {@code de} or {@code en}
   *     (absent: unknown on registration, unchanged on a change; notices and documents are then in
   *     the default language)
   */
  public record OwnerDetails(@Nullable String id, @Nullable Long version, String name,
      @Nullable String email, @Nullable String phone, @Nullable String postalAddress,
      @Nullable @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"fr", "nl", "de", "en"})
      String language) {

    RegisterBuilding.OwnerLine line(String owner) {
      return new RegisterBuilding.OwnerLine(owner, name, Tenant.orEmpty(email), Tenant.orEmpty(phone),
          Tenant.orEmpty(postalAddress), language);
    }
  }

  @Status(HttpStatus.CREATED)
  @Post("/buildings/{building}/lots")
  @Operation(summary = "Add a lot with its shares and owners to a building; the building's total"
      + " of shares grows by the lot's (syndic, admin)")
  public HttpResponse<AddLot.Added> addLot(Tenant tenant,
      @PathVariable String building, @Body NewLot body) {
    String id = Tenant.idOr(body.id());
    AddLot.Added added = addLot.add(new AddLot.Command(
        tenant.org(), building, body.buildingVersion(),
        new RegisterBuilding.LotLine(id, body.label(), body.shares(),
            body.owners() == null ? List.of() : body.owners()),
        tenant.actor()));
    return Locations.created(added, "/api/v1/lots/{}", id);
  }

  @Put("/lots/{lot}/ownership")
  @Operation(summary = "Record who owns a lot now (sale, inheritance, indivision): fractions adding"
      + " up to 1, at the version read (syndic, admin)")
  public Views.LotView changeOwnership(Tenant tenant, @PathVariable String lot,
      @Body Ownership body) {
    return RecordViews.MAP.lot(changeLotOwnership.change(new ChangeLotOwnership.Command(
        tenant.org(), lot, Versions.required(body.version()), body.owners(), tenant.actor())).stored());
  }

  @Status(HttpStatus.CREATED)
  @Post("/owners")
  @Operation(summary = "Register a co-owner (syndic, admin)")
  public HttpResponse<Views.OwnerView> registerOwner(Tenant tenant,
      @Body OwnerDetails body) {
    String id = Tenant.idOr(body.id());
    RegisterOwner.Registered registered =
        registerOwner.register(new RegisterOwner.Command(tenant.org(), body.line(id), tenant.actor()));
    return Locations.created(RecordViews.MAP.owner(registered.stored()), "/api/v1/owners/{}", id);
  }

  @Put("/owners/{owner}")
  @Operation(summary = "Correct a co-owner's name and contact details at the version read"
      + " (syndic, admin)")
  public Views.OwnerView changeOwner(Tenant tenant, @PathVariable String owner,
      @Body OwnerDetails body) {
    return RecordViews.MAP.owner(changeOwnerDetails.change(new ChangeOwnerDetails.Command(
        tenant.org(), Versions.required(body.version()), body.line(owner), tenant.actor())).stored());
  }
}
