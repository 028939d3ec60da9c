"""Typed schemas of lexicon entries: one frozen attrs class per lexicon kind.

Every entry of a lexicon of a known kind is loaded into the class of its kind
through cattrs, with unknown keys forbidden (see :class:`~urdu_events.lexicons.Lexicon`):
a misspelled key (``"stronk"``) or a key of another kind (``"type"`` in an
``actors`` entry, which needs ``actor_type``) is an error, not silently ignored,
and so is a value outside the listed ones. Lexicons of other kinds (a plugin's
own word lists) stay free-form.

The field descriptions below are also the descriptions of the JSON Schemas in
``urdu_events/lexicons/schema/`` (see :func:`urdu_events.lexicons.json_schema`).

>>> ActorEntry(term="پولیس", actor_type=ActorType.STATE_FORCES, security=True).role is None
True

.. versionadded:: 0.1.0
"""

# No ``from __future__ import annotations``: cattrs and the JSON Schema generator read
# the field types at run time, and ``SpeakerEntry.type`` would shadow the builtin.

from collections.abc import Mapping
from typing import Any, Literal, NewType, TypeAlias, get_args

import attrs

from ..models import ActorType, ClaimKind, ResponsibilityStatus, SubEventType

__all__ = [
    "ENTRY_TYPES",
    "ActorEntry",
    "CasualtyEntry",
    "ClaimCueEntry",
    "LexiconEntry",
    "MarkerEntry",
    "ParadigmEntry",
    "PlaceCueEntry",
    "ResponsibilityEntry",
    "SpeakerEntry",
    "Term",
    "TriggerEntry",
    "TriggerKindEntry",
    "WeaponEntry",
    "WordClassEntry",
]

#: A word or phrase as written in Urdu: a non-empty string.
Term = NewType("Term", str)

