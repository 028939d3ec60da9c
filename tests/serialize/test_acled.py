"""ACLED's export: the codebook's columns, names, inter codes, sides, places, notes and safety."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from urdu_events import (
    ActorType,
    Casualties,
    Count,
    DatePrecision,
    DateRange,
    Document,
    GeoPrecision,
    Incident,
    Location,
    Participant,
    Responsibility,
    ResponsibilityStatus,
    Role,
    SubEventType,
)
from urdu_events.cli import run
from urdu_events.serialize.acled import (
    ACLED_COLUMNS,
    COLUMNS,
    AcledExport,
    incident_record,
    neutralise_formula,
)
from urdu_events.serialize.csv import CsvSerializer
from urdu_events.testing import strategies as ues

#: ACLED's export columns in the order of ACLED's codebook, written out here on purpose
#: (not imported) so that a change to the library's list is caught.
CODEBOOK_ORDER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

#: Two made-up events shaped like rows of ACLED's export (values as its codebook describes them).
ACLED_FIXTURE = (
    ",".join(CODEBOOK_ORDER)
    + "\n"
    + "PAK90001,2024-02-03,2024,1,Political violence,Violence against civilians,Attack,"
    "Unidentified Armed Group (Pakistan),,3,Civilians (Pakistan),,7,37,Civilian targeting,"
    "586,South Asia,Pakistan,Sindh,Karachi East,,Karachi - Gulshan-e-Iqbal,24.9180,67.0971,1,"
    'Example Daily,National,"On 3 February 2024, an armed group shot a man.",1,,1707000000\n'
    + "PAK90002,2024-02-10,2024,2,Demonstrations,Protests,Peaceful protest,"
    "Protesters (Pakistan),Teachers (Pakistan),6,,,0,60,,"
    "586,South Asia,Pakistan,Punjab,Multan,,Multan,30.1968,71.4782,1,"
    'Example Daily,National,"Around 10 February 2024, teachers protested.",0,'
    "crowd size=no report,1707600000\n"
)

PK_TOWN = Location(
    "مثالی نگر",
    country="PK",
    admin1="Balochistan",
    admin2="Mastung",
    latitude=29.8,
    longitude=66.85,
    precision=GeoPrecision.TOWN,
    english_name="Misali Nagar",
)
PK_PROVINCE = Location(
    "بلوچستان",
    country="PK",
    admin1="Balochistan",
    latitude=28.5,
    longitude=65.5,
    precision=GeoPrecision.PROVINCE,
    english_name="Balochistan",
)
DAY = DateRange.day(dt.date(2024, 4, 9))


def actor(name: str, role: Role, kind: ActorType | None, english: str | None = None) -> Participant:
    return Participant(name, role=role, type=kind, english_name=english)


P, T = Role.PERPETRATOR, Role.TARGET


def police(role: Role) -> Participant:
    return actor("پولیس", role, ActorType.STATE_FORCES, "Police")


def army(role: Role) -> Participant:
    return actor("سیکیورٹی فورسز", role, ActorType.STATE_FORCES, "Security forces")


def militants(role: Role) -> Participant:
    return actor("عسکریت پسند", role, ActorType.POLITICAL_MILITIA)


def incident(sub: SubEventType, *actors: Participant, **fields: object) -> Incident:
    fields.setdefault("date", DAY)
    fields.setdefault("locations", [PK_TOWN])
    fields.setdefault("country", "PK")
    return Incident(sub.event_type, sub, actors=actors, **fields)  # type: ignore[arg-type]


def row(inc: Incident, doc_id: str = "d") -> dict[str, object]:
    return incident_record(Document(doc_id, "متن", incidents=[inc]), 0, inc)


def csv_rows(docs: list[Document], **options: object) -> list[list[str]]:
    out = io.StringIO()
    CsvSerializer(timestamp=1_700_000_000, **options).dump(docs, out)  # type: ignore[arg-type]
    return list(csv.reader(io.StringIO(out.getvalue())))


#: The shortest case found of one name on both sides: a group "x", unnamed civilians, then
#: civilians the lexicon also calls "x". The civilians' kind ("Civilians") led the last actor
#: to the civilians' camp while its own name "x" was the group's: "x" was actor 1 and an
#: associated actor of actor 2, until the own name came to decide first.
NAME_OF_A_GROUP_AND_A_CIVILIAN = Incident(
    SubEventType.ARMED_CLASH.event_type,
    SubEventType.ARMED_CLASH,
    actors=[
        Participant("الف", role=Role.PERPETRATOR, type=ActorType.REBEL_GROUP, english_name="x"),
        Participant("شہری", role=Role.TARGET, type=ActorType.CIVILIANS),
        Participant("شہري", role=Role.TARGET, type=ActorType.CIVILIANS, english_name="x"),
    ],
)

#: English names for the actors of one incident, few enough to repeat: invented ones, the
#: lexicon's (two differing only by case), and names shaped like the names the export gives
#: to kinds of actors ("Civilians (Pakistan)", "Unidentified Armed Group").
FEW_NAMES = [
    "x",
    "y",
    "Police",
    "police",
    "Lawyers",
    "Military Forces of Pakistan",
    "Civilians",
    "Civilians (Pakistan)",
    "Rioters",
    "Unidentified Armed Group",
    "Military Forces",
    "Police Forces of Pakistan (2018-)",
]


@st.composite
def incidents_of_few_names(draw: st.DrawFn) -> Incident:
    """An incident of any sub-event type whose two to six actors share a few names and spellings."""
    sub = draw(st.sampled_from(SubEventType))
    actor = st.builds(
        Participant,
        st.sampled_from(["پولیس", "پوليس", "شہری", "شهری", "الف"]),
        role=st.sampled_from(Role),
        type=st.none() | st.sampled_from(ActorType),
        english_name=st.none() | st.sampled_from(FEW_NAMES),
    )
    return Incident(
        sub.event_type,
        sub,
        actors=draw(st.lists(actor, min_size=2, max_size=6)),
        country=draw(st.none() | st.sampled_from(["PK", "AF", "IL"])),
    )


def in_a_document(incs: list[Incident]) -> Document:
    return Document("d", "متن", incidents=incs)


def both_sides(doc: Document) -> list[set[str]]:
    """The names each row shows on both sides (actor and associated actors), for the rows that have any."""
    found = []
    for r in AcledExport(timestamp=0).rows([doc]):
        one = {r["actor1"], *(r["assoc_actor_1"] or "").split("; ")} - {None, ""}
        two = {r["actor2"], *(r["assoc_actor_2"] or "").split("; ")} - {None, ""}
        if one & two:
            found.append(one & two)
    return found


class TestColumns:
    def test_acled_columns_in_codebook_order(self) -> None:
        """The export starts with ACLED's 31 columns in ACLED's order, then only our own."""
        assert CODEBOOK_ORDER == list(ACLED_COLUMNS)
        assert CODEBOOK_ORDER == list(COLUMNS[:31])
        assert set() == set(COLUMNS[31:]) & set(CODEBOOK_ORDER)

    def test_csv_header_is_the_columns(self) -> None:
        """The CSV header is the column list and every row has as many cells."""
        rows = csv_rows([Document("d", "متن", incidents=[incident(SubEventType.ATTACK)])])
        assert list(COLUMNS) == rows[0]
        assert [len(COLUMNS)] == [len(r) for r in rows[1:]]

    def test_concatenates_with_a_real_acled_export(self) -> None:
        """pandas stacks an ACLED-shaped file and ours: no missing or extra ACLED columns, same kinds."""
        pd = pytest.importorskip("pandas")
        theirs = pd.read_csv(io.StringIO(ACLED_FIXTURE))
        out = io.StringIO()
        docs = [
            Document("a", "متن", incidents=[incident(SubEventType.ATTACK, militants(P))]),
            Document("b", "متن", incidents=[incident(SubEventType.PEACEFUL_PROTEST)]),
        ]
        CsvSerializer(source="Example Daily", timestamp=1_700_000_000).dump(docs, out)
        full = pd.read_csv(io.StringIO(out.getvalue()))
        assert list(theirs.columns) == list(full.columns[:31])
        ours = full[list(theirs.columns)]
        both = pd.concat([theirs, ours], ignore_index=True)
        assert list(theirs.columns) == list(both.columns)
        numeric = pd.api.types.is_numeric_dtype
        filled = [c for c in theirs.columns if theirs[c].notna().any() and ours[c].notna().any()]
        assert [] == [c for c in filled if numeric(theirs[c]) != numeric(ours[c])]
        assert [] == [c for c in filled if numeric(theirs[c]) and not numeric(both[c])]
        assert [37, 60, 37, 60] == both["interaction"].tolist()


class TestInterCodes:
    def test_single_actor_event_is_coded_ten_style(self) -> None:
        """One actor: inter2 is 0 and interaction the code followed by 0."""
        r = row(incident(SubEventType.DISRUPTED_WEAPONS_USE, police(P)))
        assert ("Police Forces of Pakistan (2018-)", 1, None, 0, 10) == (
            r["actor1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )

    def test_protesters_are_six_and_lead_the_protest(self) -> None:
        """Farmers protesting as civilians become 'Protesters (Pakistan)' (6) facing the police (1): 16."""
        inc = incident(
            SubEventType.PROTEST_WITH_INTERVENTION,
            actor("کسان", P, ActorType.CIVILIANS),
            police(T),
        )
        r = row(inc)
        assert ("Protesters (Pakistan)", 6, "Police Forces of Pakistan (2018-)", 1, 16) == (
            r["actor1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )
        assert None is r["civilian_targeting"]

    def test_peaceful_protest_has_no_second_actor(self) -> None:
        """A peaceful protest is coded 60, its named group associated with the protesters."""
        party = actor("تحریک انصاف", P, ActorType.PROTESTERS, "PTI: Pakistan Tehreek-e-Insaf")
        r = row(incident(SubEventType.PEACEFUL_PROTEST, party, actor("حکومت", T, ActorType.STATE_FORCES)))
        assert ("Protesters (Pakistan)", "PTI: Pakistan Tehreek-e-Insaf", None, 60) == (
            r["actor1"],
            r["assoc_actor_1"],
            r["actor2"],
            r["interaction"],
        )

    def test_excessive_force_puts_the_state_first(self) -> None:
        """Excessive force: the police are actor 1, the protesters actor 2 (16)."""
        inc = incident(
            SubEventType.EXCESSIVE_FORCE,
            police(P),
            actor("مظاہرین", T, ActorType.PROTESTERS),
        )
        r = row(inc)
        assert ("Police Forces of Pakistan (2018-)", "Protesters (Pakistan)", 16) == (
            r["actor1"],
            r["actor2"],
            r["interaction"],
        )
        assert "Political violence; Demonstrations" == r["disorder_type"]

    def test_riots_are_five(self) -> None:
        """Rioters are 5: against the police 15, a mob against civilians 57 with civilian targeting."""
        demo = row(
            incident(
                SubEventType.VIOLENT_DEMONSTRATION,
                actor("مشتعل ہجوم", P, ActorType.RIOTERS),
                police(T),
            )
        )
        mob = row(
            incident(
                SubEventType.MOB_VIOLENCE,
                actor("مشتعل ہجوم", P, ActorType.RIOTERS),
                actor("راہگیر", T, ActorType.CIVILIANS),
            )
        )
        assert ("Rioters (Pakistan)", 5, 15) == (demo["actor1"], demo["inter1"], demo["interaction"])
        assert ("Rioters (Pakistan)", "Civilians (Pakistan)", 57, "Civilian targeting") == (
            mob["actor1"],
            mob["actor2"],
            mob["interaction"],
            mob["civilian_targeting"],
        )

    def test_unknown_perpetrator_of_violence_is_an_unidentified_armed_group(self) -> None:
        """Violence against civilians with no perpetrator named: 'Unidentified Armed Group (Pakistan)', 37."""
        r = row(incident(SubEventType.ATTACK, actor("دکاندار", T, ActorType.CIVILIANS)))
        assert ("Unidentified Armed Group (Pakistan)", 3, "Civilians (Pakistan)", 7, 37) == (
            r["actor1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )

    def test_rebel_group_keeps_its_code(self) -> None:
        """A named rebel group is coded 2 under its ACLED name."""
        ttp = actor(
            "کالعدم تحریک طالبان پاکستان", P, ActorType.REBEL_GROUP, "TTP: Tehreek-i-Taliban Pakistan"
        )
        r = row(incident(SubEventType.ARMED_CLASH, ttp, army(T)))
        assert ("TTP: Tehreek-i-Taliban Pakistan", 2, "Military Forces of Pakistan (2018-)", 1, 12) == (
            r["actor1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )

    def test_a_lone_target_is_actor_one(self) -> None:
        """Only those arrested are named: they are actor 1 alone (60); the notes give no doer."""
        party = actor("تحریک انصاف", T, ActorType.PROTESTERS, "PTI: Pakistan Tehreek-e-Insaf")
        r = row(incident(SubEventType.ARRESTS, party))
        assert ("Protesters (Pakistan)", "PTI: Pakistan Tehreek-e-Insaf", 6, None, 0, 60) == (
            r["actor1"],
            r["assoc_actor_1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )
        assert "an unidentified actor arrested Protesters (Pakistan)." in str(r["notes"])

    def test_excessive_force_with_no_force_named(self) -> None:
        """Excessive force where no force is named: the protesters are actor 1 alone, not actor 2 alone."""
        r = row(incident(SubEventType.EXCESSIVE_FORCE, actor("مظاہرین", T, ActorType.PROTESTERS)))
        assert ("Protesters (Pakistan)", 6, None, 0, 60) == (
            r["actor1"],
            r["inter1"],
            r["actor2"],
            r["inter2"],
            r["interaction"],
        )
        assert "an unidentified actor used excessive force against Protesters (Pakistan)." in str(r["notes"])

    @given(ues.documents() | st.lists(incidents_of_few_names(), min_size=1, max_size=3).map(in_a_document))
    def test_codes_agree_with_the_actors(self, doc: Document) -> None:
        """For any document: no actor 2 without an actor 1; inter2 is 0 exactly when there is no actor 2."""
        for r in AcledExport(timestamp=0).rows([doc]):
            if r["actor1"] is None:
                assert (None, None, None, None) == (r["actor2"], r["inter1"], r["inter2"], r["interaction"])
                continue
            assert (r["actor2"] is None) == (r["inter2"] == 0)
            low, high = sorted((r["inter1"], r["inter2"]))
            assert (r["inter1"] * 10 if r["inter2"] == 0 else low * 10 + high) == r["interaction"]


class TestSides:
    def test_clash_never_merges_opposing_sides(self) -> None:
        """Forces and militants both perpetrators, a soldier target: forces and soldier against militants."""
        inc = incident(
            SubEventType.ARMED_CLASH,
            army(P),
            militants(P),
            actor("سپاہی", T, ActorType.STATE_FORCES, "Security forces"),
        )
        r = row(inc)
        assert ("Military Forces of Pakistan (2018-)", None, 1) == (
            r["actor1"],
            r["assoc_actor_1"],
            r["inter1"],
        )
        assert ("Unidentified Armed Group (Pakistan)", None, 3) == (
            r["actor2"],
            r["assoc_actor_2"],
            r["inter2"],
        )
        assert 13 == r["interaction"]

    def test_associated_actors_are_of_the_same_side(self) -> None:
        """Police and army together are one side: the army is the police's associated actor."""
        inc = incident(
            SubEventType.ARMED_CLASH,
            police(P),
            army(P),
            actor("جنگجو", T, ActorType.POLITICAL_MILITIA),
        )
        r = row(inc)
        assert ("Police Forces of Pakistan (2018-)", "Military Forces of Pakistan (2018-)") == (
            r["actor1"],
            r["assoc_actor_1"],
        )
        assert ("Unidentified Armed Group (Pakistan)", None) == (r["actor2"], r["assoc_actor_2"])

    def test_unnamed_militants_join_the_named_group(self) -> None:
        """'The militants' of a TTP attack are the TTP, not a third side."""
        ttp = actor("تحریک طالبان", P, ActorType.REBEL_GROUP, "TTP: Tehreek-i-Taliban Pakistan")
        inc = incident(
            SubEventType.ARMED_CLASH,
            militants(P),
            ttp,
            police(T),
        )
        r = row(inc)
        assert ("TTP: Tehreek-i-Taliban Pakistan", None, "Police Forces of Pakistan (2018-)") == (
            r["actor1"],
            r["assoc_actor_1"],
            r["actor2"],
        )

    def test_forces_of_two_states_are_opposed(self) -> None:
        """Pakistani and Afghan forces are two sides, each under its country."""
        afghan = actor("افغان فورسز", T, ActorType.STATE_FORCES, "Military Forces of Afghanistan")
        r = row(incident(SubEventType.ARMED_CLASH, army(P), afghan))
        assert ("Military Forces of Pakistan (2018-)", "Military Forces of Afghanistan", 11) == (
            r["actor1"],
            r["actor2"],
            r["interaction"],
        )

    def test_a_state_named_as_an_actor_is_its_military(self) -> None:
        """A state named as the attacker ('Israel') is coded as its military forces."""
        israel = actor("اسرائیل", P, ActorType.STATE_FORCES, "Israel")
        r = row(incident(SubEventType.AIR_DRONE_STRIKE, israel, country="PS", locations=[]))
        assert ("Military Forces of Israel", 1) == (r["actor1"], r["inter1"])

    @given(ues.documents())
    @example(Document("d", "متن", incidents=[NAME_OF_A_GROUP_AND_A_CIVILIAN]))
    def test_no_actor_is_on_both_sides(self, doc: Document) -> None:
        """For any document, actor 2 and its associates never appear on actor 1's side."""
        assert [] == both_sides(doc)

    @settings(max_examples=300)
    @given(st.lists(incidents_of_few_names(), min_size=1, max_size=3))
    def test_no_actor_is_on_both_sides_when_names_repeat(self, incs: list[Incident]) -> None:
        """Actors of every kind, from a few shared names (some are ACLED's kinds): none on two sides."""
        assert [] == both_sides(Document("d", "متن", incidents=incs))

    def test_a_civilian_named_like_the_group_joins_the_group(self) -> None:
        """Civilians named like the armed group are the group; the other civilians stay 'Civilians' (27)."""
        r = row(incident(SubEventType.ARMED_CLASH, *NAME_OF_A_GROUP_AND_A_CIVILIAN.actors))
        assert ("x", None, "Civilians (Pakistan)", None, 27) == (
            r["actor1"],
            r["assoc_actor_1"],
            r["actor2"],
            r["assoc_actor_2"],
            r["interaction"],
        )


