//! The categories of applicants, the grounds some of them need, and when a
//! legal representative applies.

use crate::answer::{Track, Truth, all, any, before, is, one_of, under, yes};
use crate::{
    Act, Application, Citation, Citizenships, Fact, Facts, FamilyPrincipals, FamilyRelations,
    Status,
};
use jiff::civil::Date;

/// The categories of applicants, and the parts of them (family members) that
/// are categories of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Clause 2.1.
    ///
    /// > The foreign citizen or the stateless person who lived at least eight months within the first year of residence in the Russian Federation based on permission to temporary residence.
    ///
    /// Basis:
    /// - item 5 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    TemporaryResidence,
    /// Clause 2.2.
    ///
    /// > The foreign citizen who was born in the territory of RSFSR and consisting in the past in citizenship of the USSR.
    ///
    /// Basis:
    /// - subitem 1 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    BornInRsfsr,
    /// Clause 2.3.
    ///
    /// > The foreign citizen who is constantly living in the Russian Federation, being the parent (the adoptive father, the guardian, the custodian) of the foreign citizen who did not reach age of eighteen years or the foreign citizen who according to the legislation of foreign state is recognized as incapacitated or is limited in capacity to act.
    ///
    /// Basis:
    /// - subitems 2 and 6 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ParentOfMinorOrIncapacitated,
    /// Clause 2.4.
    ///
    /// > The foreign citizen who is the parent (the adoptive father, the guardian, the custodian) together with him the foreign citizen receiving the residence permit who did not reach age of eighteen years or according to the legislation of foreign state acknowledged incapacitated or limited in capacity to act.
    ///
    /// Basis:
    /// - subitems 3 and 5 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ParentReceivingPermitTogether,
    /// Clause 2.5.
    ///
    /// > The foreign citizen having the parent (the adoptive father, the guardian, the custodian), the son or the daughter who are consisting in citizenship of the Russian Federation and constantly living in the Russian Federation.
    ///
    /// Basis:
    /// - subitem 4 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    RelativeOfRussianCitizen,
    /// Clause 2.6.
    ///
    /// > The foreign citizen recognized by the native speaker of Russian according to article 33.1 of the Federal Law of May 31, 2002 No. 62-FZ \"About citizenship of the Russian Federation\".
    ///
    /// Basis:
    /// - subitem 7 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    /// - article 33.1 of Federal Law \"About citizenship of the Russian Federation\" No. 62-FZ of 2002-05-31
    NativeSpeakerOfRussian,
    /// Clause 2.7.
    ///
    /// > The foreign citizen who or the relative on the direct ascending line, the adoptive father or the spouse (spouse) of which was subjected to illegal deportation from the territory Crimean by the ASSR, and also the relative on the direct descending line, the adopted children or the spouse (spouse) of the specified foreign citizen.
    ///
    /// Basis:
    /// - subitem 8 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    CrimeanDeportation,
    /// Clause 2.8.
    ///
    /// > The highly qualified specialist performing labor activity in the Russian Federation according to the procedure, determined by article 13.2 of the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" and members of his family.
    /// >
    /// > Members of the family of the highly qualified specialist the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized.
    ///
    /// Basis:
    /// - article 13.2 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ///
    /// Its branches: [`Category::HighlyQualifiedSpecialistFamily`].
    HighlyQualifiedSpecialist,
    /// A branch of [`Category::HighlyQualifiedSpecialist`] (clause 2.8).
    ///
    /// > Members of the family of the highly qualified specialist the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized.
    ///
    /// Basis:
    /// - item 1.1 of article 13.2 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    HighlyQualifiedSpecialistFamily,
    /// Clause 2.9.
    ///
    /// > The foreign citizen performing at least six months about day of the address with the statement for issue of the residence permit labor activity in the Russian Federation in (specialties, positions) included in the list of professions (specialties, positions) of foreign citizens and stateless persons - the qualified specialists having the right to acceptance in citizenship of the Russian Federation in the simplified procedure.
    ///
    /// Basis:
    /// - subitem 10 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    /// - The list of professions (specialties, positions) of foreign citizens and stateless persons - the qualified specialists having the right to acceptance in citizenship of the Russian Federation in the simplified procedure, approved by the order of Ministry of Labor of Russia No. 199n of 2022-04-05
    QualifiedSpecialist,
    /// Clause 2.10.
    ///
    /// > The foreign citizen who successfully mastered in the Russian Federation the educational program of the higher education for full-time courses and the received education document having the state accreditation and about qualification with honors.
    ///
    /// Basis:
    /// - subitem 11 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    HonoursGraduate,
    /// Clause 2.11.
    ///
    /// > Person who lives in the Russian Federation and at whom citizenship of the Russian Federation is stopped.
    ///
    /// Basis:
    /// - subitem 12 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    FormerRussianCitizen,
    /// Clause 2.12.
    ///
    /// > Person who lives in the Russian Federation and concerning whom the decision on acquisition of citizenship of the Russian Federation except for of persons concerning whom the specified decision is cancelled based on the become effective court verdict which determined committing by person fact at least of one of the crimes (preparation for crime or attempted crime) provided by Articles 205, 205.1, part two of Article 205 is cancelled. 2, Articles 205.3 - 205.5, 206, 208, Article part four 211, Articles 281, 282.1 - 282.3 and 361 Criminal Codes of the Russian Federation, or at least one of the crimes (preparation for crime or attempted crime) provided by Articles 277 - 279 and 360 Criminal Codes of the Russian Federation if their making is integrated to implementation of terrorist activities.
    ///
    /// Basis:
    /// - subitem 13 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    CitizenshipDecisionCancelled,
    /// Clause 2.13.
    ///
    /// > Person, specified in part one or third article 41.1 of the Federal law \"About Citizenship of the Russian Federation\".
    ///
    /// Basis:
    /// - subitem 14 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    /// - parts 1 and 3 of article 41.1 of Federal Law \"About citizenship of the Russian Federation\" No. 62-FZ of 2002-05-31
    CitizenshipLawArticle411,
    /// Clause 2.14.
    ///
    /// > The citizen of the Republic of Belarus specified in Item 1 of article 4 of the Agreement between the Russian Federation and the Republic of Belarus on providing the equal rights of citizens of the Russian Federation and the Republic of Belarus freedom of travel, the choice of the place of stay and residence in the territories of the State Parties of the Union State.
    ///
    /// Basis:
    /// - item 1 of article 4 of Agreement between the Russian Federation and the Republic of Belarus on providing the equal rights of citizens of the Russian Federation and the Republic of Belarus freedom of travel, the choice of the place of stay and residence in the territories of the State Parties of the Union State of 2006-01-24
    BelarusCitizen,
    /// Clause 2.15.
    ///
    /// > The foreign citizen who by the Russian Federation is granted political asylum.
    ///
    /// Basis:
    /// - items 15 and 16 of Regulations on procedure for provision by the Russian Federation for the political asylum, approved by the Presidential decree of the Russian Federation No. 746 of 1997-07-21
    PoliticalAsylum,
    /// Clause 2.16.
    ///
    /// > The foreign citizen living by the form on residence and who filed petition for replacement of the residence permit in case:
    ///
    /// Basis:
    /// - item 6 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    PermitReplacement,
    /// Clause 2.17.
    ///
    /// > The foreign citizen who received the residence permit till November 1, 2019 and during the term of its action No. 257-FZ which filed petition for issue of the residence permit without effective period according to article 2 of the Federal Law of August 2, 2019 \"About introduction of amendments to the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" regarding simplification of procedure for provision to some categories of foreign citizens and stateless persons of permission to temporary residence and the residence permit\", constituted in any form.
    ///
    /// Basis:
    /// - article 2 of Federal Law \"About introduction of amendments to the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" regarding simplification of procedure for provision to some categories of foreign citizens and stateless persons of permission to temporary residence and the residence permit\" No. 257-FZ of 2019-08-02
    PermitBeforeNovember2019,
    /// Clause 2.18.
    ///
    /// > The foreign citizen who is the finalist or the winner of the all-Russian competition held by autonomous nonprofit organization \"Russia — the Country of Opportunities\".
    ///
    /// Basis:
    /// - subitem 15 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    CompetitionFinalistOrWinner,
    /// Clause 2.19.
    ///
    /// > The foreign citizen who is the specialist in the field of information technologies and signed the employment contract or the civil contract for performance of works (rendering services) with the organization which is performing activities in the field of information technologies and received according to the procedure, established by the Government of the Russian Federation, the document on the state accreditation of the organization performing activities in the field of information technologies (except for the organizations having resident status of the technology development special economic zone), and members of his family (the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons).
    ///
    /// Basis:
    /// - subitem 16 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    /// - The regulations on the state accreditation of the Russian organizations performing activities in the field of information technologies, approved by the order of the Government of the Russian Federation No. 1729 of 2022-09-30
    ///
    /// Its branches: [`Category::ItSpecialistFamily`].
    ItSpecialist,
    /// A branch of [`Category::ItSpecialist`] (clause 2.19).
    ///
    /// > and members of his family (the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons)
    ///
    /// Basis:
    /// - subitem 16 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ItSpecialistFamily,
    /// Clause 2.20.
    ///
    /// > The foreign citizen who performed investments in the Russian Federation and corresponding to the criteria established by the Government of the Russian Federation and also members of his family.
    /// >
    /// > Members of the family of the foreign investor his spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized.
    ///
    /// Basis:
    /// - subitem 17 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ///
    /// Its branches: [`Category::ForeignInvestorFamily`].
    ForeignInvestor,
    /// A branch of [`Category::ForeignInvestor`] (clause 2.20).
    ///
    /// > Members of the family of the foreign investor his spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized.
    ///
    /// Basis:
    /// - subitem 17 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    ForeignInvestorFamily,
    /// Clause 2.21.
    ///
    /// > The foreign citizen who is the citizen of the Republic of Kazakhstan, the Republic of Moldova or Ukraine.
    ///
    /// Basis:
    /// - subitem 18 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    KazakhstanMoldovaUkraineCitizen,
    /// Clause 2.22.
    ///
    /// > The foreign citizen moving to the Russian Federation on the permanent residence according to international treaties of the Russian Federation on regulation of process of resettlement and protection of the rights of immigrants.
    ///
    /// Basis:
    /// - subitem 19 of item 2 of article 8 of Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    TreatyResettlement,
}