TriggerKind = Literal[
    "shooting",
    "explosion",
    "air",
    "shelling",
    "clash",
    "operation",
    "attack",
    "killing",
    "abduction",
    "sexual",
    "protest",
    "intervention",
    "riot",
    "mob",
    "looting",
    "arrest",
    "defuse",
    "territory",
]
Strength = Literal["strong", "weak"]
Family = Literal["explosion", "remote"]
ActorRole = Literal["perpetrator", "target"]
Outcome = Literal["killed", "injured", "none", "no_deaths", "one"]
Marker = Literal[
    "accident",
    "threat",
    "aggregate",
    "background",
    "reaction",
    "skip",
    "negation",
    "recovered",
    "exercise",
    "figurative",
]
Position = Literal["before", "after", "near", "both", "site"]
Level = Literal["site", "town", "district", "province"]
CueRole = Literal[
    "cue", "light_verb", "passive", "attack_noun", "manner", "frame", "medium", "channel", "feeling"
]
Attach = Literal["agent", "genitive", "report", "none", "following", "subject"]
WordClassName = Literal[
    "non_person_unit",
    "event_count",
    "political_suspect",
    "ordinary_crime",
    "turn",
    "tied_turn",
    "reporting_verb",
    "scattered_places",
    "place_name_boundary",
    "area_adjective",
    "not_site_name",
    "site_name_particle",
    "place_quantifier",
    "governs_mein",
    "site_name_part",
    "road_namesake_site",
    "roadside_site",
    "route_start",
    "march_set_off",
    "urban_part",
    "road",
    "village_noun",
    "address_unit_noun",
    "title_before_place",
    "grievance_noun",
    "event_reference",
    "border_line",
    "later_ordinal",
    "ordinal_incident_noun",
    "not_where_after",
    "cause_after",
    "answer_postposition",
    "denial_phrase",
    "occasion_postposition",
    "force_after_place",
    "force_building",
    "genitive",
    "case_marker",
    "limit_postposition",
    "ergative",
    "agent_postposition",
    "negation",
    "relative_participle",
    "issue_participle",
    "adverbial_end",
    "converb_participle",
    "clause_finite_word",
    "imperfective_auxiliary",
    "demonstrative",
    "copula",
    "joined_auxiliary",
    "clause_conjunction",
    "relative_pronoun",
    "report_clause_opener",
    "naming_object",
    "subject_pronoun",
    "speech_noun",
    "same_place",
    "this_event",
    "count_adjective",
    "event_means",
    "numbered_name",
    "tally_time",
    "another_event",
    "attacker_noun",
    "funeral",
    "home_after",
    "home_before",
    "settlement_people",
    "distance_unit",
    "statement_noun",
    "transfer_site",
    "transfer_verb",
    "hospital",
    "hospital_arrival",
    "bound_for",
    "came_from",
    "report_noun",
    "toponym_final_word",
    "owned_site",
    "sought",
    "vague_count",
    "conjunction_and",
    "conjunction_or",
    "harm_noun",
    "attempt_noun",
    "attempt_adjective",
    "blow_up_verb",
    "give_perfective",
    "result_postposition",
    "doer_participle",
    "not_person_name",
    "clause_word",
    "future_auxiliary",
    "past_perfect_auxiliary",
    "member_adjective",
    "affiliation_phrase",
    "feuding_side_noun",
    "hedge_adverb",
    "snatch_verb",
    "state_adjective",
    "force_body_feminine",
    "coalition_noun",
    "force_member",
    "force_member_oblique",
    "military_rank",
    "any_person_noun",
    "personnel_noun",
    "police_rank",
    "banned_word",
    "force_post_noun",
    "survived_phrase",
    "not_group_name",
    "not_community",
    "clan_noun",
    "tribe_noun",
    "not_clan_name",
    "compass_adjective",
    "span_determiner",
    "span_unit",
    "running_total",
    "vague_number",
    "tallied_event",
    "body_noun",
    "current_time",
    "city_area_noun",
    "proximity_noun",
    "handled_noun",
    "speaker_after",
    "group_descriptor",
    "group_noun",
    "named_group_adjective",
    "named_group_noun",
    "kin_pair",
    "toll_so_far_word",
    "control_noun",
    "speech_act_noun",
    "universal_quantifier",
    "person_noun",
    "filler",
    "toward",
    "direction_noun",
    "weapons_relative",
    "brought_verb",
    "police_station",
    "area_after",
    "region_noun",
    "strike_noun",
    "clause_cut",
    "additive",
    "part_of",
    "reaction_noun",
    "adverbial_postposition",
    "source_phrase",
    "attributed",
    "body_word",
    "in_custody_word",
    "questioning_purpose",
    "raid_noun",
    "score_unit",
    "found_verb",
    "some_other",
    "people_noun",
    "singular_an_noun",
    "not_one",
    "suffered_word",
    "died_infinitive",
    "victims_noun",
    "including",
    "caught_with_postposition",
    "instrumental_postposition",
    "crowd_of_people",
    "crowd_noun",
    "beating_word",
    "scene_word",
    "weapon_handling",
    "weapon_store",
    "weapon_compound_tail",
    "stored_substance",
    "weapon_compound_head",
    "targeted_verb",
    "war_vehicle",
    "vehicle_destroyed_verb",
    "carried_verb",
    "same_day_time",
    "settlement_noun",
    "station_area_after",
    "station_designation",
    "limits_after",
    "name_final_noun",
    "name_participle_ending",
    "name_genitive_joint",
    "numbered_place_noun",
    "letter_name",
    "adjoining_word",
    "surroundings_word",
    "road_adjective",
    "issued_participle",
    "any_determiner",
    "acting_unit_noun",
    "unknown_doer",
    "responsible_word",
    "deeming_verb",
    "closeness_predicate",
    "district_body",
    "place_name_suffix",
    "charge_predicate",
    "breakdown_relative",
    "told_event_relative",
    "clearance_noun",
    "war_noun",
    "attempted_charge",
    "violent_death_verb",
    "object_relative_pronoun",
    "responsibility_phrase",
    "active_participle",
    "seat_noun",
    "compass_noun",
    "occurrence_noun",
    "counted_events_noun",
    "ongoing_adverb",
    "based_participle",
    "court_case_noun",
    "demand_noun",
    "captive_noun",
    "abductor_noun",
    "release_noun",
    "arrested_participle",
    "held_participle",
    "held_participle_stop",
    "custody_adjective",
    "injured_opener",
    "claim_phrase",
    "account_marker",
    "accounts_joiner",
    "contrast_opener",
    "finite_auxiliary",
    "report_participle",
    "habitual_present_stop",
    "adverbial_participle",
    "device_found_verb",
    "ban_noun",
    "burst_verb",
    "accident_cause",
    "without_word",
    "display_noun",
    "deliberation_noun",
    "cause_postposition",
    "displaced_word",
    "foiling_word",
    "celebration_word",
    "civic_offence",
    "into_the_air",
    "happened_participle",
    "trend_noun",
    "rising_participle",
    "assailant_noun",
    "firearm_word",
    "abstract_victim",
    "abstract_case",
    "abstract_agent",
    "campaign_abstraction",
    "law_noun",
    "any_kind_noun",
    "rumour_word",
    "year_unit",
    "ago_word",
    "protested_event",
    "protest_body",
    "protesting",
    "struck_postposition",
    "protester_noun",
    "peaceful_word",
    "launcher_postposition",
    "same_kind",
    "calendar_period",
    "later_arrest",
    "charge_noun",
    "at_scene",
    "saturday_word",
    "after_postposition",
    "blast_noun",
    "laden_vehicle",
    "explosive_laden",
    "crowded_by",
    "driver_noun",
    "accused_title",
    "current_period",
    "seat_level_adjective",
    "ramming_verb",
    "crowd_entering_verb",
    "demonstration_word",
    "qualified_event_noun",
    "happening_participle",
    "claimed_for_event",
    "accused_noun",
    "court_body",
    "court_ruling",
    "commemoration_word",
    "observance_word",
    "statistics_source",
    "depiction_noun",
    "kind_noun",
    "since_begun",
    "drill_noun",
    "years_unit",
    "told_event_noun",
    "telling_verb",
    "aftermath_verb",
    "destroyed_word",
    "multitude_number",
    "long_stretch",
    "retaliation_opener",
    "plotter_noun",
    "modal_auxiliary",
    "completive_auxiliary",
    "attacker_of_event",
    "on_the_spot",
    "died_elsewhere",
    "blame_noun",
    "blame_put_verb",
    "feuding_group",
    "collision_noun",
    "vehicle_noun",
    "occupied_site",
    "melee_weapon",
    "gunfire_word",
    "short_stretch_unit",
    "quarrel_noun",
    "scuffle_noun",
    "onset_word",
    "went_on_word",
    "long_unit",
    "charge_laid",
    "held_responsible",
    "wound_noun",
    "blame_after_par",
    "blame_after_ko",
    "says_genitive",
    "said_verb",
    "anonymity_aside",
    "self_agent_pronoun",
    "own_possessor_pronoun",
    "own_fighter_noun",
    "claim_noun",
    "search_noun",
    "rescue_verb",
    "not_subject_gap",
    "site_part",
    "owned_event_noun",
    "plan_noun",
    "based_predicate",
    "report_from_word",
    "response_adjective",
    "among_injured",
    "died_verb",
    "toll_given_verb",
    "large_amount_adjective",
    "unmarked_plural",
    "age_sex_noun",
    "kin_noun",
    "relative_noun",
    "feminine_site_noun",
    "age_adjective",
    "police_case_noun",
    "case_filed_verb",
    "group_apposition",
    "group_apposition_second",
    "happened_verb",
    "reader_note",
    "earlier_time",
    "explosive_means",
    "damage_done",
    "place_plural_noun",
    "city_noun",
    "direction_adjective",
    "town_level_noun",
    "district_level_noun",
    "province_level_noun",
    "between_postposition",
    "both_sides_marker",
    "among_postposition",
    "campaign_word",
    "crowd_shelling_word",
    "police_noun",
    "rally_noun",
    "fought_with_noun",
    "suspicion_noun",
    "officials_noun",
    "area_noun",
    "one_of_kind_word",
    "later_adverb",
    "casualty_report_noun",
    "life_loss_phrase",
    "report_received_word",
    "harm_word",
    "suicide_word",
    "bomber_noun",
    "bombers_noun",
    "origin_gap_stop",
    "spokesman_noun",
    "press_office",
    "people_count_noun",
    "people_descriptor",
    "city_seat_noun",
    "day_unit",
    "anniversary_unit",
    "elapsed_verb",
    "source_genitive_noun",
    "injury_grade",
    "origin_noun",
    "community_from",
    "active_predicate_end",
    "based_predicate_end",
    "named_region_noun",
    "province_noun_after",
    "held_territory_word",
    "locality_noun",
    "count_multiplier",
    "more_than_phrase",
    "case_age_unit",
    "owner_unit_noun",
    "several_events_determiner",
    "attacker_last_word",
    "figure_reached_phrase",
    "slain_word",
    "compass_second_noun",
    "responsibility_head",
    "tie_noun",
    "small_count_word",
    "floor_phrase",
    "total_adjective",
    "risen_phrase",
    "whereby_link",
    "past_determiner",
    "this_determiner",
    "next_determiner",
    "past_tense_word",
    "perfect_participle",
    "present_auxiliary",
    "finite_verb_end",
    "future_tense_word",
    "year_postposition",
    "period_part",
    "period_ordinal",
    "month_genitive_word",
    "weekly_suffix",
    "year_word",
    "month_word",
    "week_word",
    "not_today_after",
    "outlet_after_today",
    "not_outlet_after",
    "newspaper_before_today",
    "night_word",
    "yesterday_word",
    "two_days_word",
    "qualifying_participle",
    "ago_unit",
    "few_ago_unit",
    "vague_ago_count",
    "plus_half_word",
    "vague_ago_unit",
    "plural_span_unit",
    "few_word",
    "recently_phrase",
    "while_phrase",
    "past_days_unit",
    "past_days_postposition",
    "range_connective",
    "from_place_postposition",
    "counted_held_marker",
    "friday_word",
    "office_remit_word",
    "stronghold_noun",
    "assault_converb",
    "assaulted_postposition",
    "store_noun",
    "goods_noun",
    "purpose_infinitive",
    "share_quantifier",
    "deaths_noun",
    "shelter_noun",
    "giving_verb",
    "armed_adjective",
    "party_worker_noun",
    "owner_noun",
    "name_honorific",
    "address_noun",
    "scene_source",
    "weapon_site",
    "recovery_noun",
    "coercion_noun",
    "spy_adjective",
    "drone_word",
    "taken_away_phrase",
    "topic_postposition",
    "petition_noun",
    "stance_noun",
    "dispute_noun",
    "fled_converb",
    "reach_verb",
    "stepped_up_adjective",
    "support_noun",
    "all_body_prefix",
    "member_alone",
    "gathering_site",
    "suspicion_adjective",
    "talks_noun",
    "event_plural_noun",
    "time_gap_word",
    "timestamp_word",
    "toll_subject_noun",
    "reaction_topic_noun",
    "capability_noun",
    "capable_infinitive",
    "coping_word",
    "preparation_noun",
    "civilian_noun",
    "militant_noun",
    "separate_adjective",
    "immediately_adverb",
    "stop_call_verb",
    "hoped_cease_verb",
    "officer_noun",
    "holding_adjective",
    "staff_noun",
    "residence_noun",
    "name_after_site",
    "quarter_noun",
    "desk_word",
    "byline_word",
    "photo_credit",
    "scene_progressive",
    "scene_stance",
    "state_predicate",
    "presence_predicate",
    "seized_object_break",
    "town_road",
    "contrast_conjunction",
    "tip_off_noun",
    "qualified_head_noun",
    "guard_duty",
    "retaliation_act",
    "verbal_attack_owner",
    "verbal_adjective",
    "award_noun",
    "award_verb",
    "march_participation_word",
    "short_time_unit",
    "told_back_noun",
    "none_determiner",
    "perfective_auxiliary",
    "decision_noun",
    "victim_participle",
    "played_object",
    "sport_player",
    "operation_facility",
    "surgery_word",
    "sea_noun",
    "fell_verb",
    "projectile_fell",
    "projectile_noun",
    "projectile_fall_verb",
    "escalation_noun",
    "repelled_attack",
    "repel_verb",
    "victim_killing_noun",
    "situated_postposition",
]
WordMatch = Literal["word", "start", "part"]
SpeakerRole = Literal[
    "source", "not_source", "no_speaker", "pronoun", "document", "anaphor", "indefinite", "filler", "boundary"
]


