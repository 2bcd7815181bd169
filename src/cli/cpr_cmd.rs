//! `cpr-guide cpr NUMBER`: validates a CPR number. Exit 0 valid, 1 invalid.
//! The number is never echoed: only its masked form.

use super::args::CprArgs;
use super::{print, Context, Failure};
use crate::cpr::Cpr;
use crate::i18n::args;
use crate::lines::{read_line, Line, LINE_MAX};
use crate::output::cpr_reason;
use serde_json::json;
use zeroize::Zeroizing;

/// The first line of standard input, in bounded memory: a line of more
/// than [`LINE_MAX`] characters is no CPR number, and is refused like a
/// wrong command line (exit 2), never kept whole. No input, or input that
/// cannot be read, is an empty number (as before: "no number given").
fn read_stdin(t: &crate::i18n::Localizer<'_>) -> Result<Zeroizing<String>, Failure> {
    match read_line(&mut std::io::stdin().lock()) {
        Ok(Line::Text(bytes)) => Ok(Line::text(&bytes)),
        Ok(Line::End) | Err(_) => Ok(Zeroizing::new(String::new())),
        Ok(Line::TooLong) => {
            let mut max = crate::i18n::FluentArgs::new();
            max.set("max", i64::try_from(LINE_MAX).unwrap_or(i64::MAX));
            Err(Failure::Usage(t.text_with("err-cpr-line-too-long", &max)))
        }
    }
}

pub fn run(context: &Context, a: &CprArgs) -> Result<(), Failure> {
    let t = context.t();
    let today = context.today();
    let number = Zeroizing::new(a.number.join(" "));
    let number = if number.as_str() == "-" {
        read_stdin(&t)?
    } else {
        number
    };
    match Cpr::parse(&number, today) {
        Ok(cpr) => {
            let birth = cpr.birth_date();
            if a.json {
                let doc = json!({
                    "valid": true,
                    "masked": cpr.masked(),
                    "birth_date": birth.to_string(),
                    "gender": cpr.gender().as_str(),
                    "modulus11": cpr.modulus11(),
                });
                print(&format!("{doc:#}\n"), &t)?;
            } else {
                let modulus = if cpr.modulus11() {
                    "cpr-modulus11-ok"
                } else {
                    "cpr-modulus11-notice"
                };
                print(
                    &format!(
                        "{}\n{}\n{}\n{}\n",
                        t.text_with("cpr-valid", &args([("masked", cpr.masked())])),
                        t.text_with("cpr-born", &args([("date", t.date_long(birth))])),
                        t.text_with(
                            "cpr-gender",
                            &args([("gender", cpr.gender().as_str().to_string())])
                        ),
                        t.text(modulus),
                    ),
                    &t,
                )?;
            }
            Ok(())
        }
        Err(error) => {
            let reason = cpr_reason(error, &t);
            if a.json {
                let doc = json!({
                    "valid": false,
                    "error": error.kind(),
                    "message": reason,
                });
                print(&format!("{doc:#}\n"), &t)?;
            } else {
                print(
                    &format!(
                        "{}\n",
                        t.text_with("cpr-invalid", &args([("reason", reason)]))
                    ),
                    &t,
                )?;
            }
            Err(Failure::Negative)
        }
    }
}