impl Category {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 25] = [
        Self::TemporaryResidence,
        Self::BornInRsfsr,
        Self::ParentOfMinorOrIncapacitated,
        Self::ParentReceivingPermitTogether,
        Self::RelativeOfRussianCitizen,
        Self::NativeSpeakerOfRussian,
        Self::CrimeanDeportation,
        Self::HighlyQualifiedSpecialist,
        Self::HighlyQualifiedSpecialistFamily,
        Self::QualifiedSpecialist,
        Self::HonoursGraduate,
        Self::FormerRussianCitizen,
        Self::CitizenshipDecisionCancelled,
        Self::CitizenshipLawArticle411,
        Self::BelarusCitizen,
        Self::PoliticalAsylum,
        Self::PermitReplacement,
        Self::PermitBeforeNovember2019,
        Self::CompetitionFinalistOrWinner,
        Self::ItSpecialist,
        Self::ItSpecialistFamily,
        Self::ForeignInvestor,
        Self::ForeignInvestorFamily,
        Self::KazakhstanMoldovaUkraineCitizen,
        Self::TreatyResettlement,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::TemporaryResidence => "temporary_residence",
            Self::BornInRsfsr => "born_in_rsfsr",
            Self::ParentOfMinorOrIncapacitated => "parent_of_minor_or_incapacitated",
            Self::ParentReceivingPermitTogether => "parent_receiving_permit_together",
            Self::RelativeOfRussianCitizen => "relative_of_russian_citizen",
            Self::NativeSpeakerOfRussian => "native_speaker_of_russian",
            Self::CrimeanDeportation => "crimean_deportation",
            Self::HighlyQualifiedSpecialist => "highly_qualified_specialist",
            Self::HighlyQualifiedSpecialistFamily => "highly_qualified_specialist_family",
            Self::QualifiedSpecialist => "qualified_specialist",
            Self::HonoursGraduate => "honours_graduate",
            Self::FormerRussianCitizen => "former_russian_citizen",
            Self::CitizenshipDecisionCancelled => "citizenship_decision_cancelled",
            Self::CitizenshipLawArticle411 => "citizenship_law_article_41_1",
            Self::BelarusCitizen => "belarus_citizen",
            Self::PoliticalAsylum => "political_asylum",
            Self::PermitReplacement => "permit_replacement",
            Self::PermitBeforeNovember2019 => "permit_before_november_2019",
            Self::CompetitionFinalistOrWinner => "competition_finalist_or_winner",
            Self::ItSpecialist => "it_specialist",
            Self::ItSpecialistFamily => "it_specialist_family",
            Self::ForeignInvestor => "foreign_investor",
            Self::ForeignInvestorFamily => "foreign_investor_family",
            Self::KazakhstanMoldovaUkraineCitizen => "kazakhstan_moldova_ukraine_citizen",
            Self::TreatyResettlement => "treaty_resettlement",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::TemporaryResidence => Some("2.1"),
            Self::BornInRsfsr => Some("2.2"),
            Self::ParentOfMinorOrIncapacitated => Some("2.3"),
            Self::ParentReceivingPermitTogether => Some("2.4"),
            Self::RelativeOfRussianCitizen => Some("2.5"),
            Self::NativeSpeakerOfRussian => Some("2.6"),
            Self::CrimeanDeportation => Some("2.7"),
            Self::HighlyQualifiedSpecialist => Some("2.8"),
            Self::HighlyQualifiedSpecialistFamily => None,
            Self::QualifiedSpecialist => Some("2.9"),
            Self::HonoursGraduate => Some("2.10"),
            Self::FormerRussianCitizen => Some("2.11"),
            Self::CitizenshipDecisionCancelled => Some("2.12"),
            Self::CitizenshipLawArticle411 => Some("2.13"),
            Self::BelarusCitizen => Some("2.14"),
            Self::PoliticalAsylum => Some("2.15"),
            Self::PermitReplacement => Some("2.16"),
            Self::PermitBeforeNovember2019 => Some("2.17"),
            Self::CompetitionFinalistOrWinner => Some("2.18"),
            Self::ItSpecialist => Some("2.19"),
            Self::ItSpecialistFamily => None,
            Self::ForeignInvestor => Some("2.20"),
            Self::ForeignInvestorFamily => None,
            Self::KazakhstanMoldovaUkraineCitizen => Some("2.21"),
            Self::TreatyResettlement => Some("2.22"),
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::TemporaryResidence => {
                "The foreign citizen or the stateless person who lived at least eight months within the first year of residence in the Russian Federation based on permission to temporary residence."
            }
            Self::BornInRsfsr => {
                "The foreign citizen who was born in the territory of RSFSR and consisting in the past in citizenship of the USSR."
            }
            Self::ParentOfMinorOrIncapacitated => {
                "The foreign citizen who is constantly living in the Russian Federation, being the parent (the adoptive father, the guardian, the custodian) of the foreign citizen who did not reach age of eighteen years or the foreign citizen who according to the legislation of foreign state is recognized as incapacitated or is limited in capacity to act."
            }
            Self::ParentReceivingPermitTogether => {
                "The foreign citizen who is the parent (the adoptive father, the guardian, the custodian) together with him the foreign citizen receiving the residence permit who did not reach age of eighteen years or according to the legislation of foreign state acknowledged incapacitated or limited in capacity to act."
            }
            Self::RelativeOfRussianCitizen => {
                "The foreign citizen having the parent (the adoptive father, the guardian, the custodian), the son or the daughter who are consisting in citizenship of the Russian Federation and constantly living in the Russian Federation."
            }
            Self::NativeSpeakerOfRussian => {
                "The foreign citizen recognized by the native speaker of Russian according to article 33.1 of the Federal Law of May 31, 2002 No. 62-FZ \"About citizenship of the Russian Federation\"."
            }
            Self::CrimeanDeportation => {
                "The foreign citizen who or the relative on the direct ascending line, the adoptive father or the spouse (spouse) of which was subjected to illegal deportation from the territory Crimean by the ASSR, and also the relative on the direct descending line, the adopted children or the spouse (spouse) of the specified foreign citizen."
            }
            Self::HighlyQualifiedSpecialist => {
                "The highly qualified specialist performing labor activity in the Russian Federation according to the procedure, determined by article 13.2 of the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" and members of his family.\n\nMembers of the family of the highly qualified specialist the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized."
            }
            Self::HighlyQualifiedSpecialistFamily => {
                "Members of the family of the highly qualified specialist the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized."
            }
            Self::QualifiedSpecialist => {
                "The foreign citizen performing at least six months about day of the address with the statement for issue of the residence permit labor activity in the Russian Federation in (specialties, positions) included in the list of professions (specialties, positions) of foreign citizens and stateless persons - the qualified specialists having the right to acceptance in citizenship of the Russian Federation in the simplified procedure."
            }
            Self::HonoursGraduate => {
                "The foreign citizen who successfully mastered in the Russian Federation the educational program of the higher education for full-time courses and the received education document having the state accreditation and about qualification with honors."
            }
            Self::FormerRussianCitizen => {
                "Person who lives in the Russian Federation and at whom citizenship of the Russian Federation is stopped."
            }
            Self::CitizenshipDecisionCancelled => {
                "Person who lives in the Russian Federation and concerning whom the decision on acquisition of citizenship of the Russian Federation except for of persons concerning whom the specified decision is cancelled based on the become effective court verdict which determined committing by person fact at least of one of the crimes (preparation for crime or attempted crime) provided by Articles 205, 205.1, part two of Article 205 is cancelled. 2, Articles 205.3 - 205.5, 206, 208, Article part four 211, Articles 281, 282.1 - 282.3 and 361 Criminal Codes of the Russian Federation, or at least one of the crimes (preparation for crime or attempted crime) provided by Articles 277 - 279 and 360 Criminal Codes of the Russian Federation if their making is integrated to implementation of terrorist activities."
            }
            Self::CitizenshipLawArticle411 => {
                "Person, specified in part one or third article 41.1 of the Federal law \"About Citizenship of the Russian Federation\"."
            }
            Self::BelarusCitizen => {
                "The citizen of the Republic of Belarus specified in Item 1 of article 4 of the Agreement between the Russian Federation and the Republic of Belarus on providing the equal rights of citizens of the Russian Federation and the Republic of Belarus freedom of travel, the choice of the place of stay and residence in the territories of the State Parties of the Union State."
            }
            Self::PoliticalAsylum => {
                "The foreign citizen who by the Russian Federation is granted political asylum."
            }
            Self::PermitReplacement => {
                "The foreign citizen living by the form on residence and who filed petition for replacement of the residence permit in case:"
            }
            Self::PermitBeforeNovember2019 => {
                "The foreign citizen who received the residence permit till November 1, 2019 and during the term of its action No. 257-FZ which filed petition for issue of the residence permit without effective period according to article 2 of the Federal Law of August 2, 2019 \"About introduction of amendments to the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" regarding simplification of procedure for provision to some categories of foreign citizens and stateless persons of permission to temporary residence and the residence permit\", constituted in any form."
            }
            Self::CompetitionFinalistOrWinner => {
                "The foreign citizen who is the finalist or the winner of the all-Russian competition held by autonomous nonprofit organization \"Russia — the Country of Opportunities\"."
            }
            Self::ItSpecialist => {
                "The foreign citizen who is the specialist in the field of information technologies and signed the employment contract or the civil contract for performance of works (rendering services) with the organization which is performing activities in the field of information technologies and received according to the procedure, established by the Government of the Russian Federation, the document on the state accreditation of the organization performing activities in the field of information technologies (except for the organizations having resident status of the technology development special economic zone), and members of his family (the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons)."
            }
            Self::ItSpecialistFamily => {
                "and members of his family (the spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons)"
            }
            Self::ForeignInvestor => {
                "The foreign citizen who performed investments in the Russian Federation and corresponding to the criteria established by the Government of the Russian Federation and also members of his family.\n\nMembers of the family of the foreign investor his spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized."
            }
            Self::ForeignInvestorFamily => {
                "Members of the family of the foreign investor his spouse (spouse), children (including adopted), spouses of children, parents (including receptions), spouses of parents, grandmothers, grandfathers, grandsons are recognized."
            }
            Self::KazakhstanMoldovaUkraineCitizen => {
                "The foreign citizen who is the citizen of the Republic of Kazakhstan, the Republic of Moldova or Ukraine."
            }
            Self::TreatyResettlement => {
                "The foreign citizen moving to the Russian Federation on the permanent residence according to international treaties of the Russian Federation on regulation of process of resettlement and protection of the rights of immigrants."
            }
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::TemporaryResidence => Some(
                "A foreign citizen or stateless person who has lived in Russia for at least eight months of the first year of residence under a temporary residence permit.",
            ),
            Self::BornInRsfsr => Some(
                "A foreign citizen who was born in the territory of the RSFSR and was formerly a citizen of the USSR.",
            ),
            Self::ParentOfMinorOrIncapacitated => Some(
                "A foreign citizen who lives permanently in the Russian Federation and is the parent (adoptive parent, guardian or custodian) of a foreign citizen under eighteen, or of a foreign citizen recognised under the legislation of a foreign state as incapacitated or limited in capacity to act.",
            ),
            Self::ParentReceivingPermitTogether => Some(
                "A foreign citizen who is the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with them and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act.",
            ),
            Self::RelativeOfRussianCitizen => Some(
                "A foreign citizen whose parent (adoptive parent, guardian or custodian), son or daughter is a citizen of the Russian Federation and lives permanently in the Russian Federation.",
            ),
            Self::NativeSpeakerOfRussian => Some(
                "A foreign citizen recognised as a native speaker of the Russian language under article 33.1 of [Federal Law No. 62-FZ](act:law_62fz).",
            ),
            Self::CrimeanDeportation => Some(
                "A foreign citizen who was illegally deported from the territory of the Crimean ASSR, or whose relative in the direct ascending line, adoptive parent or spouse was; and also that foreign citizen's relatives in the direct descending line, adopted children and spouse.",
            ),
            Self::HighlyQualifiedSpecialist => Some(
                "A [highly qualified specialist](term:highly_qualified_specialist_defined) working in the Russian Federation under article 13.2 of the [Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"](term:law_on_legal_status_defined), and the members of his family.",
            ),
            Self::HighlyQualifiedSpecialistFamily => Some(
                "Members of the family of a highly qualified specialist are: the spouse, children (including adopted children), spouses of children, parents (including adoptive parents), spouses of parents, grandparents and grandchildren (the translation says \"grandsons\").",
            ),
            Self::QualifiedSpecialist => Some(
                "A foreign citizen who, for at least six months before the day of applying for a residence permit, has worked in the Russian Federation in a profession (specialty, position) on the list of professions of qualified specialists entitled to Russian citizenship under the simplified procedure ([Order No. 199n](act:mintrud_order_199n)).",
            ),
            Self::HonoursGraduate => Some(
                "A foreign citizen who has completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours.",
            ),
            Self::FormerRussianCitizen => Some(
                "A person who lives in the Russian Federation and whose citizenship of the Russian Federation has been terminated.",
            ),
            Self::CitizenshipDecisionCancelled => Some(
                "A person who lives in the Russian Federation and for whom the decision on acquiring citizenship of the Russian Federation has been cancelled; except persons for whom it was cancelled on the basis of a court verdict in force establishing that they committed (or prepared or attempted) one of the crimes of the [Criminal Code](act:criminal_code) listed in this item, or one of the crimes under its articles 277-279 and 360 if committed in connection with terrorist activity.",
            ),
            Self::CitizenshipLawArticle411 => Some(
                "A person specified in part one or part three of article 41.1 of the [Federal Law \"About Citizenship of the Russian Federation\"](term:law_on_citizenship_defined).",
            ),
            Self::BelarusCitizen => Some(
                "A citizen of the Republic of Belarus specified in item 1 of article 4 of the [Agreement](act:union_state_agreement) of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of their citizens to freedom of movement and choice of place of stay and residence within the Union State.",
            ),
            Self::PoliticalAsylum => None,
            Self::PermitReplacement => Some(
                "A foreign citizen who lives in Russia under a residence permit (\"form on residence\" in the translation) and has applied to replace the permit, in the following cases:",
            ),
            Self::PermitBeforeNovember2019 => Some(
                "A foreign citizen who received a residence permit before 1 November 2019 and, while it is valid, has applied, in any form, for a residence permit without a period of validity under article 2 of [Federal Law No. 257-FZ of 2 August 2019](act:law_257fz).",
            ),
            Self::CompetitionFinalistOrWinner => None,
            Self::ItSpecialist => Some(
                "A foreign specialist in information technologies who has an employment contract or a civil-law contract for work (services) with an IT organisation holding a document on state accreditation received under the procedure set by the Government ([Government order No. 1729](act:government_order_1729)), other than a resident of a technology-development special economic zone; and the members of his family.",
            ),
            Self::ItSpecialistFamily => Some(
                "[Members of the family of the foreign IT specialist](term:it_specialist_family_defined): the spouse, children (including adopted children), spouses of children, parents (including adoptive parents), spouses of parents, grandparents and grandchildren (the translation says \"grandsons\").",
            ),
            Self::ForeignInvestor => Some(
                "A foreign citizen who has made investments in the Russian Federation and meets the criteria set by the Government of the Russian Federation, and the members of his family.",
            ),
            Self::ForeignInvestorFamily => Some(
                "[Members of the family of the foreign investor](term:investor_family_defined) are: the spouse, children (including adopted children), spouses of children, parents (including adoptive parents), spouses of parents, grandparents and grandchildren (the translation says \"grandsons\").",
            ),
            Self::KazakhstanMoldovaUkraineCitizen => None,
            Self::TreatyResettlement => Some(
                "A foreign citizen moving to the Russian Federation for permanent residence under international treaties of the Russian Federation on regulating resettlement and protecting the rights of migrants.",
            ),
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::TemporaryResidence => &[Citation {
                act: Act::Law115fz,
                divisions: "item 5 of article 8",
            }],
            Self::BornInRsfsr => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 1 of item 2 of article 8",
            }],
            Self::ParentOfMinorOrIncapacitated => &[Citation {
                act: Act::Law115fz,
                divisions: "subitems 2 and 6 of item 2 of article 8",
            }],
            Self::ParentReceivingPermitTogether => &[Citation {
                act: Act::Law115fz,
                divisions: "subitems 3 and 5 of item 2 of article 8",
            }],
            Self::RelativeOfRussianCitizen => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 4 of item 2 of article 8",
            }],
            Self::NativeSpeakerOfRussian => &[
                Citation {
                    act: Act::Law115fz,
                    divisions: "subitem 7 of item 2 of article 8",
                },
                Citation {
                    act: Act::Law62fz,
                    divisions: "article 33.1",
                },
            ],
            Self::CrimeanDeportation => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 8 of item 2 of article 8",
            }],
            Self::HighlyQualifiedSpecialist => &[Citation {
                act: Act::Law115fz,
                divisions: "article 13.2",
            }],
            Self::HighlyQualifiedSpecialistFamily => &[Citation {
                act: Act::Law115fz,
                divisions: "item 1.1 of article 13.2",
            }],
            Self::QualifiedSpecialist => &[
                Citation {
                    act: Act::Law115fz,
                    divisions: "subitem 10 of item 2 of article 8",
                },
                Citation {
                    act: Act::MintrudOrder199n,
                    divisions: "",
                },
            ],
            Self::HonoursGraduate => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 11 of item 2 of article 8",
            }],
            Self::FormerRussianCitizen => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 12 of item 2 of article 8",
            }],
            Self::CitizenshipDecisionCancelled => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 13 of item 2 of article 8",
            }],
            Self::CitizenshipLawArticle411 => &[
                Citation {
                    act: Act::Law115fz,
                    divisions: "subitem 14 of item 2 of article 8",
                },
                Citation {
                    act: Act::Law62fz,
                    divisions: "parts 1 and 3 of article 41.1",
                },
            ],
            Self::BelarusCitizen => &[Citation {
                act: Act::UnionStateAgreement,
                divisions: "item 1 of article 4",
            }],
            Self::PoliticalAsylum => &[Citation {
                act: Act::Decree746,
                divisions: "items 15 and 16",
            }],
            Self::PermitReplacement => &[Citation {
                act: Act::Law115fz,
                divisions: "item 6 of article 8",
            }],
            Self::PermitBeforeNovember2019 => &[Citation {
                act: Act::Law257fz,
                divisions: "article 2",
            }],
            Self::CompetitionFinalistOrWinner => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 15 of item 2 of article 8",
            }],
            Self::ItSpecialist => &[
                Citation {
                    act: Act::Law115fz,
                    divisions: "subitem 16 of item 2 of article 8",
                },
                Citation {
                    act: Act::GovernmentOrder1729,
                    divisions: "",
                },
            ],
            Self::ItSpecialistFamily => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 16 of item 2 of article 8",
            }],
            Self::ForeignInvestor => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 17 of item 2 of article 8",
            }],
            Self::ForeignInvestorFamily => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 17 of item 2 of article 8",
            }],
            Self::KazakhstanMoldovaUkraineCitizen => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 18 of item 2 of article 8",
            }],
            Self::TreatyResettlement => &[Citation {
                act: Act::Law115fz,
                divisions: "subitem 19 of item 2 of article 8",
            }],
        }
    }

    /// The category itself, or for a branch the category it is part of.
    pub fn main(self) -> Category {
        match self {
            Self::TemporaryResidence => Self::TemporaryResidence,
            Self::BornInRsfsr => Self::BornInRsfsr,
            Self::ParentOfMinorOrIncapacitated => Self::ParentOfMinorOrIncapacitated,
            Self::ParentReceivingPermitTogether => Self::ParentReceivingPermitTogether,
            Self::RelativeOfRussianCitizen => Self::RelativeOfRussianCitizen,
            Self::NativeSpeakerOfRussian => Self::NativeSpeakerOfRussian,
            Self::CrimeanDeportation => Self::CrimeanDeportation,
            Self::HighlyQualifiedSpecialist => Self::HighlyQualifiedSpecialist,
            Self::HighlyQualifiedSpecialistFamily => Self::HighlyQualifiedSpecialist,
            Self::QualifiedSpecialist => Self::QualifiedSpecialist,
            Self::HonoursGraduate => Self::HonoursGraduate,
            Self::FormerRussianCitizen => Self::FormerRussianCitizen,
            Self::CitizenshipDecisionCancelled => Self::CitizenshipDecisionCancelled,
            Self::CitizenshipLawArticle411 => Self::CitizenshipLawArticle411,
            Self::BelarusCitizen => Self::BelarusCitizen,
            Self::PoliticalAsylum => Self::PoliticalAsylum,
            Self::PermitReplacement => Self::PermitReplacement,
            Self::PermitBeforeNovember2019 => Self::PermitBeforeNovember2019,
            Self::CompetitionFinalistOrWinner => Self::CompetitionFinalistOrWinner,
            Self::ItSpecialist => Self::ItSpecialist,
            Self::ItSpecialistFamily => Self::ItSpecialist,
            Self::ForeignInvestor => Self::ForeignInvestor,
            Self::ForeignInvestorFamily => Self::ForeignInvestor,
            Self::KazakhstanMoldovaUkraineCitizen => Self::KazakhstanMoldovaUkraineCitizen,
            Self::TreatyResettlement => Self::TreatyResettlement,
        }
    }

    /// The category with this clause number (`"2.8"`), if there is one; a
    /// branch has its category's number.
    pub fn from_clause(clause: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| *c == c.main() && c.clause() == Some(clause))
    }

    /// Its grounds (the category's, for a branch): it applies only when one of
    /// them holds, if it has any.
    pub fn grounds(self) -> &'static [Ground] {
        match self {
            Self::TemporaryResidence => &[],
            Self::BornInRsfsr => &[],
            Self::ParentOfMinorOrIncapacitated => &[],
            Self::ParentReceivingPermitTogether => &[],
            Self::RelativeOfRussianCitizen => &[],
            Self::NativeSpeakerOfRussian => &[],
            Self::CrimeanDeportation => &[],
            Self::HighlyQualifiedSpecialist => &[],
            Self::HighlyQualifiedSpecialistFamily => &[],
            Self::QualifiedSpecialist => &[],
            Self::HonoursGraduate => &[],
            Self::FormerRussianCitizen => &[],
            Self::CitizenshipDecisionCancelled => &[],
            Self::CitizenshipLawArticle411 => &[],
            Self::BelarusCitizen => &[],
            Self::PoliticalAsylum => &[],
            Self::PermitReplacement => &[
                Ground::ReachingReplacementAge,
                Ground::ChangeOfPersonalData,
                Ground::SexChange,
                Ground::UnfitPermit,
                Ground::ErrorInPermit,
                Ground::EndOfValidity,
            ],
            Self::PermitBeforeNovember2019 => &[],
            Self::CompetitionFinalistOrWinner => &[],
            Self::ItSpecialist => &[],
            Self::ItSpecialistFamily => &[],
            Self::ForeignInvestor => &[],
            Self::ForeignInvestorFamily => &[],
            Self::KazakhstanMoldovaUkraineCitizen => &[],
            Self::TreatyResettlement => &[],
        }
    }

    /// The kinds of application it files.
    pub fn files(self) -> &'static [Application] {
        match self {
            Self::TemporaryResidence => &[Application::Issue],
            Self::BornInRsfsr => &[Application::Issue],
            Self::ParentOfMinorOrIncapacitated => &[Application::Issue],
            Self::ParentReceivingPermitTogether => &[Application::Issue],
            Self::RelativeOfRussianCitizen => &[Application::Issue],
            Self::NativeSpeakerOfRussian => &[Application::Issue],
            Self::CrimeanDeportation => &[Application::Issue],
            Self::HighlyQualifiedSpecialist => &[Application::Issue],
            Self::HighlyQualifiedSpecialistFamily => &[Application::Issue],
            Self::QualifiedSpecialist => &[Application::Issue],
            Self::HonoursGraduate => &[Application::Issue],
            Self::FormerRussianCitizen => &[Application::Issue],
            Self::CitizenshipDecisionCancelled => &[Application::Issue],
            Self::CitizenshipLawArticle411 => &[Application::Issue],
            Self::BelarusCitizen => &[Application::Issue],
            Self::PoliticalAsylum => &[Application::Issue],
            Self::PermitReplacement => &[Application::Replacement],
            Self::PermitBeforeNovember2019 => &[Application::IssueWithoutExpiry],
            Self::CompetitionFinalistOrWinner => &[Application::Issue],
            Self::ItSpecialist => &[Application::Issue],
            Self::ItSpecialistFamily => &[Application::Issue],
            Self::ForeignInvestor => &[Application::Issue],
            Self::ForeignInvestorFamily => &[Application::Issue],
            Self::KazakhstanMoldovaUkraineCitizen => &[Application::Issue],
            Self::TreatyResettlement => &[Application::Issue],
        }
    }

    /// Does the applicant fall into it, by its own condition?
    pub(crate) fn condition<N: Track>(self, facts: &Facts) -> Truth<N> {
        match self {
            Self::TemporaryResidence => yes(
                facts.temporary_residence_eight_months(),
                Fact::TemporaryResidenceEightMonths,
            ),
            Self::BornInRsfsr => all([
                yes(facts.born_in_rsfsr_territory(), Fact::BornInRsfsrTerritory),
                yes(facts.was_ussr_citizen(), Fact::WasUssrCitizen),
            ]),
            Self::ParentOfMinorOrIncapacitated => all([
                yes(
                    facts.lives_permanently_in_russia(),
                    Fact::LivesPermanentlyInRussia,
                ),
                yes(
                    facts.parent_of_minor_or_incapacitated_foreign_citizen(),
                    Fact::ParentOfMinorOrIncapacitatedForeignCitizen,
                ),
            ]),
            Self::ParentReceivingPermitTogether => yes(
                facts.parent_of_minor_or_incapacitated_receiving_permit_together(),
                Fact::ParentOfMinorOrIncapacitatedReceivingPermitTogether,
            ),
            Self::RelativeOfRussianCitizen => yes(
                facts.russian_citizen_parent_or_child(),
                Fact::RussianCitizenParentOrChild,
            ),
            Self::NativeSpeakerOfRussian => yes(
                facts.recognised_native_speaker(),
                Fact::RecognisedNativeSpeaker,
            ),
            Self::CrimeanDeportation => any([
                yes(
                    facts.deported_from_crimean_assr_or_ascendant_deported(),
                    Fact::DeportedFromCrimeanAssrOrAscendantDeported,
                ),
                yes(
                    facts.descendant_or_spouse_of_deported_person(),
                    Fact::DescendantOrSpouseOfDeportedPerson,
                ),
            ]),
            Self::HighlyQualifiedSpecialist => yes(
                facts.works_as_highly_qualified_specialist(),
                Fact::WorksAsHighlyQualifiedSpecialist,
            ),
            Self::HighlyQualifiedSpecialistFamily => all([
                is(
                    facts.family_member_of(),
                    Fact::FamilyMemberOf,
                    FamilyPrincipals::AHighlyQualifiedSpecialist,
                ),
                one_of(
                    facts.family_relation(),
                    Fact::FamilyRelation,
                    &[
                        FamilyRelations::Spouse,
                        FamilyRelations::Child,
                        FamilyRelations::SpouseOfChild,
                        FamilyRelations::Parent,
                        FamilyRelations::SpouseOfParent,
                        FamilyRelations::Grandparent,
                        FamilyRelations::Grandchild,
                    ],
                ),
            ]),
            Self::QualifiedSpecialist => yes(
                facts.qualified_specialist_six_months(),
                Fact::QualifiedSpecialistSixMonths,
            ),
            Self::HonoursGraduate => yes(
                facts.higher_education_with_honours_in_russia(),
                Fact::HigherEducationWithHonoursInRussia,
            ),
            Self::FormerRussianCitizen => all([
                yes(facts.lives_in_russia(), Fact::LivesInRussia),
                yes(
                    facts.russian_citizenship_terminated(),
                    Fact::RussianCitizenshipTerminated,
                ),
            ]),
            Self::CitizenshipDecisionCancelled => all([
                yes(facts.lives_in_russia(), Fact::LivesInRussia),
                yes(
                    facts.citizenship_acquisition_cancelled(),
                    Fact::CitizenshipAcquisitionCancelled,
                ),
                !yes(
                    facts.cancelled_for_listed_crimes(),
                    Fact::CancelledForListedCrimes,
                ),
            ]),
            Self::CitizenshipLawArticle411 => yes(
                facts.person_under_article_41_1(),
                Fact::PersonUnderArticle411,
            ),
            Self::BelarusCitizen => all([
                is(
                    facts.citizenship(),
                    Fact::Citizenship,
                    Citizenships::Belarus,
                ),
                yes(
                    facts.covered_by_union_state_agreement(),
                    Fact::CoveredByUnionStateAgreement,
                ),
            ]),
            Self::PoliticalAsylum => yes(
                facts.granted_political_asylum(),
                Fact::GrantedPoliticalAsylum,
            ),
            Self::PermitReplacement => {
                yes(facts.holds_residence_permit(), Fact::HoldsResidencePermit)
            }
            Self::PermitBeforeNovember2019 => all([
                yes(facts.holds_residence_permit(), Fact::HoldsResidencePermit),
                before(
                    facts.permit_received(),
                    Fact::PermitReceived,
                    Date::constant(2019, 11, 1),
                ),
            ]),
            Self::CompetitionFinalistOrWinner => yes(
                facts.country_of_opportunities_finalist_or_winner(),
                Fact::CountryOfOpportunitiesFinalistOrWinner,
            ),
            Self::ItSpecialist => yes(
                facts.it_specialist_with_accredited_organisation(),
                Fact::ItSpecialistWithAccreditedOrganisation,
            ),
            Self::ItSpecialistFamily => all([
                is(
                    facts.family_member_of(),
                    Fact::FamilyMemberOf,
                    FamilyPrincipals::AForeignItSpecialist,
                ),
                one_of(
                    facts.family_relation(),
                    Fact::FamilyRelation,
                    &[
                        FamilyRelations::Spouse,
                        FamilyRelations::Child,
                        FamilyRelations::SpouseOfChild,
                        FamilyRelations::Parent,
                        FamilyRelations::SpouseOfParent,
                        FamilyRelations::Grandparent,
                        FamilyRelations::Grandchild,
                    ],
                ),
            ]),
            Self::ForeignInvestor => yes(
                facts.investor_meeting_government_criteria(),
                Fact::InvestorMeetingGovernmentCriteria,
            ),
            Self::ForeignInvestorFamily => all([
                is(
                    facts.family_member_of(),
                    Fact::FamilyMemberOf,
                    FamilyPrincipals::AForeignInvestor,
                ),
                one_of(
                    facts.family_relation(),
                    Fact::FamilyRelation,
                    &[
                        FamilyRelations::Spouse,
                        FamilyRelations::Child,
                        FamilyRelations::SpouseOfChild,
                        FamilyRelations::Parent,
                        FamilyRelations::SpouseOfParent,
                        FamilyRelations::Grandparent,
                        FamilyRelations::Grandchild,
                    ],
                ),
            ]),
            Self::KazakhstanMoldovaUkraineCitizen => one_of(
                facts.citizenship(),
                Fact::Citizenship,
                &[
                    Citizenships::Kazakhstan,
                    Citizenships::Moldova,
                    Citizenships::Ukraine,
                ],
            ),
            Self::TreatyResettlement => yes(
                facts.resettling_under_international_treaty(),
                Fact::ResettlingUnderInternationalTreaty,
            ),
        }
    }
}

