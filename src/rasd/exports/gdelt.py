"""A GDELT 2.0 event table (tab-separated, GDELT column order) from a rasd document dict.

What rasd knows is filled: ids, dates, actor codes, names, countries and sector (Type1) codes, a
CAMEO event code mapped from the PLOVER type and mode, the root code and QuadClass that follow from
it, the action location from GeoNames, the source URL. What GDELT derives from its own pipeline
(Goldstein scale, tone, mention counts across sources, ADM codes, known-group, ethnic and religion
codes) is left empty rather than guessed. Negated, future and hypothetical events are not rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.exports.records import actors_of, by_id, happened, sentence_of

GDELT_COLUMNS: list[str] = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]

# PLOVER type -> CAMEO root code (the nearest CAMEO family).
ROOT = {
    "REQUEST": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}
# (type, mode) -> a more specific CAMEO code where the mode names one.
CODE = {
    ("CONSULT", "visit"): "042", ("CONSULT", "phone"): "041", ("CONSULT", "third-party"): "045",
    ("AGREE", "sign"): "057", ("AID", "economic"): "071", ("AID", "military"): "072",
    ("AID", "humanitarian"): "073", ("AID", "asylum"): "075", ("RETREAT", "release"): "0841",
    ("RETREAT", "withdraw"): "0874", ("RETREAT", "ceasefire"): "0871", ("PROTEST", "demo"): "141",
    ("PROTEST", "strike-hun"): "142", ("PROTEST", "strike-gen"): "143", ("PROTEST", "strike-lim"): "143",
    ("PROTEST", "boycott"): "143", ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("MOBILIZE", "police"): "151", ("MOBILIZE", "troops"): "152", ("SANCTION", "sever"): "161",
    ("COERCE", "confiscate"): "171", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "183", ("ASSAULT", "assassinate"): "186", ("ASSAULT", "heavy-weapons"): "194",
    ("ASSAULT", "firearms"): "193", ("ASSAULT", "aerial"): "195", ("ASSAULT", "cbrn"): "204",
}


def quad_class(root: str) -> str:
    n = int(root)
    return "1" if n <= 5 else "2" if n <= 8 else "3" if n <= 14 else "4"


def _actor(actors: list[Mapping[str, Any]]) -> list[str]:
    """Code, Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1, Type2, Type3."""
    if not actors:
        return [""] * 10
    a = actors[0]
    name = " ; ".join((x.get("name_en") or x.get("name") or "").upper() for x in actors)
    return [a.get("code") or "", name, a.get("country") or "", "", "", "", "", a.get("sector") or "", "", ""]


def _geo(place: Mapping[str, Any] | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID (GeoNames id)."""
    if place is None:
        return [""] * 8
    code = place.get("feature_code") or ""
    gtype = "1" if code.startswith("PCL") else "4" if place.get("lat") is not None else ""
    fmt = lambda x: "" if x is None else str(x)  # noqa: E731
    return [gtype, place.get("name_en") or place.get("name") or "", place.get("country") or "", "", "",
            fmt(place.get("lat")), fmt(place.get("lon")), fmt(place.get("geonameid"))]


def _dates(value: str | None) -> list[str]:
    if not value or len(value) < 10:
        return ["", "", "", ""]
    y, m, d = value[:4], value[5:7], value[8:10]
    try:
        fraction = f"{int(y) + (int(m) - 1) / 12 + (int(d) - 1) / 365:.4f}"
    except ValueError:
        fraction = ""
    return [y + m + d, y + m, y, fraction]


def gdelt_rows(doc: Mapping[str, Any]) -> list[list[str]]:
    places = by_id(doc, "places")
    meta = doc.get("meta") or {}
    added = (meta.get("date") or "").replace("-", "")
    if added:
        added += "000000"
    rows = []
    for ev in doc.get("events") or ():
        if not happened(ev):
            continue
        root = ROOT.get(ev["type"], "")
        code = CODE.get((ev["type"], ev.get("mode")), root)
        base = code[:3] if len(code) > 3 else code
        place = places.get(ev.get("place") or "")
        row = [f"{doc.get('id')}-{ev['id']}"] + _dates(ev.get("date") or meta.get("date"))
        row += _actor(actors_of(doc, ev.get("source"))) + _actor(actors_of(doc, ev.get("target")))
        lead = sentence_of(doc, ev["trigger"]["start"])[0] == sentence_of(doc, 0)[0]
        row += ["1" if lead else "0", code, base, root, quad_class(root) if root else "", ""]
        row += ["1", "1", "1", ""]
        row += [""] * 8 + [""] * 8 + _geo(place)
        row += [added, meta.get("url") or ""]
        rows.append(row)
    return rows


def to_tsv(rows: list[list[str]]) -> str:
    """Rows as GDELT-style TSV lines (tabs and newlines inside fields become spaces)."""
    return "".join("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in r) + "\n" for r in rows)
