#!/usr/bin/env python3
"""Regenerates the national content that comes straight from data:

  dk-postcodes.csv     PostNord's postcode file (every postcode, its town,
                       municipality and region); see README.md

and writes

  content/postcodes.yaml          every postcode with its town and municipalities
  locales/*/municipalities.ftl    names of municipalities and of their citizen
                                  services (where a municipality's file in
                                  content/municipalities/ defines one)

Each municipality's record (how it registers newcomers, with sources) is a
file of its own in content/municipalities/, written by hand: see
docs/content-editors.md. municipalities.csv holds what the ICS pages say
(which centre serves it, whether it issues CPR numbers there) and the
municipality's site; a test checks the records against it.

Run it from the repository root after editing dk-postcodes.csv:

  python3 content/source-data/generate.py

The test `national::generated_content_matches_its_source_data` fails when the
generated files and the CSVs disagree."""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CHECKED = "2026-11-22"

# Kept by hand in offices.yaml (their own rules and offices).
HAND_WRITTEN = {"101": "copenhagen", "190": "furesoe"}

# The ICS centre of a region, where no ICS page names the municipality
# (issue 12: "where no source says, the ICS of the municipality's region").
# Region Syddanmark has three centres; Odense's is "ICS South".
REGION_ICS = {
    "hovedstaden": "ihcph",
    "sjaelland": "ihcph",
    "syddanmark": "ics-odense",
    "midtjylland": "ics-west",
    "nordjylland": "ics-north",
}

# The page that names the municipalities each centre serves.
ICS_SOURCE = {
    "ihcph": "lid-ics-east",
    "ics-west": "lid-ics-west",
    "ics-north": "lid-ics-north",
    "ics-esbjerg": "lid-ics-esbjerg",
    "ics-odense": "odense-ico",
    "ics-soenderborg": "sonderborg-entry",
}

# Municipalities whose own International Citizen Service is where newcomers
# register (the centre is the municipality's citizen service for them).
HOSTS = {"751": "ics-west", "851": "ics-north", "561": "ics-esbjerg", "461": "ics-odense"}

# Hosts whose ICS page says the municipality's own Borgerservice registers
# newcomers too (ICS North: "It is also possible to apply for the CPR number
# at the Citizen Service of your residence municipality"). In Aarhus, Esbjerg
# and Odense the citizen service for newcomers is the centre itself.
HOST_ALTERNATIVE = {"851": "lid-ics-north"}

# Centres whose page names the municipalities only for some citizens: ICS
# North's list was read under its heading "Nordic citizen".
ICS_CPR_FOR = {"ics-north": "nordic"}

# Exceptions on the ICS East page (older version, lid-ics-east-process).
ICS_NOTES = {
    "165": "note-ics-cpr-albertslund",
    "147": "note-ics-cpr-not-students",
    "173": "note-ics-cpr-not-students",
}

# Other names people search for (English names).
ALIASES = {"217": ["Elsinore"]}

# Names people use for a municipality whose official name is a genitive.
DISPLAY = {"Vesthimmerlands": "Vesthimmerland", "Nordfyns": "Nordfyn"}


def region_id(name):
    return {
        "Region Hovedstaden": "hovedstaden",
        "Region Sjælland": "sjaelland",
        "Region Syddanmark": "syddanmark",
        "Region Midtjylland": "midtjylland",
        "Region Nordjylland": "nordjylland",
    }[name]


def municipality_id(name):
    """The Danish name without "Kommune", lower-case ASCII, æ→ae ø→oe å→aa."""
    base = name.removesuffix(" Kommune")
    out = base.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-")):
        out = out.replace(a, b)
    return out


def yaml_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    postcodes = {}
    municipalities = {}
    with open(os.path.join(HERE, "dk-postcodes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            code = row["KOMMUNE_NR"]
            if code == "411":
                # Christiansø is not a municipality (it shares 3760 with Bornholm).
                continue
            if row["POSTNR"].startswith("0"):
                # 0783 "Facility", 0800 "Høje Taastrup" and the like: postcodes
                # of companies and PO boxes, not places where people live.
                continue
            name = row["ADRESSERINGSNAVN_1"]
            mid = HAND_WRITTEN.get(code) or municipality_id(name)
            municipalities.setdefault(
                code, {"id": mid, "name": name, "region": region_id(row["ADRESSERINGSNAVN"])}
            )
            entry = postcodes.setdefault(row["POSTNR"], {"town": row["BYNAVN"], "ids": []})
            if mid not in entry["ids"]:
                entry["ids"].append(mid)
    data = {}
    with open(os.path.join(HERE, "municipalities.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            data[row["code"]] = row
    if set(data) != set(municipalities):
        sys.exit(f"municipalities.csv and dk-postcodes.csv disagree: {set(data) ^ set(municipalities)}")

    order = sorted(municipalities, key=lambda c: municipalities[c]["id"])
    p_yaml = [
        "# GENERATED by content/source-data/generate.py from PostNord's postcode file",
        "# (content/source-data/dk-postcodes.csv): do not edit.",
        "# Each municipality's postcodes, \"code town\" joined by commas. A postcode",
        "# that spans several municipalities is listed under each: the guide asks which.",
        "",
        "postcodes:",
    ]
    by_municipality = {}
    for number in sorted(postcodes):
        p = postcodes[number]
        for mid in p["ids"]:
            by_municipality.setdefault(mid, []).append(f"{number} {p['town']}")
    for code in order:
        mid = municipalities[code]["id"]
        joined = ", ".join(by_municipality[mid])
        p_yaml.append(f"  - {{ municipality: {mid}, postcodes: {yaml_str(joined)} }}")
    write(os.path.join(ROOT, "content", "postcodes.yaml"), p_yaml)

    for lang in ("da", "en", "nb"):
        ftl = [
            "# GENERATED by content/source-data/generate.py: do not edit.",
            "# Names of municipalities (as people say them) and of their citizen services.",
            "# Titles of municipal pages are in municipal.ftl, written by hand.",
            "",
        ]
        for code in order:
            m = municipalities[code]
            if code in HAND_WRITTEN:
                continue
            short = m["name"].removesuffix(" Kommune")
            shown = DISPLAY.get(short, short)
            ftl.append(f"municipality-{m['id']} = {shown}")
            if has_own_office(m["id"]):
                ftl += office_lines(lang, m["id"], m["name"], shown)
        write(os.path.join(ROOT, "locales", lang, "municipalities.ftl"), ftl)


def has_own_office(mid):
    """Whether the municipality's file defines its own citizen service."""
    path = os.path.join(ROOT, "content", "municipalities", f"{mid}.yaml")
    with open(path, encoding="utf-8") as f:
        return f"  - id: borgerservice-{mid}\n" in f.read()


def office_lines(lang, mid, official, shown):
    """The name of a municipality's citizen service and what it does: only
    what is true of every one. What its own page says is in its file."""
    if lang == "da":
        return [
            f"office-borgerservice-{mid} = Borgerservice, {official}",
            f"office-borgerservice-{mid}-about = Kommunens borgerservice registrerer dem, der flytter til kommunen.",
        ]
    if lang == "nb":
        return [
            f"office-borgerservice-{mid} = Borgerservice i {official.removesuffix(' Kommune')} kommune",
            f"office-borgerservice-{mid}-about = Borgerservice i kommunen folkeregistrerer dem som flytter til kommunen.",
        ]
    return [
        f"office-borgerservice-{mid} = Borgerservice (citizen service), {shown} Municipality",
        f"office-borgerservice-{mid}-about = The municipality's citizen service registers people who move to the municipality.",
    ]


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
