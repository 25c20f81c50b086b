//! The legal acts the regulation cites.

use jiff::civil::Date;

/// The legal acts the regulation cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Act {
    /// Federal Law \"About legal status of foreign citizens in the Russian Federation\" No. 115-FZ of 2002-07-25
    Law115fz,
    /// Regulations on the Ministry of Internal Affairs of the Russian Federation, approved by the Presidential decree of the Russian Federation No. 699 of 2016-12-21
    Decree699,
    /// Rules of development and approval of administrative regulations of provision of the state services, approved by the order of the Government of the Russian Federation No. 373 of 2011-05-16
    GovernmentOrder373,
    /// Order of the Ministry of Internal Affairs of Russia \"About approval of Administrative regulations of the Ministry of Internal Affairs of the Russian Federation on provision of the state service in issue to foreign citizens and stateless persons of the residence permit in the Russian Federation\" No. 846 of 2017-11-09
    MvdOrder846,
    /// Federal Law \"About citizenship of the Russian Federation\" No. 62-FZ of 2002-05-31
    Law62fz,
    /// The list of professions (specialties, positions) of foreign citizens and stateless persons - the qualified specialists having the right to acceptance in citizenship of the Russian Federation in the simplified procedure, approved by the order of Ministry of Labor of Russia No. 199n of 2022-04-05
    MintrudOrder199n,
    /// Criminal Code of the Russian Federation
    CriminalCode,
    /// Agreement between the Russian Federation and the Republic of Belarus on providing the equal rights of citizens of the Russian Federation and the Republic of Belarus freedom of travel, the choice of the place of stay and residence in the territories of the State Parties of the Union State of 2006-01-24
    UnionStateAgreement,
    /// Regulations on procedure for provision by the Russian Federation for the political asylum, approved by the Presidential decree of the Russian Federation No. 746 of 1997-07-21
    Decree746,
    /// Federal Law \"About introduction of amendments to the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" regarding simplification of procedure for provision to some categories of foreign citizens and stateless persons of permission to temporary residence and the residence permit\" No. 257-FZ of 2019-08-02
    Law257fz,
    /// The regulations on the state accreditation of the Russian organizations performing activities in the field of information technologies, approved by the order of the Government of the Russian Federation No. 1729 of 2022-09-30
    GovernmentOrder1729,
    /// Order of the Government of the Russian Federation \"About approval of the Regulations on the state system of migration and registration registration, and also production, registration and control of the circulation of identity documents\" No. 813 of 2015-08-06
    GovernmentOrder813,
    /// Federal Law \"About procedure for consideration of addresses of citizens of the Russian Federation\" No. 59-FZ of 2006-05-02
    Law59fz,
    /// The list of services which are federal executive bodies, State Atomic Energy Corporation \"Rosatom\" of the state services, necessary and obligatory for provision, and are provided by the organizations participating in provision of the state services, approved by the order of the Government of the Russian Federation No. 352 of 2011-05-06
    GovernmentOrder352,
}

