//! The YAML schema exactly as a content editor writes it. Unknown fields are
//! refused. These structs are turned into the checked model by `build`.

use serde::Deserialize;
use serde_yaml::Value;

/// One content file. Every section is optional, so an editor can split the
/// content over files as they like (e.g. one file for municipalities).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    #[serde(default)]
    pub conditions: Vec<RawNamedCondition>,
    #[serde(default)]
    pub outcomes: Vec<RawOutcome>,
    #[serde(default)]
    pub offices: Vec<RawOffice>,
    #[serde(default)]
    pub municipalities: Vec<RawMunicipality>,
    #[serde(default)]
    pub postcodes: Vec<RawPostcodes>,
    #[serde(default)]
    pub office_roles: Vec<RawOfficeRole>,
    /// The steps documents are brought to, in the order a person takes
    /// them (e.g. the EU certificate, then registering).
    #[serde(default)]
    pub document_steps: Vec<RawDocumentStep>,
    #[serde(default)]
    pub documents: Vec<RawDocument>,
    #[serde(default)]
    pub deadlines: Vec<RawDeadline>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    /// Hosts whose pages count as official sources (a subdomain counts as
    /// its host): authorities' and municipalities' own sites. `lint`
    /// refuses a source on any other host.
    #[serde(default)]
    pub official_hosts: Vec<String>,
    /// Kiosk settings: read by `crate::kiosk`, not part of the guidance.
    #[serde(default, rename = "kiosk")]
    pub _kiosk: Option<serde::de::IgnoredAny>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub file: Option<String>,
    pub checked: String,
    /// For editors only: what the page no longer says, what to re-check.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub options_from: Option<String>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub not_after_today: bool,
    #[serde(default)]
    pub ask_when: Option<Value>,
    #[serde(default)]
    pub derive: Option<RawDerive>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDerive {
    pub from: String,
    pub fact: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamedCondition {
    pub id: String,
    pub when: Value,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub id: String,
    #[serde(default)]
    pub when: Option<Value>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffice {
    pub id: String,
    #[serde(default)]
    pub address: Vec<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub booking: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub appointment: bool,
    #[serde(default)]
    pub hours: Option<Value>,
    /// `closed` (the default) or `open` on Danish public holidays.
    #[serde(default)]
    pub public_holidays: Option<String>,
    #[serde(default)]
    pub closures: Vec<RawClosure>,
    /// Days many offices close (`christmas-eve`, `new-years-eve`,
    /// `constitution-day`) on which this office's source says it is open.
    #[serde(default)]
    pub open_on: Vec<String>,
    /// Periods (`christmas-week`: 23 December to 2 January) in which people
    /// are told to check before they go, as on the days many offices close,
    /// unless a closure or `open_on` says otherwise.
    #[serde(default)]
    pub check_first: Vec<String>,
    /// How to book a time, as the office's page says: `online`, `phone`
    /// (with `phone`), `walk-in`, or `required` (booking needed, the page
    /// does not say how).
    #[serde(default)]
    pub book_by: Option<String>,
    /// A step its page requires (or recommends) before booking or coming.
    #[serde(default)]
    pub apply_first: Option<RawApplyFirst>,
    /// The date of the page the hours are from, when it is old enough that
    /// people should check them (e.g. a 2020 page).
    #[serde(default)]
    pub hours_from: Option<String>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApplyFirst {
    /// `online-application`, `entry-form` or `self-service`.
    pub kind: String,
    #[serde(default)]
    pub url: Option<String>,
    /// `false` when the page only recommends it.
    #[serde(default = "yes")]
    pub required: bool,
    /// A message ID for what the page says beyond the kind, if needed.
    #[serde(default)]
    pub note: Option<String>,
}

/// A closure: one `date`, `from` … `to` inclusive, or `yearly: MM-DD`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClosure {
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub yearly: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMunicipality {
    pub id: String,
    /// The municipality code (Danmarks Statistik, PostNord), e.g. 751.
    #[serde(default)]
    pub code: Option<u16>,
    /// The official Danish name, e.g. "Aarhus Kommune".
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    /// Other names people search for (e.g. "Copenhagen").
    #[serde(default)]
    pub aliases: Vec<String>,
    pub office: String,
    /// Who registers whom, where the municipality's page says a group goes
    /// elsewhere: the first rule whose `when` holds names the office;
    /// `office` is for everyone else.
    #[serde(default)]
    pub register: Vec<RawRegisterRule>,
    /// The International Citizen Service centre that serves it.
    #[serde(default)]
    pub ics: Option<String>,
    #[serde(default)]
    pub also: Vec<RawOfficeRole>,
    /// The municipality's own page for newcomers (a source ID), when one
    /// was read: its guidance then rests on it. Without one the guide says
    /// it gives the general rule.
    #[serde(default)]
    pub page: Option<String>,
    /// The municipality's own web site, where someone can confirm the
    /// general rule (shown only as that, never as if it held the answer).
    #[serde(default)]
    pub site: Option<String>,
    /// Documents its page asks for beyond the general list, brought to
    /// register.
    #[serde(default)]
    pub documents: Vec<RawMunicipalDocument>,
    /// Rules its page states (message IDs), shown with its registration
    /// office.
    #[serde(default)]
    pub notes: Vec<RawNote>,
    /// Languages its page accepts documents in (`da`, `en`, `de`, `nordic`).
    #[serde(default)]
    pub languages: Option<RawLanguages>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegisterRule {
    pub office: String,
    #[serde(default)]
    pub when: Option<Value>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMunicipalDocument {
    pub id: String,
    #[serde(default)]
    pub when: Option<Value>,
    #[serde(default)]
    pub notes: Vec<RawNote>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLanguages {
    pub accepted: Vec<String>,
    #[serde(default)]
    pub source: Vec<String>,
}

/// The postcodes of one municipality, as `"8000 Aarhus C, 8200 Aarhus N"`
/// (a postcode in several municipalities is listed under each).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPostcodes {
    pub municipality: String,
    pub postcodes: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOfficeRole {
    #[serde(default)]
    pub office: Option<String>,
    #[serde(default)]
    pub office_of: Option<String>,
    /// The ICS centre of the municipality chosen in this question.
    #[serde(default)]
    pub ics_of: Option<String>,
    pub role: String,
    /// `false` for a part played online or by post (an authority that
    /// decides an application): the office is then never "where to go".
    #[serde(default = "yes")]
    pub in_person: bool,
    #[serde(default)]
    pub when: Option<Value>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    #[serde(default)]
    pub when: Option<Value>,
    pub text: String,
    /// Sources of what the note says, shown only when it is.
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocumentStep {
    pub id: String,
    /// The office role of the office the documents are brought to.
    pub role: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub id: String,
    /// The document step (`document_steps:`) it is brought to. The same
    /// document may be listed once for each step.
    #[serde(default)]
    pub step: Option<String>,
    /// The office role of the office that issues this document: it is
    /// never listed as something to bring to that same office.
    #[serde(default)]
    pub issued_by: Option<String>,
    pub when: Value,
    #[serde(default)]
    pub notes: Vec<RawNote>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeadline {
    pub id: String,
    pub kind: String,
    pub when: Value,
    #[serde(default)]
    pub dates: Vec<RawDateRule>,
    /// The office role whose office the person must reach by then: the
    /// result says when that office is closed on the day.
    #[serde(default)]
    pub office_role: Option<String>,
    #[serde(default)]
    pub notes: Vec<RawNote>,
    #[serde(default)]
    pub source: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDateRule {
    #[serde(default)]
    pub when: Option<Value>,
    pub from: String,
    #[serde(default)]
    pub not_before: Vec<String>,
    #[serde(default)]
    pub days: Option<i32>,
    #[serde(default)]
    pub months: Option<i32>,
    #[serde(default)]
    pub working_days_before: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: String,
    pub when: Value,
    #[serde(default)]
    pub source: Vec<String>,
}
