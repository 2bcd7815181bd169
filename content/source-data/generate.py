#!/usr/bin/env python3
"""Regenerates the national content from the data in this folder:

  dk-postcodes.csv     PostNord's postcode file (every postcode, its town,
                       municipality and region); see README.md
  municipalities.csv   for each municipality: the ICS centre whose page names
                       it, whether that centre issues CPR numbers for its
                       residents, and its web page (with the page that shows it)

and writes

  content/municipalities.yaml     the 96 municipalities besides Copenhagen and
                                  Furesø (hand-written in offices.yaml), each
                                  with its Borgerservice office
  content/postcodes.yaml          every postcode with its town and municipalities
  content/municipal-sources.yaml  the page each municipality's web address is from
  locales/*/municipalities.ftl    names of municipalities, their offices, sources

Run it from the repository root after editing either CSV:

  python3 content/source-data/generate.py

The test `national::generated_content_matches_its_source_data` fails when the
generated files and the CSVs disagree.
"""

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
    m_yaml = [
        "# GENERATED by content/source-data/generate.py from content/source-data/*.csv:",
        "# edit those and run it again, do not edit this file.",
        "#",
        "# Every municipality but Copenhagen and Furesø (offices.yaml): its official",
        "# name, code and region (PostNord's postcode file), where newcomers register,",
        "# and the International Citizen Service centre for the EU registration",
        "# certificate (`ics`). Where an ICS page names the municipality, that centre",
        "# (and, if it issues CPR numbers there, it is also a place to register);",
        "# where no page does, the centre of the municipality's region.",
        "",
        "offices:",
    ]
    for code in order:
        m = municipalities[code]
        if code in HAND_WRITTEN or (code in HOSTS and code not in HOST_ALTERNATIVE):
            # Where the ICS centre is the municipality's citizen service
            # for newcomers, it is the only office.
            continue
        d = data[code]
        m_yaml += [
            f"  - id: borgerservice-{m['id']}",
            f"    web: {d['web']}",
            f"    source: [muni-{m['id']}]",
        ]
    m_yaml += ["", "municipalities:"]
    for code in order:
        if code in HAND_WRITTEN:
            continue
        m = municipalities[code]
        d = data[code]
        ics = d["ics"] or REGION_ICS[m["region"]]
        # The ICS centre's page backs the centre's own roles (its office's
        # sources, and the `also` role below), not the municipality.
        sources = ["postnord-postcodes", f"muni-{m['id']}"]
        host = HOSTS.get(code)
        office = host or f"borgerservice-{m['id']}"
        m_yaml += [
            f"  - id: {m['id']}",
            f"    code: {int(code)}",
            f"    name: {yaml_str(m['name'])}",
            f"    region: {m['region']}",
        ]
        if code in ALIASES:
            m_yaml.append(f"    aliases: [{', '.join(ALIASES[code])}]")
        m_yaml += [
            f"    office: {office}",
            f"    ics: {ics}",
            f"    source: [{', '.join(sources)}]",
        ]
        also = []
        if host:
            if code in HOST_ALTERNATIVE:
                also.append((f"borgerservice-{m['id']}", "register-alternative", None, [HOST_ALTERNATIVE[code]], None))
        elif (d["ics_cpr"] == "yes" or code in ICS_NOTES) and ics != "ics-soenderborg":
            notes = ICS_NOTES.get(code, "note-ics-cpr")
            srcs = [ICS_SOURCE[ics]]
            if code in ICS_NOTES:
                srcs.append("lid-ics-east-process")
            also.append((ics, "register-alternative", notes, srcs, ICS_CPR_FOR.get(ics)))
        if also:
            m_yaml.append("    also:")
            for office_id, role, note, srcs, situation in also:
                m_yaml.append(f"      - office: {office_id}")
                m_yaml.append(f"        role: {role}")
                if note:
                    m_yaml.append(f"        note: {note}")
                m_yaml.append(f"        source: [{', '.join(srcs)}]")
                if situation:
                    m_yaml.append(f"        when: {{ is: registering, situation: {situation} }}")
                else:
                    m_yaml.append("        when: { is: registering }")
    write(os.path.join(ROOT, "content", "municipalities.yaml"), m_yaml)

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

    s_yaml = [
        "# GENERATED by content/source-data/generate.py: the page each municipality's",
        "# web address was read from (column web_source of municipalities.csv).",
        "",
        "sources:",
    ]
    for code in order:
        m = municipalities[code]
        if code in HAND_WRITTEN:
            continue
        s_yaml += [
            f"  - id: muni-{m['id']}",
            f"    url: {data[code]['web_source']}",
            f"    checked: {CHECKED}",
        ]
    write(os.path.join(ROOT, "content", "municipal-sources.yaml"), s_yaml)

    for lang in ("da", "en", "nb"):
        ftl = [
            "# GENERATED by content/source-data/generate.py: do not edit.",
            "# Names of municipalities (as people say them), their citizen services and sources.",
            "",
        ]
        for code in order:
            m = municipalities[code]
            if code in HAND_WRITTEN:
                continue
            short = m["name"].removesuffix(" Kommune")
            shown = DISPLAY.get(short, short)
            ftl.append(f"municipality-{m['id']} = {shown}")
            if code not in HOSTS or code in HOST_ALTERNATIVE:
                ftl += office_lines(lang, m["id"], m["name"], shown)
        for code in order:
            m = municipalities[code]
            if code in HAND_WRITTEN:
                continue
            ftl.append(f"source-muni-{m['id']} = {source_title(lang, m['name'])}")
        write(os.path.join(ROOT, "locales", lang, "municipalities.ftl"), ftl)


def office_lines(lang, mid, official, shown):
    """The name of a municipality's citizen service and what it does. Only
    what every municipality's page says: the rest is on its web site."""
    if lang == "da":
        return [
            f"office-borgerservice-{mid} = Borgerservice, {official}",
            f"office-borgerservice-{mid}-about = Registrerer dem, der flytter til kommunen. På kommunens hjemmeside kan du se adresse og åbningstider, og om du skal booke en tid.",
        ]
    if lang == "nb":
        return [
            f"office-borgerservice-{mid} = Borgerservice i {official.removesuffix(' Kommune')} kommune",
            f"office-borgerservice-{mid}-about = Borgerservice i kommunen folkeregistrerer dem som flytter til kommunen. Nettsidene til kommunen viser adresse og åpningstider, og om du må bestille time.",
        ]
    return [
        f"office-borgerservice-{mid} = Borgerservice (citizen service), {shown} Municipality",
        f"office-borgerservice-{mid}-about = The municipality's citizen service registers people who move to the municipality. Its web site gives the address and opening hours, and says whether you must book a time.",
    ]


def source_title(lang, official):
    # Norwegian writes "kommune" in lower case ("Aarhus kommune").
    norwegian = official.removesuffix(" Kommune") + " kommune"
    return {
        "da": f"{official}: hjemmeside",
        "nb": f"{norwegian}: nettside",
        "en": f"{official}: web site",
    }[lang]


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
