//! `offices:`, `municipalities:` and `office_roles:`: where people go, and
//! which office plays which part for whom.

use super::registry::is_valid_id;
use super::{Ctx, Loc, Names, Raw};
use crate::calendar::hours::{
    parse_day, parse_month_day, Closure, ClosureDays, Hours, HoursProblem, Interval, OpeningHours,
    DAY_KEYS,
};
use crate::calendar::{CheckPeriod, ClosingDay};
use crate::content::ids::TableIndex;
use crate::content::model::{
    ApplyFirst, BookBy, Content, Languages, Municipality, Office, OfficeRef, OfficeRole, Place,
    Region, RegisterRule,
};
use crate::content::raw::{RawClosure, RawMunicipality, RawOffice, RawOfficeRole};
use crate::diagnostics::Problem;
use serde_yaml::Value;

pub(super) fn build(ctx: &mut Ctx<'_>, names: &Names<'_>, raw: &Raw<'_>, content: &mut Content) {
    for (loc, o) in &raw.offices {
        content.offices.push(office(ctx, names, *loc, o));
    }
    for (loc, m) in &raw.municipalities {
        // Pushed even when broken (the build then fails): municipalities
        // are the options of their question, index for index.
        content
            .municipalities
            .push(municipality(ctx, names, *loc, m));
    }
    for (loc, r) in &raw.roles {
        content.office_roles.extend(role(ctx, names, *loc, r));
    }
}

/// One office: its hours, how to book, what to do before booking.
fn office(ctx: &mut Ctx<'_>, names: &Names<'_>, loc: Loc, o: &RawOffice) -> Office {
    let opening = opening_hours(ctx, loc, o);
    let sources = names.sources(ctx, &o.source, loc, true);
    let book_by = o.book_by.as_ref().and_then(|b| {
        let found = BookBy::from_id(b);
        if found.is_none() {
            ctx.error(
                loc,
                Some(b),
                Problem::new("unknown-book-by").arg("value", b),
            );
        }
        found
    });
    if book_by == Some(BookBy::Phone) && o.phone.is_none() {
        ctx.error(
            loc,
            Some("book_by"),
            Problem::new("book-by-phone-without-phone"),
        );
    }
    let apply_first = o.apply_first.as_ref().map(|a| {
        if !ApplyFirst::KINDS.contains(&a.kind.as_str()) {
            ctx.error(
                loc,
                Some(&a.kind),
                Problem::new("unknown-apply-first").arg("value", &a.kind),
            );
        }
        ApplyFirst {
            kind: a.kind.clone(),
            url: a.url.clone(),
            required: a.required,
            note: a.note.clone(),
        }
    });
    let hours_from = o
        .hours_from
        .as_ref()
        .and_then(|d| match crate::calendar::parse_date(d) {
            Ok(date) => Some(date),
            Err(_) => {
                ctx.error(loc, Some(d), Problem::new("bad-date").arg("value", d));
                None
            }
        });
    Office {
        id: o.id.clone(),
        address: o.address.clone(),
        web: o.web.clone(),
        booking: o.booking.clone(),
        email: o.email.clone(),
        phone: o.phone.clone(),
        appointment: o.appointment || book_by.is_some_and(|b| b != BookBy::WalkIn),
        book_by,
        apply_first,
        opening,
        hours_from,
        sources,
        at: ctx.origin(loc, None),
    }
}

/// One municipality: its offices, who registers whom, its page, notes,
/// languages and sources.
fn municipality(
    ctx: &mut Ctx<'_>,
    names: &Names<'_>,
    loc: Loc,
    m: &RawMunicipality,
) -> Municipality {
    let office = names.offices.resolve(ctx, loc, &m.office, "unknown-office");
    let mut also = Vec::new();
    for r in &m.also {
        // A municipality's own extra offices name fixed offices: an
        // `office_of` here would send the guide back to a municipality.
        if let Some(q) = r.office_of.as_ref().or(r.ics_of.as_ref()) {
            ctx.error(loc, Some(q), Problem::new("office-of-in-also"));
            continue;
        }
        also.extend(role(ctx, names, loc, r));
    }
    let sources = names.sources(ctx, &m.source, loc, true);
    let ics = m
        .ics
        .as_ref()
        .and_then(|id| names.offices.resolve(ctx, loc, id, "unknown-office"));
    let place = place(ctx, loc, m);
    let register = m
        .register
        .iter()
        .filter_map(|r| {
            let office = names
                .offices
                .resolve(ctx, loc, &r.office, "unknown-office")?;
            Some(RegisterRule {
                office,
                when: names.condition(ctx, r.when.as_ref(), loc, true),
                sources: names.sources(ctx, &r.source, loc, true),
            })
        })
        .collect();
    let page = m
        .page
        .as_ref()
        .and_then(|id| names.sources.resolve(ctx, loc, id, "unknown-source"));
    let notes = m
        .notes
        .iter()
        .map(|n| crate::content::model::Note {
            when: names.condition(ctx, n.when.as_ref(), loc, true),
            text: n.text.clone(),
            sources: names.sources(ctx, &n.source, loc, true),
        })
        .collect();
    let languages = m.languages.as_ref().map(|l| {
        for lang in &l.accepted {
            if !Languages::KNOWN.contains(&lang.as_str()) {
                ctx.error(
                    loc,
                    Some(lang),
                    Problem::new("unknown-document-language").arg("value", lang),
                );
            }
        }
        Languages {
            accepted: l.accepted.clone(),
            sources: names.sources(ctx, &l.source, loc, true),
        }
    });
    Municipality {
        id: m.id.clone(),
        place,
        office: office.unwrap_or(TableIndex::from_index(0)),
        register,
        ics,
        also,
        page,
        site: m.site.clone(),
        notes,
        languages,
        sources,
        at: ctx.origin(loc, None),
    }
}

