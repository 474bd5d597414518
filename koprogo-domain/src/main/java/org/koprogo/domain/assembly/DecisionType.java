/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * The catalogue of decisions a co-owners' assembly takes, each with the majority the Civil Code
 * requires for it (art. 3.87 and 3.88). A resolution states its decision type and the library
 * picks the majority; overriding it needs an explicit reason (see {@link RequiredMajority}).
 */
public enum DecisionType {
  /** Civil Code art. 3.87: every decision the law does not reserve to a qualified majority. */
  ORDINARY_ADMINISTRATION(Majority.ABSOLUTE, "Civil Code art. 3.87",
      "ordinary administration (accounts, budget, discharge, appointments)"),
  /** Civil Code art. 3.88 §1, 1°, b): works imposed by law and conservatory or administrative acts. */
  WORKS_IMPOSED_BY_LAW(Majority.ABSOLUTE, "Civil Code art. 3.88 §1, 1°, b) (exception)",
      "works imposed by law, conservatory acts and acts of provisional administration"),
  /** Civil Code art. 3.88 §1, 1°: works on the common parts (except those imposed by law). */
  WORKS_ON_COMMON_PARTS(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°", "works on the common parts"),
  /** Civil Code art. 3.88 §1, 1°: a change of the statutes on the enjoyment, use or administration of the common parts. */
  STATUTES_ON_COMMON_PARTS_USE(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°",
      "a change of the statutes on the enjoyment, use or administration of the common parts"),
  /** Civil Code art. 3.88 §1, 2°: a change of the distribution of the charges. */
  CHANGE_OF_CHARGES_DISTRIBUTION(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "a change of the distribution of the charges"),
  /** Civil Code art. 3.88 §1, 2°: a change of the use of the building or of a part of it. */
  CHANGE_OF_USE(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "a change of the use of the building or of a part of it"),
  /** Civil Code art. 3.88 §1, 2°: an act of disposal of the common property. */
  DISPOSAL_OF_COMMON_PROPERTY(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "an act of disposal of common immovable property"),
  /** Civil Code art. 3.88 §1, 2°: the acquisition of new immovable property. */
  ACQUISITION_OF_PROPERTY(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "the acquisition of new immovable property"),
  /** Civil Code art. 3.88 §1, 2°: the reconstruction or restoration of a damaged part of the building. */
  RESTORATION_OF_DAMAGED_PART(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "the reconstruction or restoration of a damaged part of the building"),
  /** Civil Code art. 3.88 §1, 2°: demolition or total rebuilding justified by hygiene or safety. */
  DEMOLITION_OR_REBUILDING_FOR_SAFETY(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "demolition or total rebuilding of the building for reasons of hygiene or safety"),
  /** Civil Code art. 3.88 §1, 2° (with art. 3.86): deciding not to constitute the reserve fund. */
  NOT_CONSTITUTING_RESERVE_FUND(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°",
      "not constituting the reserve fund"),
  /** Civil Code art. 3.88 §3: a change of the distribution of the shares in the common parts. */
  CHANGE_OF_SHARES(Majority.UNANIMITY, "Civil Code art. 3.88 §3",
      "a change of the distribution of the shares in the common parts"),
  /** Civil Code art. 3.88 §3: total rebuilding of the building (other than for hygiene or safety). */
  TOTAL_REBUILDING(Majority.UNANIMITY, "Civil Code art. 3.88 §3",
      "total rebuilding of the building other than for hygiene or safety");

  private final Majority majority;
  private final String article;
  private final String description;

  DecisionType(Majority majority, String article, String description) {
    this.majority = majority;
    this.article = article;
    this.description = description;
  }

  /** The majority the law requires for this decision. */
  public Majority legalMajority() {
    return majority;
  }

  /** The statute that sets it ("Civil Code art. 3.88"). */
  public String article() {
    return article;
  }

  /** What the decision is, in words. */
  public String description() {
    return description;
  }
}
