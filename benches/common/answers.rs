//! The README's example answers (an EU citizen moving to Copenhagen), the
//! guidance both benchmarks run.

pub const ANSWERS: [&str; 11] = [
    "situation=eu",
    "stay=over-6-months",
    "municipality=copenhagen",
    "with-children=no",
    "arrival=2026-12-01",
    "from-nordic=no",
    "job-seeker=no",
    "eu-ground=worker",
    "over-18=yes",
    "married=no",
    "documents-in-da-or-en=yes",
];
