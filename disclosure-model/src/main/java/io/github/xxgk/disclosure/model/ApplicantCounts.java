package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** One row of table 三: counts for each of the seven applicant columns. */
@Value.Immutable
public abstract class ApplicantCounts {
  /** A row of zeros. */
  public static final ApplicantCounts ZERO = builder().build();

  ApplicantCounts() {}

  /** Returns a row with the given counts, in printed column order. */
  public static ApplicantCounts of(long naturalPerson, long commercialEnterprise, long researchInstitution,
      long socialWelfareOrg, long legalServiceOrg, long otherOrg, long total) {
    return builder().naturalPerson(naturalPerson).commercialEnterprise(commercialEnterprise)
        .researchInstitution(researchInstitution).socialWelfareOrg(socialWelfareOrg)
        .legalServiceOrg(legalServiceOrg).otherOrg(otherOrg).total(total).build();
  }

  /** Returns a row whose six parts are given and whose 总计 is their sum. */
  public static ApplicantCounts ofParts(long naturalPerson, long commercialEnterprise, long researchInstitution,
      long socialWelfareOrg, long legalServiceOrg, long otherOrg) {
    return of(naturalPerson, commercialEnterprise, researchInstitution, socialWelfareOrg, legalServiceOrg, otherOrg,
        Math.addExact(Math.addExact(Math.addExact(naturalPerson, commercialEnterprise),
            Math.addExact(researchInstitution, socialWelfareOrg)), Math.addExact(legalServiceOrg, otherOrg)));
  }

  /** Returns a new builder. */
  public static ImmutableApplicantCounts.Builder builder() {
    return ImmutableApplicantCounts.builder();
  }

  @Value.Default
  @PositiveOrZero
  public long getNaturalPerson() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getCommercialEnterprise() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getResearchInstitution() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getSocialWelfareOrg() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getLegalServiceOrg() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getOtherOrg() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getTotal() {
    return 0;
  }

  /** Returns the count in the given column. */
  public long get(Applicant column) {
    switch (column) {
      case NATURAL_PERSON:
        return getNaturalPerson();
      case COMMERCIAL_ENTERPRISE:
        return getCommercialEnterprise();
      case RESEARCH_INSTITUTION:
        return getResearchInstitution();
      case SOCIAL_WELFARE_ORG:
        return getSocialWelfareOrg();
      case LEGAL_SERVICE_ORG:
        return getLegalServiceOrg();
      case OTHER_ORG:
        return getOtherOrg();
      default:
        return getTotal();
    }
  }

  /** Returns a copy with the given count in the given column. */
  public ApplicantCounts with(Applicant column, long value) {
    ImmutableApplicantCounts.Builder b = builder().from(this);
    switch (column) {
      case NATURAL_PERSON:
        return b.naturalPerson(value).build();
      case COMMERCIAL_ENTERPRISE:
        return b.commercialEnterprise(value).build();
      case RESEARCH_INSTITUTION:
        return b.researchInstitution(value).build();
      case SOCIAL_WELFARE_ORG:
        return b.socialWelfareOrg(value).build();
      case LEGAL_SERVICE_ORG:
        return b.legalServiceOrg(value).build();
      case OTHER_ORG:
        return b.otherOrg(value).build();
      default:
        return b.total(value).build();
    }
  }
}