/// One office role: a fixed office, or the registration office of the
/// municipality chosen in a municipality question.
fn role(ctx: &mut Ctx<'_>, names: &Names<'_>, loc: Loc, raw: &RawOfficeRole) -> Option<OfficeRole> {
    let municipality_question = |ctx: &mut Ctx<'_>, q: &String| {
        let question = names.questions.resolve(ctx, loc, q, "unknown-question")?;
        if !names.municipality_questions.contains(&question) {
            ctx.error(loc, Some(q), Problem::new("office-of-not-municipality"));
            return None;
        }
        Some(question)
    };
    let office = match (&raw.office, &raw.office_of, &raw.ics_of) {
        (Some(id), None, None) => {
            OfficeRef::Fixed(names.offices.resolve(ctx, loc, id, "unknown-office")?)
        }
        (None, Some(q), None) => OfficeRef::OfMunicipality(municipality_question(ctx, q)?),
        (None, None, Some(q)) => OfficeRef::IcsOfMunicipality(municipality_question(ctx, q)?),
        _ => {
            ctx.error(loc, Some("role"), Problem::new("office-or-office-of"));
            return None;
        }
    };
    if !is_valid_id(&raw.role) {
        ctx.error(
            loc,
            Some(&raw.role),
            Problem::new("bad-id").arg("id", &raw.role),
        );
    }
    Some(OfficeRole {
        office,
        role: raw.role.clone(),
        in_person: raw.in_person,
        when: names.condition(ctx, raw.when.as_ref(), loc, true),
        note: raw.note.clone(),
        sources: names.sources(ctx, &raw.source, loc, false),
        at: ctx.origin(loc, Some(&raw.role)),
    })
}

/// A municipality's code, official name and region: all three, or none
/// (the "not decided yet" option).
fn place(ctx: &mut Ctx<'_>, loc: Loc, m: &RawMunicipality) -> Option<Place> {
    match (m.code, &m.name, &m.region) {
        (None, None, None) => {
            if let Some(alias) = m.aliases.first() {
                ctx.error(loc, Some(alias), Problem::new("place-incomplete"));
            }
            None
        }
        (Some(code), Some(name), Some(region)) => {
            if !(100..=999).contains(&code) {
                let text = code.to_string();
                ctx.error(
                    loc,
                    Some(&text),
                    Problem::new("bad-municipality-code").arg("value", &text),
                );
            }
            // A bad region is reported, and the place kept (the build fails
            // anyway) so its postcodes do not fail as well.
            let region = Region::from_id(region).unwrap_or_else(|| {
                ctx.error(
                    loc,
                    Some(region),
                    Problem::new("unknown-region").arg("value", region),
                );
                Region::Hovedstaden
            });
            Some(Place {
                code,
                name: name.clone(),
                region,
                aliases: m.aliases.clone(),
            })
        }
        _ => {
            ctx.error(loc, Some(&m.id), Problem::new("place-incomplete"));
            None
        }
    }
}

fn opening_hours(ctx: &mut Ctx<'_>, loc: Loc, o: &RawOffice) -> OpeningHours {
    let hours = match parse_hours(o.hours.as_ref()) {
        Ok(h) => h,
        Err((kind, text)) => {
            let token = if text.is_empty() {
                "hours"
            } else {
                text.as_str()
            };
            ctx.error(loc, Some(token), Problem::new(kind).arg("value", &text));
            Hours::NotKnown
        }
    };
    let closed_on_holidays = match o.public_holidays.as_deref() {
        None | Some("closed") => true,
        Some("open") => false,
        Some(other) => {
            ctx.error(
                loc,
                Some(other),
                Problem::new("public-holidays").arg("value", other),
            );
            true
        }
    };
    let closures = o
        .closures
        .iter()
        .filter_map(|c| closure(ctx, loc, c))
        .collect();
    let mut open_on = Vec::new();
    for id in &o.open_on {
        match ClosingDay::from_id(id) {
            Some(day) => open_on.push(day),
            None => ctx.error(
                loc,
                Some(id),
                Problem::new("unknown-closing-day").arg("value", id),
            ),
        }
    }
    let mut check_first = Vec::new();
    for id in &o.check_first {
        match CheckPeriod::period_from_id(id) {
            Some(period) => check_first.push(period),
            None => ctx.error(
                loc,
                Some(id),
                Problem::new("unknown-check-period").arg("value", id),
            ),
        }
    }
    OpeningHours {
        hours,
        closed_on_holidays,
        closures,
        open_on,
        check_first,
    }
}