/// Grounds of a category, of which one must hold for it to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Ground {
    /// Clause 2.16.1, a ground of [`Category::PermitReplacement`].
    ///
    /// > Achievements by the foreign citizen of age of fourteen years, twenty years and forty five years.
    ReachingReplacementAge,
    /// Clause 2.16.2, a ground of [`Category::PermitReplacement`].
    ///
    /// > Changes by the foreign citizen in accordance with the established procedure surnames, name, data on date (number, month, year) and (or) birthplace, civil accessory.
    ChangeOfPersonalData,
    /// Clause 2.16.3, a ground of [`Category::PermitReplacement`].
    ///
    /// > Sex change.
    SexChange,
    /// Clause 2.16.4, a ground of [`Category::PermitReplacement`].
    ///
    /// > Unfitness of the residence permit for further use owing to depreciation, damage or other reasons.
    UnfitPermit,
    /// Clause 2.16.5, a ground of [`Category::PermitReplacement`].
    ///
    /// > Detection of inaccuracy or mistake in the records about surname, about name, about date (number, month, year) made in the residence permit and (or) the birthplace.
    ErrorInPermit,
    /// Clause 2.16.6, a ground of [`Category::PermitReplacement`].
    ///
    /// > The terminations of effective period of the residence permit issued to the stateless person or the residence permit issued to the highly qualified specialist and the member of his family.
    EndOfValidity,
}

