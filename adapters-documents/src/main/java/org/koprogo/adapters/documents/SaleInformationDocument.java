/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.util.Objects;
import org.koprogo.domain.sale.SaleInformation;

/**
 * The information the syndic gives the notary before the sale of a lot (Civil Code art. 3.94):
 * the working capital and the reserve fund with the lot's parts, the seller's arrears, the calls
 * for funds due after the transfer, the works decided and not yet called, the pending
 * proceedings, the documents handed over, and the split of the charges between seller and buyer
 * at the transfer date, as {@link SaleInformation} computed them from the building's books.
 *
 * @param language the language
 * @param parties the building, the syndic and the names
 * @param information what the library computed
 * @param seller the seller's name
 */
public record SaleInformationDocument(DocumentLanguage language, Parties parties, SaleInformation information,
    String seller) implements DocumentModel {
  public SaleInformationDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(information, "information");
    Objects.requireNonNull(seller, "seller");
  }

  /**
   * The document of {@code information}, the seller named from {@code parties}.
   *
   * @param information the sale information
   * @param parties the building, the syndic and the names
   * @param language the language
   * @return the document
   */
  public static SaleInformationDocument of(SaleInformation information, Parties parties, DocumentLanguage language) {
    return new SaleInformationDocument(language, parties, information, parties.name(information.seller().value()));
  }

  @Override
  public String template() {
    return "sale-information";
  }
}
