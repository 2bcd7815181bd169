//! The checked content model. Once built, every reference in it points to
//! something that exists, so the engine and front ends never re-check.

use super::condition::Condition;
use super::ids::{
    ConditionId, DeadlineId, DocumentId, MunicipalityId, OfficeId, OutcomeId, QuestionId, SourceId,
    StepId, Table,
};
use crate::calendar::hours::OpeningHours;
use jiff::civil::Date;

/// Where an item is defined, for messages to content editors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

/// A source document or page, with the day a person last checked it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub url: Option<String>,
    pub file: Option<String>,
    pub checked: Date,
    /// For editors: what changed on the page, what to re-check.
    pub note: Option<String>,
    pub at: Origin,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum QuestionKind {
    /// Pick one option; `options` are the stable values.
    Choice { options: Vec<String> },
    /// A date.
    Date { not_after_today: bool },
    /// An existing CPR number.
    Cpr,
}

/// What a question's answer can be derived from, so it is not asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DeriveFact {
    /// `yes` when the holder of the CPR number is 18 or older today, else `no`.
    Adult,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Derive {
    /// The CPR question the answer follows from.
    pub from: QuestionId,
    pub fact: DeriveFact,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub optional: bool,
    /// Options come from the municipalities section, index for index.
    pub options_from_municipalities: bool,
    pub ask_when: Condition,
    pub derive: Option<Derive>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

impl Question {
    pub fn options(&self) -> &[String] {
        match &self.kind {
            QuestionKind::Choice { options } => options,
            _ => &[],
        }
    }

    /// The position of option `value`, if it is one.
    pub fn option(&self, value: &str) -> Option<usize> {
        self.options().iter().position(|o| o == value)
    }
}

/// A named condition (`conditions:`), usable as `is: <id>`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NamedCondition {
    pub id: String,
    pub when: Condition,
    pub at: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub id: String,
    pub when: Condition,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Office {
    pub id: String,
    pub address: Vec<String>,
    pub web: Option<String>,
    pub booking: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Visitors must book a time before coming.
    pub appointment: bool,
    /// How to book, as the office's page says.
    pub book_by: Option<BookBy>,
    /// What its page requires (or recommends) before booking or coming.
    pub apply_first: Option<ApplyFirst>,
    /// Weekly hours, closures and holidays.
    pub opening: OpeningHours,
    /// The date of an old page the hours are from: people are told so.
    pub hours_from: Option<Date>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

/// How an office takes bookings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BookBy {
    Online,
    /// By phone (the office's `phone`) only: no walk-ins.
    Phone,
    WalkIn,
    /// Booking is needed; the page does not say how.
    Required,
}

impl BookBy {
    pub const ALL: [BookBy; 4] = [
        BookBy::Online,
        BookBy::Phone,
        BookBy::WalkIn,
        BookBy::Required,
    ];

    pub fn id(self) -> &'static str {
        match self {
            BookBy::Online => "online",
            BookBy::Phone => "phone",
            BookBy::WalkIn => "walk-in",
            BookBy::Required => "required",
        }
    }

    pub fn from_id(id: &str) -> Option<BookBy> {
        BookBy::ALL.into_iter().find(|b| b.id() == id)
    }
}

/// A step before booking or coming: an online application, an entry form
/// or the municipality's self-service.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ApplyFirst {
    /// `online-application`, `entry-form` or `self-service`.
    pub kind: String,
    pub url: Option<String>,
    /// `false` when the page only recommends it.
    pub required: bool,
    /// A message ID saying more, if the page does.
    pub note: Option<String>,
}

impl ApplyFirst {
    pub const KINDS: [&'static str; 3] = ["online-application", "entry-form", "self-service"];
}

/// One of Denmark's five regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Region {
    Hovedstaden,
    Sjaelland,
    Syddanmark,
    Midtjylland,
    Nordjylland,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Hovedstaden,
        Region::Sjaelland,
        Region::Syddanmark,
        Region::Midtjylland,
        Region::Nordjylland,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Region::Hovedstaden => "hovedstaden",
            Region::Sjaelland => "sjaelland",
            Region::Syddanmark => "syddanmark",
            Region::Midtjylland => "midtjylland",
            Region::Nordjylland => "nordjylland",
        }
    }

    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Where a municipality is: its code, official name and region. The