class TestPlacesAndCountry:
    def test_most_specific_place_with_its_hierarchy(self) -> None:
        """One place, the most specific, with admin1/admin2 from the gazetteer and admin3 empty."""
        r = row(incident(SubEventType.ATTACK, locations=[PK_PROVINCE, PK_TOWN]))
        assert ("Misali Nagar", "Balochistan", "Mastung", None, 29.8, 66.85, 1) == (
            r["location"],
            r["admin1"],
            r["admin2"],
            r["admin3"],
            r["latitude"],
            r["longitude"],
            r["geo_precision"],
        )
        assert ("مثالی نگر", "بلوچستان; مثالی نگر") == (r["location_ur"], r["locations_ur"])

    def test_province_only_is_geo_precision_three(self) -> None:
        """An event placed only in a province has geo_precision 3."""
        assert 3 == row(incident(SubEventType.ATTACK, locations=[PK_PROVINCE]))["geo_precision"]

    def test_country_as_acled_names_it(self) -> None:
        """Country, numeric ISO code and region as ACLED writes them."""
        r = row(incident(SubEventType.ATTACK))
        assert ("Pakistan", 586, "South Asia") == (r["country"], r["iso"], r["region"])
        syria = row(incident(SubEventType.ATTACK, country="SY", locations=[]))
        assert ("Syria", 760, "Middle East") == (syria["country"], syria["iso"], syria["region"])