impl Act {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 14] = [
        Self::Law115fz,
        Self::Decree699,
        Self::GovernmentOrder373,
        Self::MvdOrder846,
        Self::Law62fz,
        Self::MintrudOrder199n,
        Self::CriminalCode,
        Self::UnionStateAgreement,
        Self::Decree746,
        Self::Law257fz,
        Self::GovernmentOrder1729,
        Self::GovernmentOrder813,
        Self::Law59fz,
        Self::GovernmentOrder352,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Law115fz => "law_115fz",
            Self::Decree699 => "decree_699",
            Self::GovernmentOrder373 => "government_order_373",
            Self::MvdOrder846 => "mvd_order_846",
            Self::Law62fz => "law_62fz",
            Self::MintrudOrder199n => "mintrud_order_199n",
            Self::CriminalCode => "criminal_code",
            Self::UnionStateAgreement => "union_state_agreement",
            Self::Decree746 => "decree_746",
            Self::Law257fz => "law_257fz",
            Self::GovernmentOrder1729 => "government_order_1729",
            Self::GovernmentOrder813 => "government_order_813",
            Self::Law59fz => "law_59fz",
            Self::GovernmentOrder352 => "government_order_352",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Law115fz => {
                "Federal Law \"About legal status of foreign citizens in the Russian Federation\""
            }
            Self::Decree699 => {
                "Regulations on the Ministry of Internal Affairs of the Russian Federation, approved by the Presidential decree of the Russian Federation"
            }
            Self::GovernmentOrder373 => {
                "Rules of development and approval of administrative regulations of provision of the state services, approved by the order of the Government of the Russian Federation"
            }
            Self::MvdOrder846 => {
                "Order of the Ministry of Internal Affairs of Russia \"About approval of Administrative regulations of the Ministry of Internal Affairs of the Russian Federation on provision of the state service in issue to foreign citizens and stateless persons of the residence permit in the Russian Federation\""
            }
            Self::Law62fz => "Federal Law \"About citizenship of the Russian Federation\"",
            Self::MintrudOrder199n => {
                "The list of professions (specialties, positions) of foreign citizens and stateless persons - the qualified specialists having the right to acceptance in citizenship of the Russian Federation in the simplified procedure, approved by the order of Ministry of Labor of Russia"
            }
            Self::CriminalCode => "Criminal Code of the Russian Federation",
            Self::UnionStateAgreement => {
                "Agreement between the Russian Federation and the Republic of Belarus on providing the equal rights of citizens of the Russian Federation and the Republic of Belarus freedom of travel, the choice of the place of stay and residence in the territories of the State Parties of the Union State"
            }
            Self::Decree746 => {
                "Regulations on procedure for provision by the Russian Federation for the political asylum, approved by the Presidential decree of the Russian Federation"
            }
            Self::Law257fz => {
                "Federal Law \"About introduction of amendments to the Federal law \"About Legal Status of Foreign Citizens in the Russian Federation\" regarding simplification of procedure for provision to some categories of foreign citizens and stateless persons of permission to temporary residence and the residence permit\""
            }
            Self::GovernmentOrder1729 => {
                "The regulations on the state accreditation of the Russian organizations performing activities in the field of information technologies, approved by the order of the Government of the Russian Federation"
            }
            Self::GovernmentOrder813 => {
                "Order of the Government of the Russian Federation \"About approval of the Regulations on the state system of migration and registration registration, and also production, registration and control of the circulation of identity documents\""
            }
            Self::Law59fz => {
                "Federal Law \"About procedure for consideration of addresses of citizens of the Russian Federation\""
            }
            Self::GovernmentOrder352 => {
                "The list of services which are federal executive bodies, State Atomic Energy Corporation \"Rosatom\" of the state services, necessary and obligatory for provision, and are provided by the organizations participating in provision of the state services, approved by the order of the Government of the Russian Federation"
            }
        }
    }

    /// Its number (`115-FZ`), if given.
    pub fn number(self) -> Option<&'static str> {
        match self {
            Self::Law115fz => Some("115-FZ"),
            Self::Decree699 => Some("699"),
            Self::GovernmentOrder373 => Some("373"),
            Self::MvdOrder846 => Some("846"),
            Self::Law62fz => Some("62-FZ"),
            Self::MintrudOrder199n => Some("199n"),
            Self::CriminalCode => None,
            Self::UnionStateAgreement => None,
            Self::Decree746 => Some("746"),
            Self::Law257fz => Some("257-FZ"),
            Self::GovernmentOrder1729 => Some("1729"),
            Self::GovernmentOrder813 => Some("813"),
            Self::Law59fz => Some("59-FZ"),
            Self::GovernmentOrder352 => Some("352"),
        }
    }

    /// The date it was adopted, if given.
    pub fn dated(self) -> Option<Date> {
        match self {
            Self::Law115fz => Some(Date::constant(2002, 7, 25)),
            Self::Decree699 => Some(Date::constant(2016, 12, 21)),
            Self::GovernmentOrder373 => Some(Date::constant(2011, 5, 16)),
            Self::MvdOrder846 => Some(Date::constant(2017, 11, 9)),
            Self::Law62fz => Some(Date::constant(2002, 5, 31)),
            Self::MintrudOrder199n => Some(Date::constant(2022, 4, 5)),
            Self::CriminalCode => None,
            Self::UnionStateAgreement => Some(Date::constant(2006, 1, 24)),
            Self::Decree746 => Some(Date::constant(1997, 7, 21)),
            Self::Law257fz => Some(Date::constant(2019, 8, 2)),
            Self::GovernmentOrder1729 => Some(Date::constant(2022, 9, 30)),
            Self::GovernmentOrder813 => Some(Date::constant(2015, 8, 6)),
            Self::Law59fz => Some(Date::constant(2006, 5, 2)),
            Self::GovernmentOrder352 => Some(Date::constant(2011, 5, 6)),
        }
    }
}