/// "not decided yet" option has none.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    pub code: u16,
    /// The official Danish name, e.g. "Aarhus Kommune".
    pub name: String,
    pub region: Region,
    /// Other names people search for.
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Municipality {
    pub id: String,
    /// `None` for the "not decided yet" option.
    pub place: Option<Place>,
    /// The office where newcomers register.
    pub office: OfficeId,
    /// The International Citizen Service centre that serves it (the EU
    /// registration certificate), when the content names one.
    pub ics: Option<OfficeId>,
    /// Who registers whom where its page sends a group elsewhere: the
    /// first rule that holds names the office, else `office`.
    pub register: Vec<RegisterRule>,
    /// Further offices this municipality points some newcomers to. They
    /// name fixed offices only (`office_of` is refused here), so applying
    /// them never comes back to a municipality.
    pub also: Vec<OfficeRole>,
    /// Its own page for newcomers, when one was read; else the guide gives
    /// the general rule and says so.
    pub page: Option<SourceId>,
    /// Its own web site, for confirming the general rule.
    pub site: Option<String>,
    /// Rules its page states, shown with its registration office.
    pub notes: Vec<Note>,
    /// Languages its page accepts documents in.
    pub languages: Option<Languages>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

impl Municipality {
    /// The office that registers this person: the first rule that holds,
    /// else the municipality's office.
    pub fn register_office(&self, holds: impl Fn(&Condition) -> bool) -> (OfficeId, &[SourceId]) {
        self.register
            .iter()
            .find(|r| holds(&r.when))
            .map_or((self.office, &[][..]), |r| (r.office, &r.sources[..]))
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RegisterRule {
    pub office: OfficeId,
    pub when: Condition,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Languages {
    /// `da`, `en`, `de`, `nordic`.
    pub accepted: Vec<String>,
    pub sources: Vec<SourceId>,
}

impl Languages {
    pub const KNOWN: [&'static str; 4] = ["da", "en", "de", "nordic"];
}

/// Which office an office role names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OfficeRef {
    Fixed(OfficeId),
    /// The registration office of the municipality chosen in this question.
    OfMunicipality(QuestionId),
    /// The ICS centre of the municipality chosen in this question.
    IcsOfMunicipality(QuestionId),
}

/// An office with the part it plays in a result, e.g. "where to register".
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct OfficeRole {
    pub office: OfficeRef,
    pub role: String,
    /// Played in person (the default), or online / by post only.
    pub in_person: bool,
    pub when: Condition,
    pub note: Option<String>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub when: Condition,
    pub text: String,
    /// Sources of what the note says, shown only when it is.
    pub sources: Vec<SourceId>,
}

/// A step documents are brought to, e.g. getting the EU registration
/// certificate, then registering: its documents are listed under it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DocumentStep {
    pub id: String,
    /// The office role whose office the documents go to.
    pub role: String,
    pub at: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Document {
    pub id: String,
    /// Index into [`Content::document_steps`]; none when the content
    /// declares no steps.
    pub step: Option<usize>,
    /// The office role of the office that issues it.
    pub issued_by: Option<String>,
    /// The municipality whose page asks for it (documents of a
    /// municipality's record), if any.
    pub municipality: Option<MunicipalityId>,
    pub when: Condition,
    pub notes: Vec<Note>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

/// How a deadline's date reads: "by", "not before", "around".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DeadlineKind {
    By,
    NotBefore,
    About,
    /// A milestone ("on"), e.g. the day a stay passes 3 months.
    On,
}

impl DeadlineKind {
    pub fn id(self) -> &'static str {
        match self {
            DeadlineKind::By => "by",
            DeadlineKind::NotBefore => "not-before",
            DeadlineKind::About => "about",
            DeadlineKind::On => "on",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Offset {
    Days(i32),
    Months(i32),
    WorkingDaysBefore(u32),
}

/// How a deadline's date is computed from a date answer.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DateRule {
    pub when: Condition,
    /// Date question the count starts from.
    pub from: QuestionId,
    /// Later date answers that push the start later (e.g. a permit granted after arrival).
    pub not_before: Vec<QuestionId>,
    pub offset: Offset,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Deadline {
    pub id: String,
    pub kind: DeadlineKind,
    pub when: Condition,
    pub dates: Vec<DateRule>,
    /// The office role whose office must be reached by the date.
    pub office_role: Option<String>,
    pub notes: Vec<Note>,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub id: String,
    pub when: Condition,
    pub sources: Vec<SourceId>,
    pub at: Origin,
}

/// A postcode, its town, and the municipalities it lies in (some
/// postcodes span several).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Postcode {
    pub code: String,
    pub town: String,
    pub municipalities: Vec<MunicipalityId>,
}

/// All guidance content, checked.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Content {
    pub sources: Table<SourceId, Source>,
    pub questions: Table<QuestionId, Question>,
    pub named: Table<ConditionId, NamedCondition>,
    pub outcomes: Table<OutcomeId, Outcome>,
    pub offices: Table<OfficeId, Office>,
    pub municipalities: Table<MunicipalityId, Municipality>,
    /// Every postcode and the index of municipalities by postcode, town
    /// and name: see [`Content::postcodes`] and [`Content::places`].
    #[serde(skip)]
    pub geo: Geo,
    /// Every (question, option) some condition names.
    pub mentioned: std::collections::BTreeSet<(QuestionId, usize)>,
    pub office_roles: Vec<OfficeRole>,
    pub document_steps: Vec<DocumentStep>,
    pub documents: Table<DocumentId, Document>,
    pub deadlines: Table<DeadlineId, Deadline>,
    pub steps: Table<StepId, Step>,
    /// Hosts whose pages count as official sources.
    pub official_hosts: Vec<String>,
}

/// Every postcode, in code order, and the municipalities by postcode,
/// town and name, for answers typed as text.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct GeoData {
    pub postcodes: Vec<Postcode>,
    pub places: super::places::Places,
}

/// [`GeoData`], there from the start when the content was loaded from
/// YAML, or read from the built-in compiled bytes the first time a
/// municipality is looked up by text: most runs never need it, and it is
/// half the content.
#[derive(Debug, Clone, Default)]
pub struct Geo {
    data: std::sync::OnceLock<GeoData>,
    compiled: Option<&'static [u8]>,
}

impl Geo {
    pub fn ready(data: GeoData) -> Geo {
        Geo {
            data: std::sync::OnceLock::from(data),
            compiled: None,
        }
    }

    /// Read from postcard bytes on first use (empty should they not read).
    pub fn compiled(bytes: &'static [u8]) -> Geo {
        Geo {
            data: std::sync::OnceLock::new(),
            compiled: Some(bytes),
        }
    }

    pub fn data(&self) -> &GeoData {
        self.data.get_or_init(|| {
            self.compiled
                .and_then(|bytes| postcard::from_bytes(bytes).ok())
                .unwrap_or_default()
        })
    }
}

impl Content {
    /// Every postcode, in code order.
    pub fn postcodes(&self) -> &[Postcode] {
        &self.geo.data().postcodes
    }

    /// Municipalities by postcode, town and name.
    pub fn places(&self) -> &super::places::Places {
        &self.geo.data().places
    }

    /// The municipality `query` names: its ID outright (no index needed,
    /// which the built-in content reads only when it must), else by
    /// postcode, town, code or name ([`Places::resolve`]).
    ///
    /// [`Places::resolve`]: super::places::Places::resolve
    pub fn resolve_municipality(&self, query: &str) -> super::places::Resolution {
        let lower = query.trim().to_lowercase();
        match self.municipalities.find(|m| m.id == lower) {
            Some((id, _)) => super::places::Resolution::Found(id),
            None => self.places().resolve(query),
        }
    }

    pub fn question(&self, id: &str) -> Option<(QuestionId, &Question)> {
        self.questions.find(|q| q.id == id)
    }

    pub fn office(&self, id: &str) -> Option<(OfficeId, &Office)> {
        self.offices.find(|o| o.id == id)
    }

    pub fn municipality(&self, id: &str) -> Option<(MunicipalityId, &Municipality)> {
        self.municipalities.find(|m| m.id == id)
    }

    /// The options of choice `question` that can lead to different
    /// questions and results: every option a condition names, and one
    /// option no condition names (all such options lead to the same).
    pub fn distinct_options(&self, question: QuestionId) -> impl Iterator<Item = usize> + '_ {
        let mut unnamed_seen = false;
        (0..self.questions[question].options().len()).filter(move |&o| {
            self.mentioned.contains(&(question, o)) || !std::mem::replace(&mut unnamed_seen, true)
        })
    }

    /// Every (question, option) a condition of `self` names.
    pub(super) fn named_options(&self) -> std::collections::BTreeSet<(QuestionId, usize)> {
        let mut set = std::collections::BTreeSet::new();
        let mut add = |c: &Condition| {
            c.visit(&mut |m| {
                if let super::condition::Mention::Option(q, o) = m {
                    set.insert((q, o));
                }
            });
        };
        self.questions.iter().for_each(|q| add(&q.ask_when));
        self.named.iter().for_each(|n| add(&n.when));
        self.outcomes.iter().for_each(|o| add(&o.when));
        for role in self
            .office_roles
            .iter()
            .chain(self.municipalities.iter().flat_map(|m| &m.also))
        {
            add(&role.when);
        }
        for m in &self.municipalities {
            m.register.iter().for_each(|r| add(&r.when));
            m.notes.iter().for_each(|n| add(&n.when));
        }
        for d in &self.documents {
            add(&d.when);
            d.notes.iter().for_each(|n| add(&n.when));
        }
        for d in &self.deadlines {
            add(&d.when);
            d.dates.iter().for_each(|r| add(&r.when));
            d.notes.iter().for_each(|n| add(&n.when));
        }
        self.steps.iter().for_each(|s| add(&s.when));
        set
    }

    /// Whether `condition` holds for `facts`.
    pub fn holds(&self, condition: &Condition, facts: &super::condition::Facts) -> bool {
        condition.holds(facts, &self.named)
    }
}