class TestDatesAndCounts:
    def test_week_and_month_precision(self) -> None:
        """A day is precision 1; a week is 2 and a month 3, each coded at its middle."""
        week = DateRange(dt.date(2024, 4, 8), dt.date(2024, 4, 14), DatePrecision.WEEK)
        month = DateRange(dt.date(2024, 4, 1), dt.date(2024, 4, 30), DatePrecision.MONTH)
        codes = [row(incident(SubEventType.ATTACK, date=d)) for d in (DAY, week, month)]
        assert [("2024-04-09", 1), ("2024-04-11", 2), ("2024-04-15", 3)] == [
            (r["event_date"], r["time_precision"]) for r in codes
        ]

    def test_fatalities_are_the_conservative_figure(self) -> None:
        """fatalities is the lower bound, 0 when the text says nothing; our columns keep the range."""
        some = row(incident(SubEventType.ATTACK, casualties=Casualties(killed=Count(3, 6))))
        none = row(incident(SubEventType.ATTACK))
        assert (3, 3, 6) == (some["fatalities"], some["fatalities_min"], some["fatalities_max"])
        assert (0, None) == (none["fatalities"], none["fatalities_min"])


class TestNotes:
    def test_notes_are_english_from_the_coded_fields(self) -> None:
        """Date, place, actors, casualties and responsibility, in English, without Urdu."""
        ttp = actor("تحریک طالبان", P, ActorType.REBEL_GROUP, "TTP: Tehreek-i-Taliban Pakistan")
        inc = incident(
            SubEventType.SUICIDE_BOMB,
            ttp,
            police(T),
            casualties=Casualties(killed=Count(2), injured=Count(5, None)),
            responsibility=Responsibility(ResponsibilityStatus.CLAIMED, [ttp.as_actor()]),
        )
        assert (
            "On 9 April 2024, in Misali Nagar (Mastung, Balochistan), TTP: Tehreek-i-Taliban Pakistan "
            "carried out a suicide bombing targeting Police Forces of Pakistan (2018-). "
            "Reported casualties: 2 killed, at least 5 injured. "
            "TTP: Tehreek-i-Taliban Pakistan claimed responsibility."
        ) == row(inc)["notes"]

    @given(ues.documents())
    def test_every_row_has_the_header_columns_and_no_newline(self, doc: Document) -> None:
        """For any document: a CSV row per incident, each with exactly the header's columns, no line break."""
        rows = csv_rows([doc])
        assert list(COLUMNS) == rows[0]
        assert len(doc.incidents) == len(rows) - 1
        for cells in rows[1:]:
            assert len(COLUMNS) == len(cells)
            assert [] == [c for c in cells if re.search(r"[\r\n\u2028\u2029]", c)]