def _one_of(literal: Any) -> Any:
    """An attrs validator accepting the values of a ``Literal`` type (``None`` too if listed)."""
    values = tuple(
        None if arg is type(None) else v for arg in get_args(literal) for v in (get_args(arg) or (arg,))
    )
    return attrs.validators.in_(values)


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


_TERM_DOC = _doc("The word or phrase as written (matched after urdu_events.text.fold).")
_FORMS_DOC = _doc("Other written forms of the term (inflections, spellings).")


@attrs.frozen(kw_only=True)
class TriggerEntry:
    """A word or phrase that reports a conflict event (kind ``event_triggers``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    sub_event_type: SubEventType = attrs.field(
        metadata=_doc("The ACLED sub-event type the trigger suggests."),
    )
    kind: TriggerKind = attrs.field(
        default="attack",
        validator=_one_of(TriggerKind),
        metadata=_doc("The family of the event, which the typing and merging rules read."),
    )
    priority: int = attrs.field(
        default=50, metadata=_doc("Higher wins when an incident has several triggers.")
    )
    strength: Strength = attrs.field(
        default="strong",
        validator=_one_of(Strength),
        metadata=_doc(
            "strong: reports an event on its own; weak: only with casualties, a strong trigger "
            "or a named place and actor."
        ),
    )
    paradigm: str | None = attrs.field(
        default=None,
        metadata=_doc(
            "The name of a paradigm (lexicon kind paradigms) that inflects the last word of the term "
            "and of every form."
        ),
    )


def _trait(text: str) -> Any:
    """A yes-or-no column of the trigger-kind table, false unless the entry says so."""
    return attrs.field(default=False, metadata=_doc(text))


@attrs.frozen(kw_only=True)
class TriggerKindEntry:
    """What the incident reader's rules know of one trigger kind (kind ``trigger_kinds``):
    one row of a decision table whose columns are the properties the rules test.

    Every kind an ``event_triggers`` entry may name has one row; a column left out is false.
    """

    term: TriggerKind = attrs.field(
        validator=_one_of(TriggerKind), metadata=_doc("The trigger kind (see event_triggers' kind).")
    )
    family: Family | None = attrs.field(
        default=None,
        validator=_one_of(Family | None),
        metadata=_doc(
            "explosion or remote (air strikes and shelling): a later, higher-priority trigger of the "
            "same family refines the incident's type; absent for kinds of no family."
        ),
    )
    deliberate: bool = _trait(
        "No accident produces it (shots, clashes, strikes, abductions, a crowd's violence): an "
        "accident word in its clause does not cancel it."
    )
    accident_prone: bool = _trait(
        "An accident can produce it (a blast, a death, a fire): the kinds an article puts down "
        "to an accident are cancelled in the article's other clauses."
    )
    struck: bool = _trait(
        "A weak trigger of this kind reports an event when it names whom it struck and where "
        "('نیول بیس پر حملہ کیا گیا')."
    )
    fired: bool = _trait(
        "Fired toward a place ('X کی جانب راکٹ فائر کیے'): the place it was fired toward is where "
        "the event happened."
    )
    weapon: bool = _trait(
        "Its words name a weapon ('ڈرونز', 'میزائلوں'), which may also name a force ('روسی "
        "ڈرونز'): such a trigger inside an actor's name still reports the strike."
    )
    patient: bool = _trait(
        "A verbal noun whose genitive names the victim, not the doer ('X کا قتل', 'X کے اغوا')."
    )
    taken: bool = _trait(
        "People are taken away (abductions, arrests): the place they were taken from is still "
        "where the event happened."
    )
    generic: bool = _trait(
        "A later, higher-priority trigger of another kind (but not a follow_up) refines it: "
        "'حملہ' then 'فائرنگ'."
    )
    follow_up: bool = _trait(
        "What follows an event (a search operation, arrests, a protest): it does not retype the "
        "event, and the doers of a clause of only such triggers are not the event's perpetrators "
        "unless the incident is itself of such a kind."
    )
    typed_by_actors: bool = _trait(
        "An act whose ACLED type the actors or the fighting decide (shots, an attack, a killing, "
        "arson): an armed clash when the target fought back, an attack on civilians otherwise."
    )
    crowd: bool = _trait(
        "A demonstration, force against one, or what a crowd may do (damage): a protest against "
        "an act of violence of no such kind is an incident of its own."
    )
    weapon_types: bool = _trait(
        "An explosive weapon the incident names (a grenade, a planted bomb, a suicide jacket) "
        "gives its sub-event type: 'حملہ' with 'دستی بم' is a grenade attack."
    )
    damage_only: bool = _trait(
        "Damage to property (arson, looting): a later trigger of this kind does not refine an "
        "act of a generic kind that killed or injured people ('حملہ کر کے تین افراد کو ہلاک کر "
        "دیا ... مکانات کو آگ لگا دی' is an attack)."
    )
    by_protesters: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when protesters are among the perpetrators (after a weapon that "
            "types it); absent: the protesters change nothing."
        ),
    )
    by_rioters: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when rioters (a mob) are among the perpetrators of an act whose "
            "type the actors decide (typed_by_actors); absent: the rioters change nothing."
        ),
    )
    by_state: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when the state's forces are among the perpetrators; absent: the "
            "trigger's own type stands."
        ),
    )
    by_non_state: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when none of the perpetrators are the state's forces (or none are "
            "known); absent: the trigger's own type stands."
        ),
    )
    unless_civilians: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when no civilians are among the targets (an operation against "
            "militants is a clash); absent: the trigger's own type stands."
        ),
    )
    state_on_armed: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when both sides are armed and no civilians are targeted: the "
            "state's forces act on rebels, a militia or forces, or an armed group on another (an "
            "operation that kills militants is a clash); absent: the trigger's own type stands."
        ),
    )
    on_protesters: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc(
            "The sub-event type when the state's forces are among the perpetrators and the text "
            "says the people it names were protesting ('احتجاجی طلبہ پر فائرنگ') or names protesters "
            "at a protest among the targets ('مظاہرین کو حراست میں لے لیا'); absent: the "
            "trigger's own type stands."
        ),
    )
    note: str = attrs.field(default="", metadata=_doc("What the kind covers, for readers."))


@attrs.frozen(kw_only=True)
class WeaponEntry:
    """An instrument of violence (kind ``weapons``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    sub_event_type: SubEventType | None = attrs.field(
        default=None,
        metadata=_doc("The ACLED sub-event type the weapon implies when no trigger is more specific."),
    )


@attrs.frozen(kw_only=True)
class ActorEntry:
    """A group, force or kind of person (kind ``actors``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    actor_type: ActorType | None = attrs.field(default=None, metadata=_doc("The ACLED actor type."))
    role: ActorRole | None = attrs.field(
        default=None,
        validator=_one_of(ActorRole | None),
        metadata=_doc(
            "perpetrator or target when the actor almost always plays that part; "
            "absent when the sentence decides."
        ),
    )
    unnamed: bool = attrs.field(
        default=False, metadata=_doc("Unnamed attackers, such as نامعلوم مسلح افراد.")
    )
    security: bool = attrs.field(
        default=False,
        metadata=_doc("State security forces (tells armed clashes from attacks on civilians)."),
    )
    site: bool = attrs.field(
        default=False,
        metadata=_doc("A building or place attacked, which gives way to its owner in 'X کے گھر پر'."),
    )
    titled: bool = attrs.field(
        default=False,
        metadata=_doc("A title that a personal name may follow ('ملزم X'): the name joins the actor."),
    )
    english: str | None = attrs.field(default=None, metadata=_doc("The actor's name in English."))


@attrs.frozen(kw_only=True)
class CasualtyEntry:
    """A word that reports people killed or injured, or a phrase ruling casualties out."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    outcome: Outcome = attrs.field(
        validator=_one_of(Outcome),
        metadata=_doc(
            "killed, injured, none ('no loss of life': 0 killed and 0 injured), no_deaths "
            "('nobody was killed': 0 killed, nothing said of the injured) or one "
            "(a noun naming one person, which counts one victim when no number is given)."
        ),
    )
    word_classes: tuple[WordClassName, ...] = attrs.field(
        default=(),
        metadata=_doc(
            "Word classes of the word_classes lexicon whose words are forms of the entry too, "
            "so that a word listed once there is known here ('kin_noun': the kin words, each "
            "one victim)."
        ),
    )