/// One closure: a `date`, `from` … `to`, or `yearly: MM-DD`.
fn closure(ctx: &mut Ctx<'_>, loc: Loc, c: &RawClosure) -> Option<Closure> {
    let mut date = |text: &String| match crate::calendar::parse_date(text) {
        Ok(d) => Some(d),
        Err(_) => {
            ctx.error(loc, Some(text), Problem::new("bad-date").arg("value", text));
            None
        }
    };
    let days = match (&c.date, &c.from, &c.to, &c.yearly) {
        (Some(d), None, None, None) => date(d).map(|d| ClosureDays::Dated { from: d, to: d }),
        (None, Some(f), Some(t), None) => match (date(f), date(t)) {
            (Some(f), Some(t)) if f <= t => Some(ClosureDays::Dated { from: f, to: t }),
            (Some(_), Some(_)) => {
                ctx.error(loc, Some(t), Problem::new("closure-order").arg("value", t));
                None
            }
            _ => None,
        },
        (None, None, None, Some(y)) => match parse_month_day(y) {
            Some((month, day)) => Some(ClosureDays::Yearly { month, day }),
            None => {
                ctx.error(loc, Some(y), Problem::new("bad-month-day").arg("value", y));
                None
            }
        },
        (d, f, t, y) => {
            // Point at the closure itself when it has any field.
            let token = d.as_ref().or(f.as_ref()).or(t.as_ref()).or(y.as_ref());
            let token = token.map_or("closures", String::as_str);
            ctx.error(loc, Some(token), Problem::new("closure-shape"));
            None
        }
    };
    days.map(|days| Closure {
        days,
        note: c.note.clone(),
    })
}

/// Parses the YAML `hours` value: `by-appointment`, or a map of weekday to
/// a day's hours (see [`parse_day`]). Days left out are closed; no `hours`
/// at all means the content does not know them.
fn parse_hours(value: Option<&Value>) -> Result<Hours, HoursProblem> {
    let Some(value) = value else {
        return Ok(Hours::NotKnown);
    };
    let yaml_text = |v: &Value| {
        serde_yaml::to_string(v)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    match value {
        Value::String(s) if s == "by-appointment" => Ok(Hours::ByAppointment),
        Value::Mapping(map) => {
            let mut days: [Vec<Interval>; 7] = Default::default();
            for (key, day_value) in map {
                let key = key.as_str().unwrap_or_default();
                let Some(index) = DAY_KEYS.iter().position(|d| *d == key) else {
                    return Err(("hours-day", key.to_string()));
                };
                let Value::String(text) = day_value else {
                    return Err(("hours-interval", yaml_text(day_value)));
                };
                days[index] = parse_day(text)?;
            }
            Ok(Hours::Weekly(days))
        }
        other => Err(("hours-shape", yaml_text(other))),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_hours;
    use crate::calendar::hours::Hours;
    use jiff::civil::Weekday;

    fn yaml(text: &str) -> serde_yaml::Value {
        serde_yaml::from_str(text).expect("test yaml")
    }

    #[test]
    fn weekly_hours_parse() {
        let hours = parse_hours(Some(&yaml(
            "mon: 09:00-15:00\ntue: closed\nwed: '08:00-10:00, 11:00-12:30'",
        )))
        .expect("valid");
        assert_eq!(hours.on(Weekday::Monday).len(), 1);
        assert!(hours.on(Weekday::Tuesday).is_empty());
        assert_eq!(hours.on(Weekday::Wednesday).len(), 2);
        assert!(hours.on(Weekday::Sunday).is_empty());
    }

    #[test]
    fn bad_hours_are_named() {
        assert_eq!(
            parse_hours(Some(&yaml("mon: 15:00-09:00"))),
            Err(("hours-order", "15:00-09:00".to_string()))
        );
        assert_eq!(
            parse_hours(Some(&yaml("monday: 09:00-15:00"))),
            Err(("hours-day", "monday".to_string()))
        );
        assert_eq!(
            parse_hours(Some(&yaml("by-appointment"))),
            Ok(Hours::ByAppointment)
        );
        assert_eq!(parse_hours(None), Ok(Hours::NotKnown));
    }
}