class TestSafety:
    def test_formula_cells_are_neutralised(self) -> None:
        """Cells starting with = + - @ get an apostrophe; negative numbers do not."""
        assert ["'=1+1", "'+9", "'-x", "'@SUM(A1)", "'\tx", "-33.9", "plain"] == [
            neutralise_formula(c) for c in ("=1+1", "+9", "-x", "@SUM(A1)", "\tx", "-33.9", "plain")
        ]

    def test_csv_escapes_ids_and_text_by_default_and_on_request_not(self) -> None:
        """A hostile document id is escaped in every cell it reaches, unless escaping is turned off."""
        doc = Document('=HYPERLINK("http://x")', "متن", incidents=[incident(SubEventType.ATTACK)])
        header, cells = csv_rows([doc], source="@outlet")
        r = dict(zip(header, cells, strict=True))
        assert ('\'=HYPERLINK("http://x")-1', '\'=HYPERLINK("http://x")', "'@outlet") == (
            r["event_id_cnty"],
            r["doc_id"],
            r["source"],
        )
        header, cells = csv_rows([doc], escape_formulas=False)
        assert '=HYPERLINK("http://x")' == dict(zip(header, cells, strict=True))["doc_id"]

    def test_event_ids_unique_across_a_run(self) -> None:
        """Two documents with the same id get distinct event_id_cnty; doc_id keeps the id."""
        inc = incident(SubEventType.ATTACK)
        docs = [Document("news", "متن", incidents=[inc, inc]), Document("news", "متن", incidents=[inc])]
        rows = list(AcledExport(timestamp=0).rows(docs))
        assert ["news-1", "news-2", "news#2-1"] == [r["event_id_cnty"] for r in rows]
        assert {"news"} == {r["doc_id"] for r in rows}