impl Ground {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 6] = [
        Self::ReachingReplacementAge,
        Self::ChangeOfPersonalData,
        Self::SexChange,
        Self::UnfitPermit,
        Self::ErrorInPermit,
        Self::EndOfValidity,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ReachingReplacementAge => "reaching_replacement_age",
            Self::ChangeOfPersonalData => "change_of_personal_data",
            Self::SexChange => "sex_change",
            Self::UnfitPermit => "unfit_permit",
            Self::ErrorInPermit => "error_in_permit",
            Self::EndOfValidity => "end_of_validity",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::ReachingReplacementAge => Some("2.16.1"),
            Self::ChangeOfPersonalData => Some("2.16.2"),
            Self::SexChange => Some("2.16.3"),
            Self::UnfitPermit => Some("2.16.4"),
            Self::ErrorInPermit => Some("2.16.5"),
            Self::EndOfValidity => Some("2.16.6"),
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::ReachingReplacementAge => {
                "Achievements by the foreign citizen of age of fourteen years, twenty years and forty five years."
            }
            Self::ChangeOfPersonalData => {
                "Changes by the foreign citizen in accordance with the established procedure surnames, name, data on date (number, month, year) and (or) birthplace, civil accessory."
            }
            Self::SexChange => "Sex change.",
            Self::UnfitPermit => {
                "Unfitness of the residence permit for further use owing to depreciation, damage or other reasons."
            }
            Self::ErrorInPermit => {
                "Detection of inaccuracy or mistake in the records about surname, about name, about date (number, month, year) made in the residence permit and (or) the birthplace."
            }
            Self::EndOfValidity => {
                "The terminations of effective period of the residence permit issued to the stateless person or the residence permit issued to the highly qualified specialist and the member of his family."
            }
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::ReachingReplacementAge => {
                Some("The holder has reached the age of fourteen, twenty or forty-five years.")
            }
            Self::ChangeOfPersonalData => Some(
                "The holder has changed, in the established procedure, the surname, the first name, the date (day, month, year) and/or place of birth, or the citizenship (\"civil accessory\" in the translation).",
            ),
            Self::SexChange => None,
            Self::UnfitPermit => Some(
                "The residence permit can no longer be used because of wear, damage or other reasons.",
            ),
            Self::ErrorInPermit => Some(
                "An inaccuracy or mistake has been found in the surname, first name, date (day, month, year) and/or place of birth recorded in the residence permit.",
            ),
            Self::EndOfValidity => Some(
                "The validity period ends of a residence permit issued to a stateless person, or of a residence permit issued to a [highly qualified specialist](term:highly_qualified_specialist_defined) or a member of his family.",
            ),
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::ReachingReplacementAge => &[],
            Self::ChangeOfPersonalData => &[],
            Self::SexChange => &[],
            Self::UnfitPermit => &[],
            Self::ErrorInPermit => &[],
            Self::EndOfValidity => &[],
        }
    }

    /// The category it is a ground of.
    pub fn category(self) -> Category {
        match self {
            Self::ReachingReplacementAge => Category::PermitReplacement,
            Self::ChangeOfPersonalData => Category::PermitReplacement,
            Self::SexChange => Category::PermitReplacement,
            Self::UnfitPermit => Category::PermitReplacement,
            Self::ErrorInPermit => Category::PermitReplacement,
            Self::EndOfValidity => Category::PermitReplacement,
        }
    }

    /// Does it hold?
    pub(crate) fn condition<N: Track>(self, facts: &Facts) -> Truth<N> {
        match self {
            Self::ReachingReplacementAge => {
                yes(facts.reached_age_14_20_or_45(), Fact::ReachedAge1420Or45)
            }
            Self::ChangeOfPersonalData => {
                yes(facts.personal_data_changed(), Fact::PersonalDataChanged)
            }
            Self::SexChange => yes(facts.sex_changed(), Fact::SexChanged),
            Self::UnfitPermit => yes(facts.permit_unfit_for_use(), Fact::PermitUnfitForUse),
            Self::ErrorInPermit => yes(facts.permit_record_error(), Fact::PermitRecordError),
            Self::EndOfValidity => all([
                yes(facts.permit_validity_ending(), Fact::PermitValidityEnding),
                any([
                    is(facts.status(), Fact::Status, Status::StatelessPerson),
                    yes(
                        facts.permit_issued_to_highly_qualified_specialist_or_family(),
                        Fact::PermitIssuedToHighlyQualifiedSpecialistOrFamily,
                    ),
                ]),
            ]),
        }
    }
}

