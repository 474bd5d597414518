/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.CommitmentShare;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.Money;

/**
 * The information the syndic gives the notary before the sale of a lot (Civil Code art. 3.94):
 * the working capital and the reserve fund with the lot's parts, the seller's arrears, the calls
 * for funds due after the transfer, the association's commitments decided before the transfer
 * (art. 3.94 §2, 1° to 4°, from the building's register, with the lot's part), the pending
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

  /**
   * The four items of art. 3.94 §2, each with its commitments (none: an empty list), in order.
   *
   * @return the items
   */
  public List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (CommitmentKind kind : CommitmentKind.values()) {
      items.add(new Item(kind.item(), information.commitments(kind), information.commitmentsTotal(kind)));
    }
    return items;
  }

  /**
   * One item of art. 3.94 §2 as the document shows it.
   *
   * @param number 1 to 4
   * @param commitments its commitments, with the lot's part
   * @param lotTotal the lot's part of them in all
   */
  public record Item(int number, List<CommitmentShare> commitments, Money lotTotal) {}

  @Override
  public String template() {
    return "sale-information";
  }
}