class TestSource:
    def test_source_and_known_scale(self) -> None:
        """source is the outlet; source_scale is filled for known outlets only."""
        doc = Document("d", "متن", incidents=[incident(SubEventType.ATTACK)])
        known = next(AcledExport(source="BBC Urdu", timestamp=0).rows([doc]))
        unknown = next(AcledExport(source=lambda d: f"Outlet of {d.id}", timestamp=0).rows([doc]))
        assert ("BBC Urdu", "International") == (known["source"], known["source_scale"])
        assert ("Outlet of d", None) == (unknown["source"], unknown["source_scale"])

    def test_cli_takes_the_records_source_or_the_option(self, tmp_path: Path) -> None:
        """A JSON Lines record's 'source' fills the column; --source fills it for the others."""
        text = "کوئٹہ میں نامعلوم مسلح افراد نے فائرنگ کر کے ایک دکاندار کو ہلاک کر دیا۔"
        lines = [{"id": "a", "text": text, "source": "Roznama Misal"}, {"id": "b", "text": text}]
        path = tmp_path / "in.jsonl"
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        code = run(["extract", str(path), "-f", "csv", "--source", "Default Daily", "-q"], out, err)
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert 0 == code, err.getvalue()
        assert [("a", "Roznama Misal"), ("b", "Default Daily")] == [(r["doc_id"], r["source"]) for r in rows]

    def test_cli_ids_unique_for_files_of_the_same_name(self, tmp_path: Path) -> None:
        """Two input files with the same name give distinct event ids."""
        text = "کوئٹہ میں نامعلوم مسلح افراد نے فائرنگ کر کے ایک دکاندار کو ہلاک کر دیا۔"
        paths = []
        for folder in ("one", "two"):
            (tmp_path / folder).mkdir()
            paths.append(tmp_path / folder / "news.txt")
            paths[-1].write_text(text, encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        run(["extract", *map(str, paths), "-f", "csv", "-q", "--published", "2024-04-09"], out, err)
        ids = [r["event_id_cnty"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
        assert 2 == len(set(ids)) == len(ids)

    def test_cli_escapes_unless_told_not_to(self, tmp_path: Path) -> None:
        """The CLI neutralises a formula-like id by default; --no-escape-formulas writes it as is."""
        text = "کوئٹہ میں نامعلوم مسلح افراد نے فائرنگ کر کے ایک دکاندار کو ہلاک کر دیا۔"
        path = tmp_path / "in.jsonl"
        path.write_text(json.dumps({"id": "@SUM(A1)", "text": text}) + "\n", encoding="utf-8")
        found = []
        for extra in ([], ["--no-escape-formulas"]):
            out = io.StringIO()
            run(["extract", str(path), "-f", "csv", "-q", *extra], out, io.StringIO())
            found.append(next(csv.DictReader(io.StringIO(out.getvalue())))["doc_id"])
        assert ["'@SUM(A1)", "@SUM(A1)"] == found

    def test_source_option_needs_csv(self) -> None:
        """--source with another format is a usage error."""
        assert 2 == run(["extract", "-", "--source", "x"], io.StringIO(), io.StringIO())


class TestDataFrame:
    def test_same_mapping_as_the_csv(self) -> None:
        """to_acled has the CSV's columns and values, with numeric dtypes for the numbers."""
        pytest.importorskip("pandas")
        from urdu_events.dataframe import to_acled

        doc = Document("d", "متن", incidents=[incident(SubEventType.ATTACK, casualties=Casualties(Count(4)))])
        frame = to_acled(doc, source="Example Daily", timestamp=5)
        header, cells = csv_rows([doc], source="Example Daily")
        assert header == list(frame.columns)
        assert ("Int64", "float64") == (str(frame["interaction"].dtype), str(frame["latitude"].dtype))
        assert (cells[header.index("actor1")], 4) == (frame.loc[0, "actor1"], frame.loc[0, "fatalities"])

    def test_parquet_round_trip(self, tmp_path: Path) -> None:
        """to_acled_parquet writes a file that reads back with the same columns and codes."""
        pd = pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
        from urdu_events.dataframe import to_acled_parquet

        doc = Document("d", "متن", incidents=[incident(SubEventType.PEACEFUL_PROTEST)])
        back = pd.read_parquet(to_acled_parquet(doc, tmp_path / "acled.parquet", timestamp=5))
        assert list(COLUMNS) == list(back.columns)
        assert [60] == back["interaction"].tolist()


class TestDisorderType:
    def test_disorder_type_follows_the_sub_event_type(self) -> None:
        """Battles are political violence, peaceful protests demonstrations, arrests strategic ones."""
        subs = (SubEventType.ARMED_CLASH, SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS)
        assert ["Political violence", "Demonstrations", "Strategic developments"] == [
            row(incident(s))["disorder_type"] for s in subs
        ]
