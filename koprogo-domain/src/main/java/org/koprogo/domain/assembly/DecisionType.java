/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * The catalogue of decisions a co-owners' assembly takes, each with the majority the Civil Code
 * requires for it (art. 3.87 §8 and art. 3.88), whose mandate or contract it concerns (art. 3.87
 * §9: that person does not vote on it, in person or by proxy), and whether the minutes must show
 * a referral to the justice of the peace. A resolution states its decision type and the library
 * picks the majority; overriding it needs an explicit reason (see {@link RequiredMajority}).
 */
public enum DecisionType {
  /** Civil Code art. 3.87 §8: every decision the law does not reserve to a qualified majority. */
  ORDINARY_ADMINISTRATION(Majority.ABSOLUTE, "Civil Code art. 3.87 §8",
      "ordinary administration (accounts, budget, discharge, appointments)"),
  /**
   * Civil Code art. 3.87 §8 and §9: appointing, renewing or dismissing the syndic; the syndic does
   * not vote on it, nor does anyone through the syndic.
   */
  SYNDIC_MANDATE(Majority.ABSOLUTE, "Civil Code art. 3.87 §8; art. 3.87 §9 (conflict of interest)",
      "the syndic's mandate (appointment, renewal or dismissal)", Concerns.SYNDIC),
  /** Civil Code art. 3.87 §8 and §9: the discharge of the syndic, who does not vote on it. */
  SYNDIC_DISCHARGE(Majority.ABSOLUTE, "Civil Code art. 3.87 §8; art. 3.87 §9 (conflict of interest)",
      "the discharge of the syndic", Concerns.SYNDIC),
  /**
   * Civil Code art. 3.87 §8 and §9: a contract with, or the mission of, a person the item names
   * (a contractor, the auditor, a member of the council); that person does not vote on it.
   */
  CONTRACT_WITH_NAMED_PERSON(Majority.ABSOLUTE, "Civil Code art. 3.87 §8; art. 3.87 §9 (conflict of interest)",
      "a contract with, or the mission of, a named person", Concerns.NAMED_PERSON),
  /** Civil Code art. 3.88 §1, 1°, b): works imposed by law and conservatory or administrative acts. */
  WORKS_IMPOSED_BY_LAW(Majority.ABSOLUTE, "Civil Code art. 3.88 §1, 1°, b) (exception)",
      "works imposed by law, conservatory acts and acts of provisional administration"),
  /** Civil Code art. 3.88 §1, 1°, b): works on the common parts (except those imposed by law). */
  WORKS_ON_COMMON_PARTS(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°, b)", "works on the common parts"),
  /** Civil Code art. 3.88 §1, 1°, a): a change of the statutes on the enjoyment, use or administration of the common parts. */
  STATUTES_ON_COMMON_PARTS_USE(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°, a)",
      "a change of the statutes on the enjoyment, use or administration of the common parts"),
  /** Civil Code art. 3.88 §1, 1°, d): the amount of contracts above which competitive tenders are compulsory. */
  COMPETITIVE_TENDER_THRESHOLD(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°, d)",
      "the amount of contracts and orders above which competitive tenders are compulsory"),
  /**
   * Civil Code art. 3.88 §1, 1°, e): with special reasons, works on certain private parts that the
   * association carries out for technical or economic reasons.
   */
  WORKS_ON_PRIVATE_PARTS_BY_ASSOCIATION(Majority.TWO_THIRDS, "Civil Code art. 3.88 §1, 1°, e)",
      "works on certain private parts carried out by the association, for technical or economic reasons"),
  /** Civil Code art. 3.88 §1, 2°, a): a change of the distribution of the charges. */
  CHANGE_OF_CHARGES_DISTRIBUTION(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°, a)",
      "a change of the distribution of the charges"),
  /** Civil Code art. 3.88 §1, 2°, b): a change of the use of the building or of a part of it. */
  CHANGE_OF_USE(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°, b)",
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
  /** Civil Code art. 3.88 §1, 2°: the creation of partial associations (art. 3.85 §1). */
  CREATION_OF_PARTIAL_ASSOCIATIONS(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°; art. 3.85 §1",
      "the creation of partial associations"),
  /** Civil Code art. 3.88 §1, 2°, h): demolition or total rebuilding justified by hygiene or safety. */
  DEMOLITION_OR_REBUILDING_FOR_SAFETY(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°, h)",
      "demolition or total rebuilding of the building for reasons of hygiene or safety"),
  /**
   * Civil Code art. 3.88 §1, 2°, h): demolition or total rebuilding on the ground that bringing
   * the building up to the law would cost too much for its value; the association refers the
   * decision to the justice of the peace (Constitutional Court, judgment 30/2020, and the law that
   * followed it), which the minutes show.
   */
  DEMOLITION_FOR_EXCESSIVE_COMPLIANCE_COST(Majority.FOUR_FIFTHS, "Civil Code art. 3.88 §1, 2°, h)",
      "demolition or total rebuilding because compliance would cost too much for the building's value",
      Concerns.NOBODY, true),
  /** Civil Code art. 3.86 §3 and art. 3.88 §1, 2°: deciding not to constitute the reserve fund. */
  NOT_CONSTITUTING_RESERVE_FUND(Majority.FOUR_FIFTHS, "Civil Code art. 3.86 §3",
      "not constituting the reserve fund"),
  /** Civil Code art. 3.88 §3: a change of the distribution of the shares in the common parts. */
  CHANGE_OF_SHARES(Majority.UNANIMITY, "Civil Code art. 3.88 §3",
      "a change of the distribution of the shares in the common parts"),
  /**
   * Civil Code art. 3.88 §3, second sentence: a change of the shares that is the necessary
   * consequence of works, an acquisition or a disposal, decided at the majority of that main
   * decision (see {@link RequiredMajority#consequenceOf}); it has no majority of its own.
   */
  CHANGE_OF_SHARES_AS_CONSEQUENCE(null, "Civil Code art. 3.88 §3, second sentence",
      "a change of the shares that is the necessary consequence of works, an acquisition or a disposal"),
  /** Civil Code art. 3.88 §3: total rebuilding of the building (other than for hygiene or safety). */
  TOTAL_REBUILDING(Majority.UNANIMITY, "Civil Code art. 3.88 §3",
      "total rebuilding of the building other than for hygiene or safety");

  /** Whose mandate or contract a decision concerns (Civil Code art. 3.87 §9). */
  public enum Concerns {
    /** Nobody in particular. */
    NOBODY,
    /** The syndic. */
    SYNDIC,
    /** The person the agenda item names. */
    NAMED_PERSON
  }

  private final Majority majority;
  private final String article;
  private final String description;
  private final Concerns concerns;
  private final boolean referralToJusticeOfThePeace;

  DecisionType(Majority majority, String article, String description) {
    this(majority, article, description, Concerns.NOBODY, false);
  }

  DecisionType(Majority majority, String article, String description, Concerns concerns) {
    this(majority, article, description, concerns, false);
  }

  DecisionType(Majority majority, String article, String description, Concerns concerns, boolean referral) {
    this.majority = majority;
    this.article = article;
    this.description = description;
    this.concerns = concerns;
    this.referralToJusticeOfThePeace = referral;
  }

  /**
   * Whose mandate or contract the decision concerns: that person does not vote on it.
   *
   * @return the person concerned, or NOBODY
   */
  public Concerns concerns() {
    return concerns;
  }

  /**
   * True when the association must refer an adopted decision to the justice of the peace.
   *
   * @return whether the referral is required
   */
  public boolean referralToJusticeOfThePeace() {
    return referralToJusticeOfThePeace;
  }

  /**
   * True when the decision takes the majority of a main decision rather than its own.
   *
   * @return whether it follows a main decision
   */
  public boolean followsMainDecision() {
    return majority == null;
  }

  /**
   * The majority the law requires for this decision; null when it follows a main decision's.
   *
   * @return the legal majority, or null
   */
  public Majority legalMajority() {
    return majority;
  }

  /**
   * The statute that sets it ("Civil Code art. 3.88").
   *
   * @return the article
   */
  public String article() {
    return article;
  }

  /**
   * What the decision is, in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
