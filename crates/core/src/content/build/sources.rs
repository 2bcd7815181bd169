//! `sources:`: the pages and documents facts come from, each with the day a
//! person last checked it.

use super::{Ctx, Raw};
use crate::content::ids::{SourceId, Table};
use crate::content::model::Source;
use crate::diagnostics::Problem;

pub(super) fn build(ctx: &mut Ctx<'_>, raw: &Raw<'_>) -> Table<SourceId, Source> {
    let mut table = Table::default();
    for (loc, s) in &raw.sources {
        let checked = match crate::calendar::parse_date(&s.checked) {
            Ok(d) => d,
            Err(_) => {
                ctx.error(
                    *loc,
                    Some("checked"),
                    Problem::new("bad-date").arg("value", &s.checked),
                );
                jiff::civil::Date::MIN
            }
        };
        if s.url.is_none() && s.file.is_none() {
            ctx.error(
                *loc,
                Some(&s.id),
                Problem::new("source-without-location").arg("id", &s.id),
            );
        }
        table.push(Source {
            id: s.id.clone(),
            url: s.url.clone(),
            file: s.file.clone(),
            checked,
            note: s.note.clone(),
            at: ctx.origin(*loc, None),
        });
    }
    table
}