/// The rules on when a legal representative applies for the applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Representative {
    /// Clause 3.
    ///
    /// > Concerning the foreign citizen who did not reach age of eighteen years, or according to the legislation of foreign state acknowledged incapacitated or limited in capacity to act, specified in subitems 2. 1, 2.2, 2.5, 2.8 (in case of filing of application concerning the member of the family of the highly qualified specialist), 2.11 - 2.17, 2.19 (in case of filing of application concerning the member of the family of the foreign IT specialist), 2.20 (in case of filing of application concerning the member of the family of the foreign investor), 2.21, 2.22 Item 2 of Administrative regulations, the applicant the foreign citizen or the citizen of the Russian Federation who is his parent, the adoptive father, the guardian or the custodian acts.
    LegalRepresentative,
}

impl Representative {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 1] = [Self::LegalRepresentative];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::LegalRepresentative => "legal_representative",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::LegalRepresentative => Some("3"),
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::LegalRepresentative => {
                "Concerning the foreign citizen who did not reach age of eighteen years, or according to the legislation of foreign state acknowledged incapacitated or limited in capacity to act, specified in subitems 2. 1, 2.2, 2.5, 2.8 (in case of filing of application concerning the member of the family of the highly qualified specialist), 2.11 - 2.17, 2.19 (in case of filing of application concerning the member of the family of the foreign IT specialist), 2.20 (in case of filing of application concerning the member of the family of the foreign investor), 2.21, 2.22 Item 2 of Administrative regulations, the applicant the foreign citizen or the citizen of the Russian Federation who is his parent, the adoptive father, the guardian or the custodian acts."
            }
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::LegalRepresentative => Some(
                "For a foreign citizen under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act, who falls under items 2.1, 2.2, 2.5, the family of a [highly qualified specialist](term:highly_qualified_specialist_defined) (2.8), 2.11-2.17, the family of a [foreign IT specialist](term:foreign_it_specialist_defined) (2.19), the family of a [foreign investor](term:foreign_investor_defined) (2.20), 2.21 or 2.22, the applicant is the parent, adoptive parent, guardian or custodian (a foreign citizen or a citizen of the Russian Federation): the [legal representative](term:legal_representative_defined).",
            ),
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::LegalRepresentative => &[],
        }
    }

    /// The categories (or branches) it is for; a category includes its branches.
    pub fn categories(self) -> &'static [Category] {
        match self {
            Self::LegalRepresentative => &[
                Category::TemporaryResidence,
                Category::BornInRsfsr,
                Category::RelativeOfRussianCitizen,
                Category::HighlyQualifiedSpecialistFamily,
                Category::FormerRussianCitizen,
                Category::CitizenshipDecisionCancelled,
                Category::CitizenshipLawArticle411,
                Category::BelarusCitizen,
                Category::PoliticalAsylum,
                Category::PermitReplacement,
                Category::PermitBeforeNovember2019,
                Category::ItSpecialistFamily,
                Category::ForeignInvestorFamily,
                Category::KazakhstanMoldovaUkraineCitizen,
                Category::TreatyResettlement,
            ],
        }
    }

    /// Does it apply, for an applicant of `category`, one it is for?
    pub(crate) fn condition<N: Track>(self, facts: &Facts, _category: Category) -> Truth<N> {
        match self {
            Self::LegalRepresentative => any([
                under(facts.age(), Fact::Age, 18),
                yes(facts.incapacitated(), Fact::Incapacitated),
                yes(facts.limited_capacity(), Fact::LimitedCapacity),
            ]),
        }
    }
}