@attrs.frozen(kw_only=True)
class MarkerEntry:
    """A context word that changes how a trigger is read (kind ``incident_markers``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    marker: Marker = attrs.field(
        validator=_one_of(Marker),
        metadata=_doc(
            "accident, threat, aggregate (tallies), background (a recalled event), reaction, "
            "skip (links and page furniture), negation, recovered (weapons seized), exercise "
            "(weapons tests, drills, parades) or figurative (a disease's or a team's attack)."
        ),
    )


@attrs.frozen(kw_only=True)
class ResponsibilityEntry:
    """A phrase that claims, disclaims or denies responsibility (kind ``responsibility_phrases``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    status: ResponsibilityStatus = attrs.field(metadata=_doc("claimed, unclaimed or denied."))
    needs: tuple[Term, ...] = attrs.field(
        default=(),
        metadata=_doc("Words one of which must follow later in the same clause ('قبول')."),
    )


@attrs.frozen(kw_only=True)
class PlaceCueEntry:
    """A word that introduces a place name the gazetteer may not know (kind ``place_cues``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    forms: tuple[Term, ...] = attrs.field(default=(), metadata=_FORMS_DOC)
    position: Position = attrs.field(
        default="before",
        validator=_one_of(Position),
        metadata=_doc(
            "before: the name follows the cue ('ضلع X'); after: the name precedes it; near: the name "
            "precedes a word for 'near' ('X کے قریب') and must be no common word; both: a wider "
            "place precedes and the named place follows; site: a kind of building the name goes with."
        ),
    )
    level: Level = attrs.field(
        default="town",
        validator=_one_of(Level),
        metadata=_doc("How specific the place named is: site, town, district or province."),
    )


@attrs.frozen(kw_only=True)
class ClaimCueEntry:
    """A reporting cue, or a word the cue grammar needs (kind ``claim_cues``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    role: CueRole = attrs.field(
        default="cue",
        validator=_one_of(CueRole),
        metadata=_doc(
            "cue (a reporting word), light_verb (verbs and auxiliaries skipped after a cue), "
            "passive (a following passive auxiliary), attack_noun (a word naming an attack) or "
            "manner (a manner phrase between a cue's object and the cue: شدید, سخت الفاظ میں) or "
            "frame (a noun whose expression frames what follows and is no claim: ردعمل) or "
            "medium (a noun naming where a statement was made: 'X نے ایک بیان میں حملے کی مذمت کی' "
            "reads the content after its میں) or channel (a means a statement was sent by, read with "
            "پر or میں: 'X نے فون پر حملے کی ذمہ داری قبول کی' reads the content after its پر) or "
            "feeling (a word naming a feeling or its depth: in 'X نے واقعے پر گہرے دکھ کا اظہار کیا' "
            "the content is what comes before the پر)."
        ),
    )
    kind: ClaimKind = attrs.field(default=ClaimKind.STATEMENT, metadata=_doc("The claim kind of a cue."))
    attach: Attach = attrs.field(
        default="agent",
        validator=_one_of(Attach),
        metadata=_doc(
            "Where the speaker is: agent (before نے, a 'کی جانب سے' phrase, or nobody for a passive), "
            "genitive (the phrase before a term starting with کا/کی/کے), report (no speaker; the "
            "phrase before is the content), none (no speaker; a کہ-clause or quote must follow), "
            "following (the speaker follows the term and a comma ends it: 'بقول ترجمان، ...') or "
            "subject (the phrase before the term, a subject with no نے, speaks, and a کہ-clause, quote "
            "or colon must follow: 'X کہتے ہیں کہ ...')."
        ),
    )
    light: bool = attrs.field(
        default=False, metadata=_doc("A noun that counts as a cue only before a light verb (تصدیق کی).")
    )
    object: bool = attrs.field(
        default=False,
        metadata=_doc("The words between نے and the cue are the content when no کہ-clause follows."),
    )
    requires: tuple[Term, ...] = attrs.field(
        default=(), metadata=_doc("Phrases the content must contain for the cue to count.")
    )
    attack_kind: ClaimKind | None = attrs.field(
        default=None, metadata=_doc("The kind used instead when the cue's object names an attack.")
    )
    ko_object: bool = attrs.field(
        default=False,
        metadata=_doc("The cue's object may be marked by کو (الزامات کو مسترد کیا), not only an addressee."),
    )


@attrs.frozen(kw_only=True)
class SpeakerEntry:
    """A word that describes the source of a claim (kind ``speakers``)."""

    term: Term = attrs.field(metadata=_TERM_DOC)
    role: SpeakerRole = attrs.field(
        default="source",
        validator=_one_of(SpeakerRole),
        metadata=_doc(
            "source, not_source (stock phrases), no_speaker (agentless reports), pronoun, document, "
            "anaphor, indefinite, filler or boundary."
        ),
    )
    anonymous: bool = attrs.field(
        default=False, metadata=_doc("A source word that makes a speaker anonymous.")
    )
    type: ActorType | None = attrs.field(default=None, metadata=_doc("The ACLED actor type of a source."))


@attrs.frozen(kw_only=True)
class ParadigmEntry:
    """An inflection paradigm (kind ``paradigms``) that other entries name."""

    term: Term = attrs.field(metadata=_doc("The paradigm's name, which entries give as their paradigm."))
    strip: int = attrs.field(
        default=0,
        validator=attrs.validators.ge(0),
        metadata=_doc("How many final letters the last word loses before an ending is added."),
    )
    endings: tuple[Term, ...] = attrs.field(metadata=_doc("The endings, each making one inflected form."))
    example: str = attrs.field(default="", metadata=_doc("A stem and its forms, for readers."))


@attrs.frozen(kw_only=True)
class WordClassEntry:
    """Words of one grammatical or stylistic class that the readers' rules use (kind ``word_classes``).

    Several entries may name the same class when they read their words differently (another
    ``match`` or ``paradigm``); their words add up. Two entries alike for one class are an error.
    """

    term: WordClassName = attrs.field(
        validator=_one_of(WordClassName),
        metadata=_doc(
            "The class: for the claim reader, genitive (کا, کی, کے), agent_postposition (کی جانب "
            "سے: marks an agent as نے does), negation (a negated cue makes no claim), "
            "relative_participle (والا after an infinitive: 'کرنے والی تنظیم X'), issue_participle "
            "(between an issuer and a document noun: 'X سے جاری کردہ بیان'), adverbial_end (ends an "
            "adverbial clause before an object: بعد), converb_participle (with ہوئے ends a converb "
            "clause: کرتے), clause_finite_word (a finite verb: ہے, تھا, گیا; a far نے is a cue's "
            "agent only when none stands between), imperfective_auxiliary (a verb whose subject "
            "takes no نے: رہے, گا), "
            "demonstrative (starts a new noun phrase), copula (may follow a genitive noun cue: ہے, "
            "تھا), joined_auxiliary (written together with the verb before it: کہاہے), "
            "clause_conjunction (starts a new clause: جبکہ), relative_pronoun (opens an "
            "appositive clause: جو), report_clause_opener (opens the clause of a report whose "
            "cue follows it: جہاں, تاہم) or byline_word (with desk_word, the words of a dateline's "
            "byline: 'پشاور (نمائندہ خصوصی)', 'کوئٹہ (آن لائن)'; a speaker starts after it) or naming_object "
            "(an object before the subject of 'کہتے ہیں' that makes it 'call X Y': کو, اسے) or "
            "subject_pronoun (a pronoun that is the whole subject of 'کہتے ہیں': وہ); for the "
            "incident reader, "
            "non_person_unit (what a number counts that is not people: years, hours, "
            "rupees), event_count (what a number counts that is an event: attacks, times), "
            "political_suspect (words that make an arrest political), ordinary_crime (words that "
            "make it ordinary crime), turn (words opening a sentence that turns to another front), "
            "reporting_verb (words that report speech), scattered_places (what follows 'X کے' to say "
            "'various parts of X'); for places: place_name_boundary (ends a place name read next to "
            "a cue), area_adjective (describes an area, starts no name), not_site_name (no part of "
            "a site's name), site_name_particle (a particle that ends the words before a site "
            "noun), place_quantifier (makes the place noun after it generic), governs_mein "
            "(takes the 'میں' before it as its complement), site_name_part (a common noun a site's "
            "name may hold after a proper word), road_namesake_site (a site noun that names the "
            "road noun after it), roadside_site (a site on a road named right after it), "
            "route_start (after a place and 'سے', the start of a march's route), "
            "march_set_off (after a place and 'سے', a rally taken out from there), "
            "urban_part (a part of a city: what it names lies "
            "in the dateline's city), border_line (a noun of a border's name: an event on the "
            "border keeps the dateline's town), "
            "later_ordinal (دوسرا, تیسرا before an event word: the next of "
            "several events), not_where_after (after a place: it is an origin, a destination or a "
            "state acting, not where it happened), cause_after (after a place: what a protest is "
            "for or against), answer_postposition (after a place and an event noun: the event "
            "answered, which happened there), denial_phrase (what follows it is denied: its event "
            "word names the event told), occasion_postposition (after a reaction word: the "
            "occasion at which the event told after happened), force_after_place (after a place: a "
            "force or body it names) or "
            "force_building (after such a force: its building, which is a place) or speech_noun "
            "(nouns and words that, besides reporting verbs, tell that someone speaks: تصدیق, مطابق) "
            "or same_place "
            "('اسی علاقے', 'اسی اڈے': the place of the event told before) or this_event ('یہ', "
            "'اس' right before an event word: the event just told) or count_adjective (may stand "
            "between a count of events and the event word: 'دو مختلف حملوں') or tally_time (a "
            "stretch of time or habit that makes 'کئی حملے' a tally: 'رواں سال', 'آئے روز') or "
            "another_event (words opening a sentence about another event: 'ایک اور واقعے میں') or "
            "attacker_noun (the first word of a counted noun naming attackers: 'دہشت گرد'); for "
            "the place filters, funeral (a burial: 'سپرد خاک'), distance_unit (after 'X سے' and a "
            "number: 'کلومیٹر'), statement_noun (what was said at a place: 'پریس کانفرنس'), "
            "transfer_site and transfer_verb (where the dead were taken: 'اسپتال منتقل'), hospital "
            "and hospital_arrival ('X کے ہسپتال لایا گیا'), bound_for (where someone was headed: "
            "'جانے والی'); for the role reader, owned_site (a site noun compounded with its owner: "
            "'X کیمپ پر'), sought (after a genitive: 'کی تلاش'), vague_count (counts people like a "
            "number: 'کئی'); conjunction_and and conjunction_or ('ہلاک و زخمی', 'جمعرات اور جمعے'); "
            "for the event filters, harm_noun (with کرنا, a verb of killing: 'قتل کرنے'), "
            "attempt_noun and attempt_adjective ('کی ناکام کوشش'), blow_up_verb and "
            "give_perfective ('اڑا دیا'), result_postposition (what follows was the event's result: "
            "'کے نتیجے میں') or doer_participle (the doers named: 'حملہ کرنے والے'); for names and "
            "clauses, not_person_name (never part of a name after a title), clause_word (makes a "
            "stretch a clause: 'میں', 'ہے'), future_auxiliary ('گا', 'کرینگے') and "
            "past_perfect_auxiliary ('تھا', 'چکے'); for forces and groups, member_adjective ('X کے دو "
            "سینئر رہنما'), force_body_feminine ('X کی فورسز'), force_member ('X کا سپاہی'), "
            "force_member_oblique ('X کے جوانوں'), military_rank ('کرنل') and state_adjective (a "
            "country's adjective before an event noun: 'روسی میزائل حملے'); for tolls, "
            "any_person_noun ('افراد': may include later counts) and personnel_noun ('اہلکار'); "
            "not_group_name (ends a group's name before نامی), not_community (before برادری, no "
            "community: 'عالمی'), clan_noun ('X گینگ', 'X قبیلے': a named gang or tribe), "
            "not_clan_name (before it, no name: 'مخالف') and compass_adjective ('شمالی'); for "
            "tallies and background, "
            "span_determiner and span_unit ('گزشتہ تین دنوں'), running_total ('اب تک'), vague_number "
            "('سینکڑوں'), tallied_event (a counted event noun: 'حمل'), body_noun ('لاش'), current_time "
            "('رواں ماہ') and city_area_noun "
            "('شہر کے علاقے X'); for roles and counts, proximity_noun ('کے قریب'), handled_noun "
            "('کی تحقیقات'), speaker_after ('X کا کہنا'), group_descriptor and group_noun ('عسکری "
            "تنظیم'), named_group_adjective and named_group_noun ('X نامی گروپ'), kin_noun (the "
            "kin words, one relative each: 'بیٹا', 'شوہر'), kin_pair ('باپ بیٹا'), relative_noun "
            "and age_adjective ('اس کا آٹھ سالہ بیٹا'), feminine_site_noun ('X کے "
            "مسجد پر ... حملے'), control_noun ('زیر "
            "کنٹرول'), speech_act_noun ('تصدیق X کی جانب سے'), "
            "universal_quantifier ('تمام'), person_noun ('شخص'), filler ('موقع پر') and toward "
            "('کی جانب'); for the place finder, brought_verb ('اسپتال منتقل'), police_station and "
            "area_after ('تھانہ X کی حدود'), region_noun ('X کے شمالی علاقے') and strike_noun ('X پر "
            "میزائل'); for clauses and figures, clause_cut ('جبکہ': cuts a sentence), additive "
            "('بھی'), part_of ('میں سے'), reaction_noun ('مذمت'), adverbial_postposition ('حملے "
            "میں'), source_phrase ('X کے مطابق'), attributed ('X ملوث'), body_word and found_verb "
            "('لاشیں برآمد'), some_other and people_noun ('دیگر افراد') and not_one (more than one "
            "person: 'سمیت'); suffered_word, died_infinitive and victims_noun ('جاں بحق ہونے "
            "والوں میں', 'زخمیوں میں'), including ('X سمیت 4 افراد') and scene_word ('موقع سے "
            "فرار'); for weapons, weapon_handling (stems: a weapon seized, supplied, made, "
            "traded or planned: 'قبضے میں', 'فروخت', 'منصوبہ بندی'), weapon_store (stems: a "
            "store of weapons, 'اسلحے کا "
            "گودام'), weapon_compound_tail ('بم ڈسپوزل اسکواڈ': a weapon word that begins the name "
            "of something else), targeted_verb ('طیارے کو ... نشانہ بنایا': a weapon word that was "
            "the target), war_vehicle and vehicle_destroyed_verb ('4 ٹینک تباہ ہو گئے': a "
            "vehicle destroyed or shot down, struck, not used) and carried_verb ('کے ذریعے ... منتقل')."
        ),
    )
    match: WordMatch = attrs.field(
        default="word",
        validator=_one_of(WordMatch),
        metadata=_doc(
            "How a word matches: word (a whole word), start (the start of a word: a stem such as "
            "حمل for حملہ, حملے, حملوں) or part (anywhere inside a word)."
        ),
    )
    words: tuple[Term, ...] = attrs.field(metadata=_doc("The words, as the normalized text has them."))
    paradigm: str | None = attrs.field(
        default=None,
        metadata=_doc(
            "The name of a paradigm (lexicon kind paradigms) that inflects the last word of every "
            "word: 'جانے والا' with adjective-a is also 'جانے والی', 'جانے والے'."
        ),
    )
    unless: tuple[Term, ...] = attrs.field(
        default=(),
        metadata=_doc("Words or phrases that start like one of the words but are not of the class."),
    )
    note: str = attrs.field(default="", metadata=_doc("Why the class holds these words, for readers."))


#: The entry class of every lexicon kind that has a schema.
ENTRY_TYPES: Mapping[str, type[Any]] = {
    "actors": ActorEntry,
    "casualty_terms": CasualtyEntry,
    "claim_cues": ClaimCueEntry,
    "event_triggers": TriggerEntry,
    "trigger_kinds": TriggerKindEntry,
    "incident_markers": MarkerEntry,
    "paradigms": ParadigmEntry,
    "place_cues": PlaceCueEntry,
    "responsibility_phrases": ResponsibilityEntry,
    "speakers": SpeakerEntry,
    "weapons": WeaponEntry,
    "word_classes": WordClassEntry,
}

#: Any typed lexicon entry.
LexiconEntry: TypeAlias = (
    ActorEntry
    | CasualtyEntry
    | ClaimCueEntry
    | MarkerEntry
    | ParadigmEntry
    | PlaceCueEntry
    | ResponsibilityEntry
    | SpeakerEntry
    | TriggerEntry
    | TriggerKindEntry
    | WeaponEntry
    | WordClassEntry
)
