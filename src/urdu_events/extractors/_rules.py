"""Named rules of the incident reader, each of which can be switched off.

Every rule here is a general statement about Urdu grammar or news style; its id is
the id its rule cards use in ``tests/data/rules/`` (the file is the part before the
first dot). :class:`~urdu_events.extractors.IncidentExtractor` takes
``disable=`` to switch rules off, which is how ``scripts/ablation.py`` measures what
each contributes. Rule sites call :func:`on`; the switch lives in a context variable
set for the length of one extraction, so extractors in other threads are unaffected.
:func:`consulted` records which rules a reading asks :func:`on` about: a rule it never
asks about cannot change its output.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator

__all__ = ["READINGS", "RULES", "consulted", "on", "switched_off"]

#: Rule id -> the general statement it implements.
RULES: dict[str, str] = {
    "roles.ergative-agent": "An actor marked with نے is the doer of the event, even after a number.",
    "roles.genitive-agent-before-party": 'In "X کی Y پر فائرنگ" with Y a party, X did it (not Y\'s owner).',
    "roles.genitive-agent-before-place": (
        'In "X کی Y پر بمباری" with Y a place, X did it: a place owns no target.'
    ),
    "roles.owner-of-site": (
        'In "X کے کمانڈ سینٹر کو نشانہ بنایا" the genitive heads a site, which X owns, so X is '
        'the target; only a named place before the case marker ("X کی لبنان پر بمباری") makes X the doer.'
    ),
    "names.office-remit": (
        'A group named right after "وزارت" or "برائے" ("وزارت خواتین کے دفتر", "کمیشن برائے '
        'پناہ گزین") is the remit of a ministry or body, part of its name: no party to the event.'
    ),
    "names.title-place-then-name": (
        "The place an office title serves may stand between the title and the personal name "
        '("ڈپٹی کمشنر چترال X Y نے بتایا"): the name after the place is still the officer\'s.'
    ),
    "roles.speaker-no-victim": (
        'Who the sentence makes a speaker ("ڈپٹی کمشنر X نے بتایا کہ ... نو افراد ہلاک ہوئے") '
        "tells the toll and is not its subject: a title before a personal name and the speech verb "
        "is no victim."
    ),
    "roles.reporting-subject": (
        'Who expresses grief or anger at an event ("X نے ... پر غم و غصے کا اظہار کیا") or '
        "condemns it only speaks of it; it did not act."
    ),
    "roles.group-by-members": (
        'A group named with its members ("داعش کے جنگجوؤں کے خلاف") takes the role the case '
        "marker after the members gives."
    ),
    "roles.counted-qualified": (
        "In a counted list of people, one word may stand between the next count and the next actor "
        '("دو امریکی فوجی اور چار افغان شہری ہلاک"): a qualifier the name leaves out does not break the '
        "list, and the first shares the role of the last."
    ),
    "roles.coordinated-kin": (
        'In "X اور اس کے Y کو" X shares the role of Y, the kin or companion named after it.'
    ),
    "roles.coordinated-kin-counted": (
        'In "X اور اس کے دو بیٹوں کو" X shares the role of the kin or companions counted after it.'
    ),
    "roles.owner-of-destroyed": (
        'The actor whose possession is said to be destroyed ("باغیوں کے تین ٹھکانے تباہ ہو گئے", "X کا '
        'گھر منہدم ہو گیا") was struck: it is the target.'
    ),
    "roles.including": (
        'In "X سمیت 4 افراد کو قتل" X is one of the victims: it shares the object\'s case marker.'
    ),
    "roles.person-named-nami": (
        'A person the text names with "نامی" ("اکرم نامی شخص", "یاسر نامی ملزم") is an actor '
        "by that name, with the role the phrase takes."
    ),
    "roles.attributive-agent": (
        'A group or force right before an event noun it qualifies ("اسرائیلی بمباری", "طالبان حملے") '
        "carried the event out."
    ),
    "roles.generic-force-named": (
        'Generic forces ("سیکیورٹی فورسز") beside a force the incident names in the same role '
        '("بھارتی فوج") are that force, and personnel ("اہلکار") beside a force are its members: '
        "each is listed once."
    ),
    "roles.arrest-frame": (
        'In a report of an attack, who arrests ("X نے ... گرفتار کیا") took no part in it, and '
        'an attacker arrested ("ملزمان کو حراست میں لیا") is its suspected perpetrator.'
    ),
    "roles.party-default-in-protests": (
        "A party's or crowd's usual part, the doer, holds in protests and riots only; elsewhere "
        "the sentence must give it a role."
    ),
    "roles.owner-of-place": (
        'In "X کے جلسے میں دھماکا" the genitive\'s head is a place, not the event noun: X did not do it.'
    ),
    "roles.event-as-object": (
        'An event noun the agent\'s verb takes as object ("X نے اس حملے کو دہشت گردی قرار دیا") is '
        "not the agent's doing."
    ),
    "names.shared-force-head": (
        'Two countries\' adjectives sharing one force noun ("پاکستانی اور افغان فورسز", "بھارتی اور '
        'پاکستانی افواج") name two forces: the first adjective is a force of its own.'
    ),
    "names.descriptor-before-name": (
        "An unnamed description of an armed group right before the group's own name (\"شدت پسند "
        'تنظیم دولت اسلامیہ", "مسلح گروپ الشباب") gives way to the name: the name alone is the actor.'
    ),
    "names.force-word-before-group": (
        "A one-word force noun or adjective right before the name of an armed group that is no "
        "state's (\"نیم فوجی ریپڈ سپورٹ فورسز\") describes the group: the group's name alone is the actor."
    ),
    "names.label-over-name": (
        'An office title before a personal name ("وزیراعظم X Y") names the actor: the label, not '
        "the person's name."
    ),
    "roles.relative-clause": (
        'Who a relative clause before the event names ("44 ہزار فلسطینیوں کو شہید کرنیوالے '
        'وزیراعظم پر حملہ") took part in the deed it describes, not in the event.'
    ),
    "roles.relative-within-its-clause": (
        'A participial relative ("کاشت کاری کرنے والے کسانوں") describes only what follows the last '
        'relative pronoun before it ("... گاؤں پر بمباری کی جس میں کاشت کاری کرنے والے"): the main '
        "clause before the pronoun keeps its event words, actors, places and figures."
    ),
    "roles.against": 'In "X کے خلاف" + an event noun, X is what the event was aimed at.',
    "roles.adverbial-event-noun": 'An event noun inside an adverbial ("حملے میں") is not what the agent did.',
    "roles.transitive-casualty": 'The agent of "X نے ... ہلاک کر دیا" killed them.',
    "roles.title-named-later": 'A title named later ("ملزم ... ملزم جمیل نے") is the same person.',
    "roles.named-with-nami": 'A group the text names with "نامی" is an actor.',
    "counts.counted-events-apart": (
        'Events counted in a clause that names their place ("X پر دو خودکش دھماکوں میں ...") are not the '
        "incidents told after it on days they do not share: their toll stays theirs, one incident there."
    ),
    "counts.protesters-no-events": (
        'A number before a word for protesters ("15 مظاہرین زخمی ہو گئے") counts people, not events: '
        "the clause's figures are no totals of several incidents."
    ),
    "counts.listed-people": "People named one by one in a list add to the count.",
    "counts.distributive": (
        'A number said twice ("تین تین افراد", "دو دو") is a distributive numeral: that many at each '
        "of the places the clause names, not a total shared among them."
    ),
    "counts.besides-adds": '"کے علاوہ" adds one count to another.',
    "counts.bomber-in-toll": (
        'A suicide bomber whose death is reported apart from the toll ("خود کو دھماکے سے اڑا لیا") '
        "is counted among the killed."
    ),
    "counts.bomber-slain-participle": (
        'A suicide bomber named with his death as a participle before him ("دھماکے میں ہلاک ہونے والے '
        'خودکش بمبار کی تصویر جاری") is reported dead apart from the toll and is counted among the killed.'
    ),
    "counts.someone-escaped": (
        '"X محفوظ رہے" says X escaped, not that nobody was hurt, unless X is everyone ("تمام", "سب").'
    ),
    "counts.events-are-not-people": (
        'A number counting attacks, times or statements ("ایک حملے میں", "ایک بیان میں") counts no people.'
    ),
    "counts.subject-at-clause-head": (
        "The subject of an intransitive casualty verb may stand at the head of its clause, before "
        'the place and adverbials ("سات مزدور ضلع گھوٹکی میں ایک دھماکے میں جاں بحق ہو گئے"): '
        "its count is the toll."
    ),
    "counts.toll-statement": (
        'A toll stated as a number ("زخمی ہونے والوں کی تعداد 15 ہے", "ہلاکتوں کی تعداد بڑھ کر 5 ہو '
        'گئی") counts all the dead or injured of the event just told.'
    ),
    "counts.among-the-casualties": (
        'The people a report lists among the dead or injured ("ہلاک ہونے والوں میں تین بچے اور دو '
        'خواتین شامل ہیں") are at least as many as the list counts, when it counts them with '
        "numbers; a plural casualty noun "
        '("زخمیوں کو ہسپتال منتقل کیا گیا") names the casualties again and counts nobody new.'
    ),
    "counts.participle-before-count": (
        'A number right after a casualty participle ("زخمی ہونے والے 9 افراد", "جاں بحق ہونے والے '
        'تین اہلکاروں") counts the casualties.'
    ),
    "counts.one-casualty-as-owner": (
        'One casualty a participle counts that owns what follows it ("حملے میں شہید ہونے والے ایک '
        'سپاہی کے بھائی نے کہا", "زخمی ہونے والے ایک شخص کی والدہ") is one of them, picked out to speak '
        'of his kin or his things: the "one" is no toll.'
    ),
    "counts.bodies": (
        'Bodies count the dead whose bodies they are ("دو افراد کی تشدد زدہ لاشیں": two); a body '
        '("لاش") with no number is one dead.'
    ),
    "counts.kin-joined": (
        'A count joined to another by "اور اس کے" ("ایک خاتون اور اس کے دو بچے") adds to it.'
    ),
    "counts.object-before-manner": (
        'A singular object ("X کو") of a transitive casualty verb is one person also when how it was '
        'done stands between ("اہلکار کو فائرنگ کر کے شہید کر دیا").'
    ),
    "counts.both-sides": (
        'Two tolls of one outcome joined by "اور" count different people and add up ("چار دہشت گرد '
        'ہلاک اور دو جوان شہید ہوئے": six).'
    ),
    "counts.both-sides-restated": (
        'A toll of either side told after two tolls of one outcome joined by "اور" ("ایک حملہ آور ہلاک '
        "اور دو اہلکار شہید ... جوابی فائرنگ میں ایک حملہ آور مارا گیا جبکہ دو اہلکاروں نے جام شہادت نوش "
        'کیا") tells again the dead of a side counted already, not more: it adds nobody.'
    ),
    "counts.kin-pair": (
        'A pair of relatives named together ("باپ بیٹا", "ماں بیٹی", "میاں بیوی") is two people.'
    ),
    "counts.bare-plural-at-least-two": (
        'People counted by a plural noun alone ("دیگر افراد") are at least two.'
    ),
    "names.one-noun-once": (
        'The forms of one noun ("طیارے", "طیاروں") name one weapon or actor, listed once.'
    ),
    "sentences.and-after-conjunction": (
        'An "اور" opens the locative of another place only where an event word stands before it in '
        'its own clause: after a clause conjunction ("... جبکہ بہاولپور اور ساہیوال میں ریلیاں نکالی '
        'گئیں") the "اور" between two places joins a list of places of the clause after it.'
    ),
    "sentences.break-before-participle": (
        "A single line break cannot end a sentence before a participle that continues a verb phrase "
        '("زخمی⏎ہوئے", "ہونے⏎والے", "جا⏎چکے"), nor between a number or a noun of people and what '
        'befell them ("دو⏎زخمی", "افراد⏎ہلاک"): it is a space.'
    ),
    "sentences.stray-line-break": (
        "A single line break inside a sentence is a space even in a text not wrapped as a whole: "
        'after a word that never ends a sentence ("نے", "کے", "اور"), before one that never starts one '
        '("کو", "ہے", "گیا"), or between a number and the people it counts ("پانچ⏎افراد"); '
        "not after sentence-final punctuation, at a blank line or before a list item, nor after or "
        'before a link line (one opening with a link label, "مزید پڑھیں: ..."), whose headline may '
        "end in a postposition."
    ),
    "sentences.glued-function-word": (
        'A turn word or case postposition that ends in a letter not joining the next one ("ادھر", '
        '"پر", "کو"), run into a word of the word list\'s 5,000 commonest or a curated place name '
        '("ادھرسانگھڑ", "پرجاں بحق", "کوہسپتال"), is its own word even in a text that writes its other '
        'spaces; a word of the list or a gazetteer name that merely starts so ("کوہاٹ", "پرامن") and a '
        'verb or particle after a name ("کالیا") stay whole. Conjunctions ("اور") and the genitive '
        '("کا") are not read so: they begin too many names and lists.'
    ),
    "sentences.wrapped-paragraph-ends": (
        "A text wrapped at a fixed width whose paragraphs are separated by single line breaks is "
        "wrapped though half its lines end a sentence: the last lines of its paragraphs are short; "
        "only lines nearly as long as the wrapped ones count against it, and none runs far past them."
    ),
    "segments.arrests-by-place": (
        'A breakdown by place of those held in an arrest ("گرفتار افراد میں کوئٹہ سے 4، سبی سے 3 اور '
        'خضدار سے 2 شامل ہیں", "کراچی سے ایک کالعدم گروہ کے تین، حیدرآباد سے دو جبکہ ..."): two or '
        'more places in a row, each with "سے" and a number, that add up to the count of those '
        "held the report gives, tells an arrest at each of those places: one incident per place."
    ),
    "segments.held-count-before-place": (
        'A breakdown by place of those held told number first ("گرفتار افراد میں سے 3 کو لاہور، 2 کو '
        'ملتان اور 2 کو ساہیوال سے گرفتار کیا گیا"): two or more places in a row, each right after a '
        'number and "کو", the last with "سے", whose numbers add up to the count of those held the '
        "report gives, tells an arrest at each of those places, as segments.arrests-by-place does."
    ),
    "segments.lead-told-when-where": (
        "The sentence right after an undated lead that gives its own recent day for an event of "
        "the lead's kind, at a place inside or beside the lead's town (\"ضلع مردان میں نصب بم "
        'پھٹنے سے تین سپاہی زخمی ہو گئے۔ حکام کے مطابق دھماکہ جمعرات کی شام کاٹلنگ میں ہوا"), '
        'with no casualty figure of its own and no "بھی" or "مزید", tells when and where the '
        "lead's event happened, even in a past tense that would read as recalled: it joins it."
    ),
    "segments.detail-retells-lead": (
        "A lead that names its event only by reference, its first event word followed by a "
        'participle ("... سے اغوا کیے گئے بچے کو بازیاب کرا لیا") or by the responsibility claimed '
        'for it ("دھماکے کی ذمہ داری ... نے قبول کر لی"), with no day and as the article\'s only '
        "incident so far, is the event that a clause within two sentences tells with a day: an "
        "event of its kind (or the firing of its clash), at its places, places inside or beside them, "
        "a village or a place the gazetteer does not know, with a figure equal to the lead's, no "
        "figure at all, or (the lead giving none) at a place finer than the dateline's that both "
        'name, and no turn, ordinal, "another", "بھی" or "مزید"; even recalled, it joins the lead '
        "and gives it its day."
    ),
    "segments.borrowed-day-retold": (
        "An incident whose day was lent by another clause of its sentence (a lead that dates one "
        'event and adds another: "خارکیف پر پیر کی رات میزائل حملے کیے، جبکہ کرسک میں دو شہری '
        'ہلاک") and that a later clause tells again at its town, with an event of its kind and a '
        "toll that agrees, on a day of its own, is that one incident on the later clause's day."
    ),
    "counts.weapons-launched": (
        'A number before a launch headed by a weapon word with no event noun ("دو میزائل داغے", '
        '"چار راکٹ فائر کیے") counts the weapons of one strike, not strikes: the clause\'s figures '
        "are no total of several incidents."
    ),
    "segments.turn-place-before-event": (
        "In a clause that turns to another front, the places named before its event word say where "
        'it happened; a place named after it, such as a town it affected ("ادھر ضلع کچھی میں ... '
        'دھماکے سے ریلوے پل اڑا دیا جس سے سبی سمیت کئی اسٹیشنوں پر ٹرینیں رک گئیں"), does not make '
        "it an incident told before at that town."
    ),
    "segments.another-front": (
        'A sentence that opens by turning to another front ("دوسری جانب", "ادھر", "ایک اور واقعے میں") '
        "reports another incident, unless it is the same kind of event at the very same place."
    ),
    "segments.front-tells-lead-share": (
        'A turn to another front at one of the places a summary named together ("A اور B میں چار '
        "افراد ہلاک ... ادھر B میں ...\") tells that place's share of the summary: it joins the share, "
        "told with no clause of its own before, whatever the kind of its event words (narrows "
        "segments.another-front)."
    ),
    "segments.countries-side-by-side": (
        'A clause naming places of two countries side by side ("عراق اور شام میں") sums up '
        "several incidents; it is not one incident."
    ),
    "segments.scattered-places": (
        'A clause about various parts of a place ("غزہ کے مختلف علاقوں پر بمباری") sums up the '
        "incidents the article then tells one by one in that country."
    ),
    "segments.listed-towns-no-detail": (
        "A clause with an event word but no event of its own that names two or more towns or districts "
        'after an incident with no town of its own ("X، Y اور Z میں کارروائیاں کی گئیں" after "صوبے کے '
        'مختلف شہروں میں 5 دہشت گرد گرفتار کر لیے") says where the events summed up took place: it adds '
        "none of them to that incident, whose parts are told at each town."
    ),
    "segments.listed-towns-region-lead": (
        "For segments.listed-towns-no-detail, an incident whose only place is a province "
        '("خیبر پختونخوا کے مختلف اضلاع میں 7 دہشت گرد ہلاک") has no town of its own: the towns listed '
        "after it are where its parts took place (a country is not such a place: it is mostly a side "
        "of a war whose strikes the lead tells itself)."
    ),
    "dates.listed-towns-day": (
        'The day a clause listing the towns of a round-up names ("یہ کارروائیاں بدھ کی رات X اور Y میں '
        "کی گئیں\") is the day of each town's event told after it with no day of its own."
    ),
    "segments.another-day-same-place": (
        "An event with no place of its own on another day than the incident before it is another "
        'incident at the same place ("پیر کو ... جبکہ منگل کو اسی علاقے میں").'
    ),
    "places.metropolis-part": (
        "A town or quarter the gazetteer gives no district, in the province of a dateline city of "
        'millions and near its centre ("بغداد: ... کرادہ میں"), is a part of that city: the '
        "dateline stays among the incident's places."
    ),
    "segments.area-named-peer": (
        'A town the gazetteer knows, named beside a noun for an area, village or quarter ("علاقے X", '
        '"گاؤں X"), that the incident\'s places hold only through their country, is another place '
        "beside a town of its level that the incident names, as a name no gazetteer knows read after "
        "such a noun is: it starts an incident of its own."
    ),
    "segments.all-events-named": (
        "A clause with no place and no figure of its own that names the events just told with a "
        'collective numeral ("دونوں حملوں میں ... راکٹ استعمال کیے", "تینوں واقعات") holds for each '
        "of them: its weapons and actors go to every one, not the last told alone."
    ),
    "segments.protest-in-each-town": (
        'A clause that names a town and then tells only a protest ("کراچی میں طلبہ نے ریلی نکالی") '
        "after an incident in another town of the same country is a protest of its own: protests "
        "held in several towns are one incident in each town, even when told with words of one kind."
    ),
    "segments.sibling-places": (
        "A district or town beside the incident's district or town, in a clause telling an event of "
        "its own (other figures or another kind of event), is another incident, even when both lie in "
        'the province the incident names ("ضلع بنوں میں حملہ ... جبکہ لکی مروت میں دھماکہ").'
    ),
    "segments.later-beside": (
        'A clause that opens with "later" ("بعد ازاں", "بعد میں") and tells an event with a strong '
        "event word at a district or town beside the incident's, in the province they share, is "
        "another incident, even of a kind the incident has: the article has moved on in time and place."
    ),
    "segments.damage-in-attack": (
        "Property burned or looted in an act of violence that also killed, shot or attacked people "
        '("گاؤں پر حملہ کر کے دو افراد کو ہلاک کر دیا اور کئی مکانات کو آگ لگا دی") is the attackers\' '
        "doing, no crowd's: a protest against that act is still an incident of its own."
    ),
    "segments.same-place-recalled": (
        'A recalled event with no place of its own that happened "at the same place" ("گزشتہ ماہ '
        'بھی اسی اڈے کو نشانہ بنایا گیا تھا") is at the place of the incident told before it.'
    ),
    "places.fired-toward": (
        'A place that rockets, shells or shots were fired toward ("شمالی اسرائیل کی جانب راکٹ فائر '
        'کیے") is where they struck; "X کی جانب سے" (from X) is not.'
    ),
    "segments.perfect-retells-at-dateline": (
        "A past-perfect sentence with no time of its own, right after dated main news placed only at "
        "the dateline, that tells an event of the same kind at a place inside the dateline's town "
        '("کوئٹہ: گزشتہ شب ہونے والے دھماکے میں ...۔ دھماکہ ہزار گنجی کے قریب ہوا تھا") says where the '
        "news happened: its place joins that incident, not an earlier event's."
    ),
    "segments.perfect-retells-old-lead": (
        "A past-perfect clause with no day of its own and no town but the lead's, in the sentence "
        "right after a lead whose event is dated days back (read as background), that tells an event "
        "of the lead's kind with no figure the lead does not give retells the lead's event "
        '("... 5 تاریخ کو اغوا ہونے والے تاجر کو بازیاب کرا لیا۔ تاجر کو ... اٹھا لیا تھا"): it is no '
        "other incident."
    ),
    "segments.headline-retold": (
        "The report's first sentence after its dateline retells the headline's event when the "
        "headline names the dateline's town, the report a place in that town, and their figures "
        'agree ("پشاور میں پولیس موبائل پر حملہ، دو اہلکار شہید⏎پشاور: متنی میں ... دو اہلکار '
        'شہید ہو گئے" is one incident).'
    ),
    "segments.day-within-block": (
        "A day's news that falls within the stretch of days of an incident told as one block (a "
        'fight going on since a day: "بدھ سے جاری جھڑپوں میں ... جمعہ کو فریقین نے ... فائرنگ کی") '
        "is part of that incident, not another one."
    ),
    "segments.headline-line-retold": (
        "An event word in the article's headline line (a first line with no full stop, the body "
        'after it, even one that opens "X:" as a topic label: "افغانستان: ڈرون حملے میں چھ شدت پسند '
        'ہلاک", or a credit line after it naming a town) names the event the body tells: with a later '
        "incident of the body of its type, the headline adds no incident of its own."
    ),
    "segments.headline-holds-body": (
        "An incident opened by the headline line that the body's first account of the event joined "
        "is the body's incident: a later incident of its type (a related story's line, another "
        "event told further on) does not make it the headline's mere name of that event "
        "(narrows segments.headline-line-retold)."
    ),
    "segments.headline-toll-updated": (
        "The report's first sentence after its dateline retells the headline's event also when its "
        "figures differ, if it tells the same kind of event: the headline's toll is an earlier or "
        'rounder one ("بنوں میں پولیس موبائل پر فائرنگ، 3 اہلکار شہید⏎بنوں (نامہ نگار) ڈومیل میں ... '
        "چار اہلکار شہید ہو گئے\" is one incident, with the report's four)."
    ),
    "segments.this-event": (
        'A clause whose event words follow a demonstrative ("یہ دھماکہ", "اس حملے", "مذکورہ واقعہ") '
        "tells more of the incident just told, even in the past perfect and with a place or day "
        'the incident lacked ("... دھماکے میں 31 افراد جاں بحق ہوئے۔ یہ دھماکہ پیر کو پشاور میں ہوا تھا").'
    ),
    "segments.protest-apart-from-violence": (
        'A clause that reports only a protest ("X میں بھی کارکنوں نے مظاہرہ کیا") joins no incident '
        "of armed violence with no crowd in it, even one at a place they share: a protest and an "
        "act of violence are events of two types, each an incident of its own."
    ),
    "segments.dateline-day-before": (
        "Under a dateline, a main incident with no place of its own that is told before an "
        "incident at another town on another day is the dateline's news: it keeps the dateline's "
        'town and does not take the other town ("اسلام آباد: جمعہ کو ... مظاہرہ کیا ...۔ ہفتے کو '
        'راولپنڈی میں بھی ... احتجاج کیا").'
    ),
    "segments.turn-after-comma": (
        'A turn word ("دوسری جانب", "ادھر", "اس کے علاوہ", "دریں اثنا") that opens a clause after a '
        "comma turns to another front or event as it does at the start of a sentence: news copy "
        'often runs its sentences on with commas ("... شہید ہو گئے، اس کے علاوہ آبادکاروں نے ... '
        'گاڑیاں جلا دیں").'
    ),
    "segments.arrest-other-period-unresolved": (
        'With no publication date, an arrest told in a past week or month of its own ("فوج نے گزشتہ ہفتے '
        'عملے کو حراست میں لیا") after an act of violence told with no day is an Arrests incident of '
        "its own: the act, told with no day, happened on the report's day."
    ),
    "segments.arrest-other-day": (
        "A clause that reports only arrests on a day of its own other than the day of the act of "
        "violence just told (or of the report, when that act has none) is an Arrests incident of "
        'its own ("... اسپتال پر حملہ کیا ...۔ فوج نے گزشتہ ہفتے عملے کو حراست میں لیا").'
    ),
    "segments.casualties-elsewhere": (
        "A clause with no event word that reports people killed or injured at another place than "
        'the incident before it ("جمعرات کو پلوامہ میں جھڑپ ... جبکہ جمعے کو شوپیاں میں ایک فوجی '
        'مارا گیا") is the next incident of a round-up, of the same kind.'
    ),
    "segments.hospital-town-no-event": (
        'A town named as the town of a hospital ("سرینگر کے صدر ہسپتال کے ڈاکٹر نے بتایا کہ 30 زخمی '
        'لائے گئے") in a clause with no event word is where the casualties were treated, not another '
        "place of the round-up: the clause opens no incident there."
    ),
    "segments.other-site-own-event": (
        "A clause that tells, at a named site other than the site or quarter of the incident just "
        'told, an event with a strong event word and figures of its own ("صبح بازار میں بم پھٹنے سے '
        'چار افراد جاں بحق ... جبکہ رات کو X روڈ پر خودکش حملے میں تین اہلکار شہید ہو گئے") tells '
        "another incident in the same city; not a site said to lie on or at the incident's own site "
        'or quarter ("X روڈ پر واقع Y", "X میں واقع Y", "X کے قریب واقع Y"), which is that place.'
    ),
    "segments.claim-after-turn": (
        'A clause opening with a turn word ("ادھر", "دوسری جانب") that only claims or disowns an event '
        '("ادھر تنظیم کے ترجمان نے بس پر حملے کی ذمہ داری قبول کی"), with no figure and no place beside '
        "the event just told, is another account of that event, not another front."
    ),
    "segments.hospital-named-for-town": (
        'A town that names a hospital, written right before its hospital word ("زخمیوں کو حیات آباد '
        'میڈیکل کمپلیکس اور لیڈی ریڈنگ ہسپتال منتقل کیا گیا جہاں متعدد کی حالت نازک ہے"), in a clause '
        "with no event word is where the casualties were treated, not another place of the round-up: "
        "the clause opens no incident there."
    ),
    "segments.back-to-earlier-place": (
        "A clause with no event word that names the place of an incident told earlier, not the "
        "current one's, tells more of that earlier incident (\"... جبکہ خضدار میں تین افراد ہلاک "
        'ہوئے۔ کیچ میں ہلاکتوں کا واقعہ گزشتہ روز پیش آیا تھا").'
    ),
    "places.other-district": (
        "A district that the gazetteer says does not hold the incident's town (or a town outside "
        'the incident\'s district) is another place: "ضلع کیچ" is not where an event in کوئٹہ happened.'
    ),
    "non-events.superlative-ever": (
        '"اب تک کا سب سے بڑا حملہ" (the biggest attack ever), "حالیہ برسوں کا سب سے ہلاکت خیز حملہ" '
        "(the deadliest of recent months) rank one event among all of a stretch: a tally word "
        'followed by a genitive and "سب سے" sums nothing up, and the clause tells the one event it ranks.'
    ),
    "non-events.negated-arrest": (
        'An arrest word that a negation follows within three words ("ملزمان کو تاحال گرفتار نہیں کیا '
        'جا سکا", "کوئی گرفتاری عمل میں نہیں آئی") says no arrest was made: it is no Arrests event.'
    ),
    "non-events.no-loss-is-no-negation": (
        'A clause that rules casualties out ("حملہ کیا گیا جس میں کوئی جانی نقصان نہیں ہوا") denies '
        "the losses, not the event: its negation does not cancel the event."
    ),
    "triggers.residents-protest": (
        'A weak protest word whose doer is ordinary people named by a word for them ("اہل علاقہ نے '
        'احتجاج کیا", "گاؤں والوں نے دھرنا دیا") in a clause with a town of its own reports a protest '
        "held there, as a crowd counted in hundreds does (triggers.crowd-protest)."
    ),
    "triggers.crowd-protest": (
        'A weak protest word done by a crowd counted in hundreds, thousands or more ("ہزاروں افراد نے '
        'مظاہرہ کیا", "سینکڑوں لوگوں نے احتجاج کیا") in a clause with a town of its own reports a '
        "protest held there."
    ),
    "triggers.crowd-clash-with-forces": (
        'Civilians on one side of a clash with police or troops ("نوجوانوں اور پولیس کے درمیان '
        'جھڑپیں") are a crowd, not an armed side: unless shots or blasts are told, the clash is a '
        "violent demonstration."
    ),
    "triggers.crowd-protest-listed": (
        "A weak protest word done by a crowd counted in hundreds or more after a list of towns "
        '("لاہور، ملتان اور پشاور میں ہزاروں افراد نے مظاہرہ کیا") reports a protest held at each '
        "listed town, as it would at one."
    ),
    "triggers.ground-without-fight": (
        'Ground taken "without any resistance" or "without a fight" ("بغیر کسی مزاحمت کے قبضہ کر '
        'لیا", "کا کنٹرول بغیر مزاحمت کے سنبھال لیا") changed hands without violence: a '
        "non-violent transfer of territory, whoever took it."
    ),
    "triggers.dated-deed": (
        'A weak event word done by a doer marked with نے on a day its clause names ("منگل کو مظاہرین '
        'نے وزارت کی عمارت پر دھاوا بول دیا") reports an event, even with no place the gazetteer knows.'
    ),
    "non-events.question": (
        'A question with no figure, no place and no day of its own ("بارودی سرنگیں اتنی خطرناک کیوں '
        'ہیں؟") asks about events and reports none: its event words open no incident.'
    ),
    "non-events.explainer": (
        "An article built of questions and answers (three or more lines that are one question "
        'each, "بکتر بند گاڑی کیا ہوتی ہے؟") explains what events are like: a clause of it reports an '
        "event only with a figure, a place or a day of its own."
    ),
    "non-events.demanded-content": (
        'What a demand asks to be done ("مطالبہ کیا کہ ہنگاموں کی غیر جانبدار تحقیقات کی جائیں"), '
        "with no figure, place or day of its own, names events and tells none."
    ),
    "non-events.court-seat": (
        'A place right before a court\'s name ("اسلام آباد ہائی کورٹ نے توڑ پھوڑ کے مقدمے میں ...") is '
        "the court's seat, part of its name: it does not place the event the case is about."
    ),
    "non-events.escape-is-no-negation": (
        'Someone who escaped an act told before ("X کی گاڑی پر فائرنگ ہوئی جس میں X بال بال بچ '
        'گئے") survived an act that took place: the escape does not cancel the event.'
    ),
    "counts.total-of-counted-events": (
        'A clause that counts its events ("یکے بعد دیگرے دو دھماکوں میں 8 افراد جاں بحق") gives '
        "totals: when the article then tells the events one by one, each gets from 0 to the total "
        "and the clause's day; a clause that only sums them up is no incident of its own."
    ),
    "counts.events-counted-by-noun": (
        'A clause with an event word that counts its events with a noun for events ("ٹارگٹ کلنگ کی '
        'لہر میں دو مختلف واقعات میں 3 افراد جاں بحق") sums them up like one that counts its event '
        "words: when the article then tells them one by one, it is no incident of its own."
    ),
    "non-events.encounter-not-collision": (
        'The accident word "تصادم" (a collision) tells an armed encounter, as Indian Urdu news uses '
        "it, when its clause names an armed actor (state forces, rebels, militants) and neither its "
        'sentence nor the one before names a vehicle or vessel ("پلوامہ میں تصادم میں تین عسکریت پسند '
        'مارے گئے"); with a vehicle named ("دو گاڑیوں میں تصادم میں") it stays a collision, no event.'
    ),
    "non-events.weapon-beats-accident": (
        'A clause that tells a weapon bursting or names a device of its own kind of blast ("سڑک کنارے '
        'نصب بم زوردار دھماکے سے پھٹ گیا", "موبائل کو ریموٹ کنٹرول بم سے نشانہ بنایا گیا"), denies nothing '
        "and sums up no events, tells a blast no accident, though the article calls another blast of "
        "its one (a gas cylinder that burst elsewhere): the kinds an accident takes away stay in it."
    ),
    "non-events.deliberate-beats-accident": (
        "An accident word does not make an event an accident when the clause names who acted, says "
        'something was blown up ("اڑا دیا"), names a weapon or a suicide attack, when the accident '
        'follows the event as its result ("دھماکے کے بعد آگ بھڑک اٹھی"), or for shooting, clashes, '
        'strikes and raids ("تصادم میں فائرنگ"); an article that calls its event an accident is '
        "overruled by a weapon or a claim of responsibility."
    ),
    "triggers.dated-happening": (
        "A weak event word after a participle of happening or doing that a day before publication "
        'qualifies ("بدھ کو ہونے والے حملے میں زخمی ہونے والے اہلکار کو ... منتقل کر دیا گیا", "گزشتہ '
        "روز کی گئی فائرنگ\") names an event that happened on that day, though the sentence's own verb "
        "tells something after it (a funeral, a transfer, an inquiry)."
    ),
    "triggers.violent-death-verb": (
        'A clause that tells people killed with a verb of a death someone inflicted ("تین اہلکار شہید '
        'ہو گئے", "دو عسکریت پسند مارے گئے"), at a place of its own or the dateline\'s, reports a '
        "violent event though it names no weapon or act, when the article has no event word at all and it is "
        "no background, reaction, threat, accident or past perfect."
    ),
    "triggers.wanted-is-no-tally": (
        'A word of being wanted ("مطلوب") names what someone is wanted for, not a tally of many events: '
        'the event words of that charge right before it ("حملوں میں مطلوب") are no events, and the '
        'clause\'s own arrest or fight ("مطلوب ملزم کو گرفتار کر لیا", "پولیس مقابلے میں ... مطلوب دو '
        'ملزمان ہلاک") still reports one.'
    ),
    "triggers.attack-on-a-named-target": (
        'A weak attack word with a target and a place ("تربت میں نیول بیس پر حملہ کیا گیا تھا") '
        "reports an event, as it does with its attacker."
    ),
    "non-events.vague-count-needs-time": (
        'A vague count of events ("متعدد فضائی حملے کیے", "کئی دھماکے ہوئے") is a tally only over a '
        'stretch of time or a habit ("رواں سال", "اب تک", "آئے روز"); without one it reports the events.'
    ),
    "non-events.foiled-but-casualties": (
        'A foiled attempt ("حملہ ناکام بنا دیا", "بال بال بچ گئے") is no event, but the people killed, '
        'injured or arrested in the same clause are ("دراندازی کی کوشش ناکام بنا کر دو افراد کو ہلاک '
        'کر دیا").'
    ),
    "triggers.death-in-foiling": (
        "In an article with no event word, a clause that tells an attempt foiled and people killed "
        'with a verb of a death someone inflicted ("دراندازی کی کوشش ناکام بنانے کا دعویٰ کیا جس میں دو '
        'در انداز مارے گئے") reports a violent event: they died in foiling it.'
    ),
    "triggers.protest-at-dateline": (
        'A protest that the sentence says people made ("اساتذہ نے پریس کلب کے سامنے مظاہرہ کیا") is '
        "an event at the dateline's place, even with no other place named."
    ),
    "non-events.plural-over-time": (
        'Events named in the plural ("بم دھماکوں میں", "حملوں میں") over a stretch of time ("رواں سال", '
        '"گزشتہ ماہ", "اب تک") are a tally of many events, not one incident.'
    ),
    "non-events.grievance-of-called-protest": (
        'An event word followed by "against" in a clause that calls or announces a strike or '
        'protest ("شہریوں کی ہلاکتوں کے خلاف ہڑتال کی کال دی") is the grievance, as it is in a '
        "protest told (triggers.protested-is-grievance), even where the call itself tells no event."
    ),
    "non-events.events-of-kind-over-time": (
        'An event word followed by a genitive and a plural noun of events ("ٹارگٹ کلنگ کے واقعات", '
        '"فائرنگ کی وارداتوں") names a kind of many events: over a stretch of time ("رواں ماہ", "اب تک") '
        "it is a tally, as events named in the plural are (non-events.plural-over-time)."
    ),
    "counts.bombers-counted": (
        'Suicide bombers counted ("دو خودکش بمباروں نے خود کو دھماکے سے اڑا لیا") who died apart '
        "from the stated toll add their number to the killed, not one."
    ),
    "counts.larger-minimum": (
        'Of two open-ended figures ("درجنوں افراد ہلاک", "کم از کم 30 ہلاکتوں کی تصدیق") the larger '
        "minimum holds: at least 30."
    ),
    "counts.no-deaths-alone": (
        'A phrase ruling out deaths only ("کوئی ہلاک نہیں ہوا", "کوئی ہلاکت نہیں ہوئی") makes the '
        "killed none and says nothing of the injured; ruling out injuries or any loss rules out both."
    ),
    "roles.responsibility-of-several": (
        'A responsibility said of several events ("کسی نے ان حملوں کی ذمہ داری قبول نہیں کی", '
        '"دونوں دھماکوں کی ذمہ داری") holds for each main incident told just before it that has '
        "none of its own."
    ),
    "counts.with-companions": (
        'One person "with his own" companions ("X اپنے دو بیٹوں سمیت جاں بحق", "ایک شخص اپنے بیٹے '
        'سمیت") counts the person and the companions: 3, 2.'
    ),
    "counts.killed-and-injured-together": (
        'A count before a killed word joined to an injured word ("5 افراد ہلاک و زخمی") counts both '
        "together: it is neither the dead nor the injured."
    ),
    "counts.campaign-toll": (
        "A toll statement more than fifty times the event's own exact figure (\"حملے میں چار افراد "
        'شہید ... ملک بھر میں شہدا کی تعداد 2 ہزار 140 ہو گئی") counts a whole campaign, not the '
        "event."
    ),
    "counts.sides-not-sources": (
        'Figures of attackers and of others given by two sources ("دو حملہ آور مارے گئے"، "وزیر کے '
        'مطابق جاں بحق افراد کی تعداد 5") count two sides, not two accounts of one toll: no range.'
    ),
    "counts.injured-later-died": (
        'Injured who later died ("8 افراد زخمی ہوئے جن میں سے دو دم توڑ گئے", "دو زخمی اہلکار بھی '
        'دم توڑ گئے") move from the injured to the killed: the injured fall by their number, and '
        'the killed rise by it when they are told as more ("بھی").'
    ),
    "counts.injured-opener-adds": (
        'A sentence that opens with the injured told in an earlier one ("زخمیوں میں سے دو دم توڑ '
        'گئے") tells dead who were among those injured: they add to the dead told with them, as '
        'with "بعد میں".'
    ),
    "counts.died-later-adds": (
        'Injured who are told to have died later ("زخمیوں میں سے دو بعد میں دم توڑ گئے", "جن میں سے '
        'دو بھی دم توڑ گئے") add to the dead told before them; without such a word they may be among '
        "them."
    ),
    "counts.graded-injured": (
        'Figures of the badly and the lightly injured ("3 افراد شدید زخمی جبکہ 5 معمولی زخمی") count '
        "different people and add up: eight."
    ),
    "counts.floor-and-account": (
        'A floor ("کم از کم 9 افراد ہلاک", "20 سے زائد") and a larger exact toll that another source '
        'gives or that bodies count ("ہسپتال میں 12 لاشیں لائی گئیں") are two accounts: the count '
        "ranges from the floor to the toll."
    ),
    "counts.genitive-not-subject": (
        'People in the genitive between a person noun and its honorific plural verb ("سابق رکن اسمبلی '
        'نامعلوم افراد کی فائرنگ سے جاں بحق ہو گئے") own the event, they are not the subject: one person.'
    ),
    "counts.object-before-agent": (
        'A singular object ("X کو") of a transitive casualty verb is one person also when who did it '
        'stands between ("صحافی کو نامعلوم حملہ آوروں نے گولی مار کر ہلاک کر دیا").'
    ),
    "counts.age-is-no-count": (
        'An age before a singular object ("35 سالہ خاتون کو ... قتل کر دیا") counts nobody: the '
        "object is one person."
    ),
    "counts.attackers-killed-in-response": (
        'Attackers whom the other side killed in response ("5 افراد جاں بحق ... پولیس نے جوابی فائرنگ '
        'میں دونوں حملہ آوروں کو ہلاک کر دیا") or killed too ("... کو بھی ہلاک کر دیا") add to a toll '
        "of people in general: seven. Militants an operation killed are no response."
    ),
    "counts.names-listed": (
        "People named one by one, by name or kin, between the event's adverbial and a plural "
        'casualty verb ("فائرنگ سے عمران، شاہد اور ان کا چچا جاں بحق ہو گئے") are as many as the '
        "list's items: three."
    ),
    "counts.among-list-alone": (
        'The people a report lists among the dead or injured ("ہلاک ہونے والوں میں تین بچے اور دو خواتین '
        'شامل ہیں") are all of them when the list says of none that others were there too ("بھی", '
        '"دیگر"): five; beside a toll it says at least how many.'
    ),
    "counts.negated-casualty": (
        'A casualty word that "کوئی" or "کسی" opens and "نہیں" closes ("کوئی شخص زخمی نہیں ہوا", "کسی کے '
        'ہلاک یا زخمی ہونے کی اطلاع نہیں ملی"), or that no report follows ("ہلاکتوں کی کوئی اطلاع '
        'نہیں"), is ruled out: nobody injured rules out both, nobody dead the dead only.'
    ),
    "counts.among-is-no-new-event": (
        'A list of those among the casualties ("ہلاک ہونے والوں میں چار بچے شامل ہیں") tells more of '
        'the casualties just told, never a new event at another place the clause names ("لندن میں '
        'قائم آبزرویٹری کے مطابق").'
    ),
    "counts.none-in-folded-clause": (
        'A phrase that rules casualties out ("کوئی جانی نقصان نہیں ہوا", "کسی کی جان نہیں گئی") in a '
        "clause with no place of its own that is folded into the incident told before rules them "
        'out for that incident too ("بم ناکارہ بنا دیا ... وقت پر ناکارہ بنانے کی وجہ سے کوئی جانی '
        'نقصان نہیں ہوا"), where it has no figure of its own.'
    ),
    "counts.floor-restated": (
        'A figure that only repeats the number of a floor told first ("کم از کم دس افراد ہلاک ... '
        'ترجمان کے مطابق دس جنگجو مارے گئے") adds nothing: a higher toll of another account told '
        'after it ("ملبے سے پندرہ لاشیں نکالی گئیں") still gives the range from the floor to it.'
    ),
    "counts.floor-restated-stays-open": (
        'A floor ("کم از کم 9 افراد ہلاک") that bodies counted later only repeat ("ہسپتال میں 9 لاشیں '
        'لائی گئیں") or a toll that became the same number ("ہلاکتوں کی تعداد 9 ہو گئی ہے") stays a '
        'floor: at least 9, no most; a source\'s toll statement of the number ("کے مطابق تعداد 9") closes it.'
    ),
    "counts.reached-toll-is-an-account": (
        'A toll that reached a figure ("ہلاکتوں کی تعداد 25 تک پہنچ گئی") that a named source gives '
        'after a floor told by the report or another source ("کم از کم 18 افراد جاں بحق") is that '
        "source's account: the count ranges from the floor to it; a toll told to have grown (\"بڑھ "
        'کر") replaces the floor.'
    ),
    "counts.names-listed-object": (
        'People named one by one, by name or kin, as the "کو" object of a transitive casualty verb '
        '("ملزم نے فائرنگ کر کے 30 سالہ رضیہ اور اس کے شوہر 35 سالہ اکرم کو قتل کر دیا") are as '
        "many as the list's items, their ages aside: two."
    ),
    "counts.name-gapped-one": (
        'A casualty word whose verb is left out before "جبکہ", a comma, or "اور" and another casualty '
        "word, with a personal name alone as its subject after the event's adverbial (\"فائرنگ سے طارق "
        'محمود جاں بحق جبکہ اس کا بھائی زخمی ہو گیا"), is said of one person.'
    ),
    "counts.singular-an-object": (
        "A noun of a person ending in ان that is the same in the singular and the direct plural "
        '("نوجوان") is one person as the "کو" object of a transitive casualty verb ("نوجوان کو قتل کر '
        'دیا"): its plural there would be "نوجوانوں".'
    ),
    "counts.bowled-out-no-death": (
        '"ڈھیر" right after a score and "پر" ("پوری ٹیم 154 رنز پر ڈھیر ہو گئی") tells a side bowled '
        "out in a match, nobody killed."
    ),
    "counts.object-before-spot": (
        'A singular object ("X کو") of a transitive casualty verb is one person also when words that '
        'say nothing of who stand between ("بیوی کو موقع پر ہی قتل کر دیا", "دکاندار کو فائرنگ کر کے '
        'موقع پر ہی قتل کر دیا").'
    ),
    "counts.said-names-source": (
        'The speaker of "X نے کہا کہ" gives the figures of the clause as the speaker of "X نے '
        'بتایا کہ" does ("ہسپتال کے ترجمان نے کہا کہ 14 زخمی لائے گئے"): a source of its own, whose '
        "different figure is another account."
    ),
    "counts.source-gives-toll": (
        'A toll that a source gives as its own ("مقامی ذرائع نے ہلاکتوں کی تعداد 25 بتائی") and that '
        "differs from the figure told first is another account: the count ranges from the lowest "
        'to the highest; a toll that rose ("بڑھ کر") replaces the first.'
    ),
    "counts.listed-after-count": (
        'People named one by one after a count and before the casualty word ("ایک گاہک اور '
        'چوکیدار جاں بحق") add to the count.'
    ),
    "counts.kin-pair-in-list": (
        'A pair of relatives as one item of a list ("باپ بیٹا اور ان کا ایک رشتہ دار قتل") counts two.'
    ),
    "counts.toll-opens-report": (
        'A toll statement with an event word that opens the report ("بس اڈے پر دھماکے میں جاں بحق '
        'ہونے والوں کی تعداد سات ہو گئی") tells the event itself: no incident came before it to add to.'
    ),
    "counts.one-named-not-a-toll": (
        'One victim a source names by a person noun ("ذرائع کے مطابق مقتول شخص ...") is one of the '
        "dead, not that source's toll: it makes no range with the figures of others."
    ),
    "counts.feared-toll": (
        'A figure that a modal or future verb ends ("ہلاکتوں کی تعداد 30 تک پہنچ سکتی ہے", "زخمیوں '
        'کی تعداد بڑھ جائے گی") is a toll that may be reached, not one that was: it counts nobody.'
    ),
    "counts.ages-in-list": (
        'An age before a person named in a list ("فائرنگ سے 25 سالہ احمد اور 30 سالہ بلال جاں بحق '
        'ہو گئے") describes that person: the list counts its people (two), not the ages.'
    ),
    "counts.age-names-one": (
        'A noun of people that may be plural ("نوجوان") with an age right before it and no count '
        '("28 سالہ نوجوان کو نامعلوم افراد نے فائرنگ کر کے قتل کر دیا") names one person.'
    ),
    "counts.estimate-is-an-account": (
        'A toll that a source says could be as many as a figure ("ہلاک شدگان کی تعداد 40 تک ہو سکتی '
        'ہے") is another account of the toll, not one that may be reached later: after a floor '
        '("کم از کم 30") the count ranges from the floor to it.'
    ),
    "counts.attackers-killed-later": (
        'The attackers of the event told ("حملہ آور") killed afterwards by whoever ("سکیورٹی فورسز نے '
        'تینوں حملہ آوروں کو ہلاک کر دیا", "تمام چار حملہ آور مارے گئے") add to a toll of its '
        'victims ("16 افراد", "کم از کم 15 شہری"): attackers killed are counted too.'
    ),
    "counts.wounded-subject-adds": (
        'The injured named as the subject of a dying verb ("تین زخمی ہسپتال میں دم توڑ گئے", "ایک '
        'زخمی شخص نے دم توڑ دیا") after a toll of the dead were hurt in the event and died later: '
        "they add to that toll, unless a toll statement before them already counts them "
        '("ہلاکتوں کی تعداد 6 ہو گئی ہے، دو زخمی آج صبح دم توڑ گئے").'
    ),
    "counts.toll-then-other-outcome": (
        "A toll statement's clause ends at its finite verb: a casualty figure joined after it by "
        '"اور" ("دھماکے میں جاں بحق افراد کی تعداد 12 ہو گئی ہے اور 30 زخمی ہیں") tells the same '
        "event's other outcome and is kept with the toll."
    ),
    "counts.while-participle": (
        '"ہوئے" after an imperfective participle ("ہسپتال لے جاتے ہوئے", "منتقل کرتے ہوئے") makes an '
        'adverb, "while being taken", not a verb of becoming: in "تین زخمی ہسپتال لے جاتے ہوئے دم توڑ '
        'گئے" the injured are the subject of the dying verb, three dead who had been injured.'
    ),
    "counts.verb-ends-list": (
        'A finite auxiliary between two counts ("ہلاکتوں کی تعداد سات ہو گئی ہے اور پندرہ افراد زخمی '
        "ہیں\") ends the first count's clause: the counts are told by two clauses, not added up as "
        "the items of one list."
    ),
    "counts.gapped-accounts": (
        "Two accounts of one toll joined in one sentence leave the noun and casualty word out of "
        'the first: a bare number after an account ("حکام کے مطابق دس جبکہ عمائدین کے مطابق بارہ کان '
        'کن ہلاک ہوئے", "سرکاری طور پر دس اور غیر سرکاری طور پر چودہ افراد") counts the same dead as '
        "the figure after it, and the count ranges from the lower to the higher."
    ),
    "counts.claimed-toll-is-an-account": (
        'A figure that a party claims ("فوج نے چھ عسکریت پسندوں کی ہلاکت کا دعوی کیا", "... کو ہلاک '
        "کرنے کا دعوی\") is that party's account of the toll: beside a different figure of people in "
        "general from another source it gives a range, even though the claimant calls the dead "
        "by another name."
    ),
    "counts.event-count-means": (
        'A number before what events were done with or from and an event word ("دو فضائی حملوں میں", '
        '"پانچ ڈرون حملوں میں", "دو بم دھماکوں سے") counts the events, not people, as one before the '
        "event word alone does."
    ),
    "counts.bodies-carried": (
        'Bodies that people carry or lay down ("سینکڑوں دیہاتی لاشیں لے کر گورنر ہاؤس پہنچے", "لاشیں '
        'سڑک پر رکھ کر احتجاج") are the dead told before, carried by mourners or protesters: the '
        "count before them is of the living, no toll."
    ),
    "counts.besides-participle": (
        'Counts joined by "کے علاوہ" add up also when a participle phrase names the people of the '
        'second count before it ("دو اہلکاروں کے علاوہ قریب سے گزرنے والا ایک طالب علم بھی زخمی ہو '
        'گیا": three).'
    ),
    "counts.deaths-denied-by-source": (
        'A source that says none died ("طالبان کے ترجمان نے کہا کہ حملے میں ان کا کوئی جنگجو ہلاک نہیں '
        'ہوا") beside an exact toll of the same side gives another account: the count ranges from '
        "none to the toll, as conflicting figures do."
    ),
    "counts.number-in-a-name": (
        "A number that is part of a name, a service's phone number or a weapon's model (\"ریسکیو 1122 "
        'کے اہلکار زخمی ہو گئے", "مددگار 15", "اے کے 47 سے فائرنگ"), counts no one.'
    ),
    "counts.head-count-own-verb": (
        "A count at the head of a clause is the subject of a casualty verb after it only when no "
        'finite verb ends a clause between them ("7 ٹھکانے تباہ کر دیے اور دہشت گرد مارے گئے", "4 راکٹ '
        'داغے گئے اور اہلکار زخمی ہو گئے"): the count is of what that verb tells, things or other '
        "people, not of the dead or injured."
    ),
    "counts.report-figure-is-an-account": (
        'An exact figure the report tells first with no source ("دھماکے میں 5 افراد ہلاک ہو گئے") is '
        "an account of its own: a different figure of the same dead that a named source gives later "
        '("ہسپتال حکام نے بتایا کہ 9 افراد ہلاک ہوئے") makes the count range from the lowest to the '
        "highest, as the figures of two sources do."
    ),
    "counts.sourced-toll-is-an-account": (
        'A toll statement that a named source gives ("مقامی عمائدین کے مطابق جاں بحق افراد کی تعداد '
        "چھ ہے\") and that did not rise is that source's account: beside a different figure told "
        "first, the count ranges from the lowest to the highest."
    ),
    "counts.gapped-verb-list": (
        "People named one by one before a casualty word whose verb is left out before the next "
        'clause ("فائرنگ سے غلام رسول، اس کا بیٹا اور بھائی جاں بحق جبکہ ایک راہگیر زخمی ہو گیا") '
        "are as many as the list's items, as before a plural verb: three."
    ),
    "counts.report-over-headline": (
        "A figure of the headline, the line before the dateline, gives way to the report's own "
        'figures of the same event ("کابل میں خودکش دھماکہ، 20 ہلاک⏎کابل (ویب ڈیسک) — ... کم از کم '
        '23 افراد ہلاک": at least 23): a headline rounds the toll or tells an earlier one.'
    ),
    "counts.spot-and-later": (
        'Dead told at the scene ("سات افراد موقع پر ہی جاں بحق ہو گئے") and dead told after them '
        'elsewhere or later ("جبکہ دو نے ہسپتال جاتے ہوئے دم توڑ دیا") are different people: '
        "the figures add up, nine."
    ),
    "counts.block-toll": (
        "A toll over a stretch of days at the place of the fight just told, for that kind of event "
        'in the singular ("... لشکر گاہ میں لڑائی جاری ہے۔ لشکر گاہ میں گزشتہ تین دنوں کے دوران لڑائی '
        'میں کم از کم 40 شہری ہلاک ہوئے"), is the toll of that fight reported as one block, not a '
        "tally of many events."
    ),
    "counts.damage-to-a-thing": (
        'Harm ruled out with no word of life and said of a thing ("جہاز کو کوئی نقصان نہیں پہنچا", '
        '"عمارت کو کوئی نقصان نہیں ہوا") is no damage to it: it says nothing of casualties, unlike '
        '"کوئی جانی نقصان نہیں" or harm ruled out for people ("مسافروں کو").'
    ),
    "counts.plural-toll-shared": (
        'A toll of events named in the plural ("حملوں میں ان کے پانچ جنگجو ہلاک ہوئے") right after '
        'a clause that spread the events over several places ("صنعا، حدیدہ اور صعدہ میں اہداف کو '
        'نشانہ بنایا گیا") is a total for all of them: each gets from 0 to the total.'
    ),
    "counts.one-of-the-forces": (
        "One dead person named by his rank or his force's word, with no number (\"فائرنگ کے تبادلے "
        'میں سپاہی احمد شہید ہو گیا"), after a toll of attackers ("تین دہشت گرد مارے گئے") is one of '
        "the other side, one more dead: the toll is four."
    ),
    "counts.ranked-martyrs": (
        'Members of the forces named one by one by rank before the word of their martyrdom ("فائرنگ '
        'کے تبادلے میں لانس نائیک احمد اور سپاہی عمر نے جام شہادت نوش کیا") are as many as the ranks '
        "named, their ages and homes aside: two."
    ),
    "counts.gapped-sides": (
        "Two sides' dead told in one clause with the noun and casualty word left out after the "
        "first, each number after its owner's genitive (\"لڑائی میں فوج کے 9 جبکہ باغیوں کے 12 جنگجو "
        'مارے گئے"), are dead of both sides: they add up, 21. An account before the first number '
        '("پولیس کے مطابق 9 جبکہ ...") makes a range instead.'
    ),
    "counts.one-hurt-is": (
        'The injured word with the present copula of one person after it ("اس کا ساتھی شدید زخمی '
        'ہے") tells one person injured, as "زخمی ہو گیا" does; "زخمی ہیں" is plural and counts '
        "nobody by itself."
    ),
    "counts.two-titles-one-name": (
        'Two titles joined by "اور" before a personal name ("تاجر اور سماجی رہنما X") describe one '
        "person, not two."
    ),
    "counts.events-of-one-day": (
        'Events told in the plural at one place on one day ("قصبے X میں اتوار کو جلوس کے دوران پتھراؤ '
        "کے واقعات پیش آئے جن میں 3 اہلکار زخمی ہوئے\") are one incident, ACLED's unit, and the figure "
        'is its toll, not a tally of many: not when they are counted ("دو واقعات") or spread '
        '("مختلف واقعات", or spread places before them), of two kinds ("دہشت گردی اور تشدد کے '
        'واقعات"), or with places side by side or more than one day.'
    ),
    "counts.toll-noun-subject": (
        'A toll noun in the direct plural as the subject of reaching or passing a number ("تنظیم کا '
        'دعویٰ ہے کہ ہلاکتیں 50 سے تجاوز کر چکی ہیں", "اموات 30 ہو گئی ہیں") states the toll as '
        '"ہلاکتوں کی تعداد 50 سے تجاوز کر گئی" does.'
    ),
    "counts.noun-past-adjective": (
        'The people a count names are those of the noun after an adjective of rank or standing ("دو '
        'مقامی جنگجو"): the fighters; so "دونوں جنگجو" told after them are the same two, not the other '
        'side. An adjective of suspicion ("چار مشتبہ عسکریت پسند") leaves who they were in dispute.'
    ),
    "counts.claim-is-that": (
        'A party\'s claim told as the subject of "is" ("باغیوں کے ٹی وی چینل کا دعویٰ ہے کہ 30 جنگجو ہلاک '
        'ہوئے") opens that party\'s account of the toll, as "X نے دعویٰ کیا کہ" does: beside a floor or '
        "toll told before from another source, the count ranges from the lowest to the highest."
    ),
    "counts.event-count-adjective": (
        'A number before an adjective of events and an event word ("ایک مختصر تصادم میں", "دو زوردار '
        'دھماکوں سے") counts events, not people, as one right before the event word does: "X اور اس '
        'کے دو ساتھی ایک مختصر تصادم میں مارے گئے" are three dead, not one.'
    ),
    "counts.open-total-shared": (
        'A total with no upper bound ("20 سے زیادہ", "کم از کم 15", "درجنوں") shared by several '
        "places gives each of them 0 with no upper bound: the total's floor bounds none of them."
    ),
    "counts.one-owner-of-part": (
        'The owner in the genitive of a transitive casualty phrase ("شہری کا سر قلم کر دیا") is its '
        'one victim, as a singular object in "کو" is; not a plural owner ("شہریوں کا").'
    ),
    "counts.agent-count-is-no-toll": (
        "A number before the ergative subject of a transitive casualty verb counts the killers or "
        'attackers, not their victims ("دو مسلح افراد نے شہری کو قتل کر دیا": one dead, not two); '
        'the victims are the object in "کو".'
    ),
    "counts.bodies-beyond-toll": (
        'Bodies counted or brought in beyond the toll told ("سات افراد جاں بحق ... ہسپتال میں نو '
        'لاشیں اور 23 زخمی لائے گئے") are another account of the same dead, not more dead: the '
        "count ranges from the toll to the bodies, and the injured told with the bodies are an "
        "account of the injured too."
    ),
    "counts.vague-then-accounts": (
        'A vague word that opens the figures ("متعدد افراد جاں بحق", "کئی افراد ہلاک") says only that '
        'there were several: exact tolls that sources give after it ("پولیس کے مطابق 5 ... مقامی '
        'ذرائع نے ہلاکتوں کی تعداد 8 بتائی") are the accounts, and the count ranges from the lowest to '
        "the highest."
    ),
    "segments.placeless-none-joins-last-told": (
        "An event with no place of its own that rules casualties out and gives no figure "
        '("زیادہ تر راکٹ فضا ہی میں تباہ کر دیے گئے اور کسی جانی نقصان کی اطلاع نہیں ملی") tells what '
        "came of the incident told just before it (in its sentence or the one before), not of the "
        "first placed incident of the article: it joins the one just told."
    ),
    "counts.no-loss-report": (
        'Loss of life ("جانی نقصان") with no report of it ("جانی نقصان کی فوری طور پر کوئی اطلاع نہیں '
        'ملی", "کسی جانی نقصان کی اطلاعات موصول نہیں ہوئیں") rules out the dead and the injured, unless '
        "the clause asks; its negation denies the losses, not the event."
    ),
    "counts.none-of-the-events": (
        'A clause that rules casualties out with no figure ("پولیس کے مطابق دونوں واقعات میں کوئی جانی نقصان '
        'نہیں ہوا") right after a clause that told events at several places holds for each of them: '
        "its plural of events names those just told, it is no tally."
    ),
    "counts.bullets-are-not-people": (
        "A number or vague word right before a casualty word that opens with what hit the person "
        '("انہیں سینے میں تین گولیاں لگیں", "اسے متعدد گولیاں لگیں") counts the bullets, not people: '
        "the person hit is who is counted."
    ),
    "counts.vague-more-adds": (
        'A vague count ("کئی", "متعدد", "درجنوں") of other people told "too" ("بھی") after an exact '
        'toll ("4 پولیس اہلکار زخمی ... کئی مظاہرین بھی زخمی") adds its floor to the toll, and the '
        "count is open: at least six, no most."
    ),
    "counts.claim-that-is-an-account": (
        'An exact figure in what a party claims ("کمانڈر نے دعویٰ کیا کہ کارروائی میں نو سپاہی ہلاک '
        "ہوئے\") is that party's account of the toll: beside the exact toll told before it, the count "
        "ranges from the lowest to the highest."
    ),
    "counts.bodies-so-far": (
        'Bodies taken out "so far" from somewhere ("ملبے سے اب تک 12 لاشیں نکالی جا چکی ہیں") are '
        'the toll so far of the event just told: "سے" before "اب تک" says where the bodies came '
        'from, not since when, unless a day or date stands right before it ("کل سے اب تک").'
    ),
    "counts.toll-beyond-bodies": (
        'Bodies counted first ("اب تک 30 لاشوں کی شناخت ہو چکی ہے", "ہسپتال میں آٹھ لاشیں لائی گئیں") '
        'are some of the dead: a higher toll told after them ("ہلاک ہونے والوں کی تعداد 45 ہے") is '
        "another account, and the count ranges from the bodies to the toll."
    ),
    "counts.open-account-above": (
        'A later toll with no upper bound above every figure told first ("سات افراد جاں بحق ... 12 '
        'لاشیں ... ہلاکتوں کی تعداد کم از کم 25 ہے", "تعداد 25 سے تجاوز کر چکی ہے") is another '
        "account that leaves the count open: it ranges from the lowest figure with no most."
    ),
    "counts.owner-joined": (
        'A count joined by "اور" whose people are named with their owner first ("دو عسکریت پسند اور '
        'فوج کا ایک جوان ہلاک", "تین شہری اور پولیس کے دو اہلکار زخمی") is another item of the list: '
        "the counts add up, three and five."
    ),
    "counts.joined-to-tally": (
        'A figure with no event word joined by "جبکہ" or "اور" to a tally with a figure just before it '
        'in its sentence ("لڑائی شروع ہونے سے اب تک مرنے والوں کی تعداد 12 ہزار سے بڑھ چکی ہے اور 30 '
        'ہزار سے زیادہ لوگ زخمی ہیں") is the other half of the same tally, no toll of an event.'
    ),
    "counts.estimate-no-floor": (
        'An open figure told as what the toll could be ("ہلاک شدگان کی تعداد 70 سے زائد ہو سکتی ہے") '
        "raises no floor: the least count stays the highest one told as fact."
    ),
    "counts.confirmed-dead": (
        'A figure whose dead a party confirms ("X نے اپنے تین کارکنوں کی ہلاکت کی تصدیق کر دی") is that '
        "party's account of dead told before: it adds nobody, and a different number ranges the toll."
    ),
    "counts.speaker-place-no-tally": (
        'The places of a speaker ("ٹل کے شفاخانے کے ایک معالج نے بتایا کہ ...", "ضلع X کے ایک سرکاری '
        'ڈاکٹر کے مطابق ...") say who tells a toll "so far", not where it was counted: '
        "they do not make it a place's running total, and it stays the toll of the event just told."
    ),
    "counts.more-no-part-of-lead": (
        'A later figure of other dead ("بھی", the other side, those the other side killed: "چھ '
        "محافظ شہید ... مقابلے میں دو حملہ آور بھی ہلاک ہوئے\") is no part of the lead's figure, "
        "so the lead is not read as a total of it and the figures of the article's other places."
    ),
    "counts.more-beside-floor": (
        'The exact figure of other people told dead "too" ("بھی") after an open count ("درجنوں باغی '
        'مارے گئے ... جبکہ سرکاری فورسز کے چار سپاہی بھی ہلاک ہوئے") adds to its floor: at least that many '
        "more dead, and the count stays open."
    ),
    "counts.earlier-report-overtaken": (
        'A figure told as an earlier report that a word of contrast then overtakes ("پہلے دن پولیس '
        'نے دو اموات کی تصدیق کی تھی لیکن ...": a past perfect, then "تاہم") is no '
        "account of its own when another figure tells the whole toll: it is left out."
    ),
    "counts.contrasted-account": (
        'A different exact figure that a source gives in a clause a word of contrast opens ("12 '
        'جنگجو مارے گئے ... تاہم علاقے کے لوگوں کا کہنا ہے کہ ہلاک ہونے والے سات افراد عام شہری تھے") is '
        "that source's account set against the first, not more dead or the other side, even when "
        "it names the dead otherwise: the count ranges from the lowest to the highest."
    ),
    "counts.anonymity-aside": (
        'A speaker whose "نے" the condition of anonymity parts from its speech verb ("ایک افسر نے نام '
        'ظاہر نہ کرنے کی شرط پر بتایا کہ 25 افراد ہلاک ہوئے") gives the figures of what it says, as "X نے '
        'بتایا کہ" does: a different figure of theirs is another account.'
    ),
    "counts.toll-floor": (
        'A toll statement whose number is a floor ("ہلاک ہونے والوں کی تعداد کم از کم 15 ہو گئی ہے") is '
        "a floor as a number before a noun is: bodies or another source's exact figure above it "
        '("تاہم ایک ہسپتال کے اہلکار نے بتایا کہ 22 لاشیں لائی گئیں") are another account, and the count '
        "ranges from the floor to that figure."
    ),
    "counts.contrasted-floor": (
        'A floor that a source gives in a clause a word of contrast opens ("پانچ افراد ہلاک ... تاہم '
        'ایک مقامی بزرگ نے بتایا کہ کم از کم نو لاشیں اٹھائی گئیں") above the exact figure told first is '
        "that source's account: the count ranges from the first figure with no most."
    ),
    "counts.adjective-in-event-word": (
        'A number before an event word that holds its own adjective ("دو مختلف کارروائیوں میں 9 دہشت '
        'گرد ہلاک") counts the events, as before an adjective standing apart: the figures are the '
        "totals of the incidents told one by one after it."
    ),
    "triggers.explosive-adjective": (
        'A blast word followed by "خیز" ("دھماکہ خیز مواد") is the adjective "explosive" of a '
        "substance, a weapon: it tells no blast of its own unless its clause blows something up "
        'with it ("... نصب کر کے پل کو اڑا دیا").'
    ),
    "places.residents-of-settlement": (
        'A town or smaller place before a genitive and its people ("گاؤں X کی شہری آبادی پر گولہ باری", '
        '"قصبے X کے شہریوں کو نشانہ بنایا") is where they live and were struck, not a title that only '
        "qualifies them; a country's or a province's citizens stay titled."
    ),
    "places.adjective-then-name-suffix": (
        'An area adjective ("پہاڑی", "نواحی") followed by a place-name ending written apart ("پورہ", '
        '"کوٹ", "نگر": "X کے علاقے پہاڑی پورہ میں") begins a place name; before a place noun, "آباد" '
        '("گنجان آباد علاقے") or another word it only describes the area and starts none.'
    ),
    "places.resident-of": (
        'A place right after "ساکن" or "سکنہ" ("سپاہی X (ساکن ضلع چکوال)", "X سکنہ گاؤں Y") is where a '
        "person lives, not where the event happened."
    ),
    "sentences.comma-in-brackets": (
        'A comma inside brackets ("نائیک احمد خان (عمر 29 سال، ساکن اٹک) اور ...") parts the items of an '
        "aside about a name, not two clauses: the sentence is not cut there."
    ),
    "counts.aside-in-brackets": (
        'A short bracketed aside about a name ("سپاہی X (عمر 23 سال، ساکن کرک) اور ...") stands aside '
        "from the sentence: its words and numbers do not part the count of a clause's subject from "
        "the casualty word after it."
    ),
    "counts.speaker-apart": (
        'A speaker whose speech verb stands a few words after its "نے" ("ترجمان نے بعد میں کہا کہ", '
        '"حکام نے صحافیوں کو بتایا کہ", "X نے ایک بیان میں کہا کہ") gives the figures of what it says '
        'as "X نے بتایا کہ" does: a different figure of theirs is another account.'
    ),
    "counts.claim-over-joined-clause": (
        'What a party claims ("X نے دعویٰ کیا کہ") runs on over a clause joined by "اور" ("... کہ '
        "چوکی کو نشانہ بنایا اور حملے میں چار اہلکار ہلاک ہوئے\"): a figure there is that party's "
        "account of the toll too."
    ),
    "counts.lead-total-split": (
        "A figure told first for an incident that is the sum of the figure the body gives for it and "
        "the figures of the article's other incidents (\"نکیال اور بٹل سیکٹرز میں تین شہری شہید ... "
        'نکیال میں دو شہری ... بٹل میں ایک شہری شہید") is the total of them all: each incident '
        "takes its own figure."
    ),
    "counts.attackers-vague-add": (
        'Attackers told dead with a vague count or a floor after the toll of their victims ("کم از '
        'کم 25 فوجی ہلاک ... جوابی کارروائی میں درجنوں حملہ آور بھی مارے گئے") are other dead: their '
        "floor adds to the toll and the count is open, at least 37."
    ),
    "counts.one-then-count": (
        'A person told hurt or killed with no number ("فائرنگ سے ڈرائیور زخمی ہو گیا") before an exact '
        'count of more than one for the same event ("واقعے میں 26 افراد زخمی ہوئے") is one of those '
        'the count tells, not the whole toll: the count stands, unless it adds people ("بھی", "مزید").'
    ),
    "counts.toll-after-which": (
        'A toll that became a new figure "after which" something was told ("ایک زخمی اسپتال میں دم توڑ '
        'گیا جس کے بعد ہلاکتوں کی تعداد 6 ہو گئی") grew by what the sentence told first: it is the '
        'updated toll and replaces the first figure, as one told to have grown ("بڑھ کر") does.'
    ),
    "counts.toll-whereby": (
        'A toll that became a new figure "whereby" something was told ("مزید دو زخمی چل بسے جس سے '
        'ہلاکتوں کی تعداد 7 ہو گئی") is the updated toll and replaces the first figure, as one told '
        '"after which" does.'
    ),
    "counts.risen-toll-is-an-account": (
        'A toll that rose ("بعد میں ہلاکتوں کی تعداد 18 ہو گئی") after an exact first figure of the '
        'same event ("12 افراد جاں بحق") is a later account that differs from it: the count ranges '
        "from the first figure to the toll, as conflicting figures do; after a floor "
        '("کم از کم 12"), after injured told to have died since, or when it is told to have grown '
        '("بڑھ کر"), the toll stands alone.'
    ),
    "counts.collective-retold": (
        'A collective numeral ("دونوں", "تینوں", "چاروں") after a toll of as many people refers back to '
        'them and adds nobody ("دو ڈاکو ہلاک ہو گئے ... دونوں نوجوانوں کو قتل کیا"), unless told "too" '
        '("مزید", "بھی") or naming another group of people than those counted ("دونوں حملہ آوروں").'
    ),
    "counts.other-side-later": (
        'A later toll of the other side of a fight ("چار اہلکار شہید ... جوابی کارروائی میں چھ دہشت گرد '
        "ہلاک\") adds to the incident's toll: attackers killed are counted too."
    ),
    "counts.included-in-count": (
        'A count right before "سمیت" or "بشمول" is part of the count after it, and a list joined by '
        '"اور" goes on before it: "9 شدت پسند اور ایک میجر سمیت 4 فوجی" are thirteen, and "ہلاک ہونے '
        'والوں میں ایک کپتان سمیت 4 سپاہی اور 2 اہلکار شامل ہیں" six.'
    ),
    "counts.civilians-too": (
        'Civilians told dead or hurt "too" ("بھی") after a toll of a force\'s members or of militants '
        '("چار فوجی ہلاک ہو گئے جبکہ دو شہری بھی مارے گئے") are other people and add to it: six, though '
        '"شہری" alone may count people in general.'
    ),
    "counts.participle-term-count": (
        'A casualty word that is itself a participle in "-والا" ("مرنے والے", "مارے جانے والے") counts '
        'the number right after it, as "ہلاک ہونے والے" does: "حملے میں مرنے والے چار افراد کی نماز '
        'جنازہ" tells four dead.'
    ),
    "counts.one-more-person": (
        'One person named with no number and told dead or hurt "too" ("بھی") after a toll of people '
        'named for who they are ("دو اہلکار شہید ہو گئے، دھماکے میں گاڑی کا ڈرائیور بھی جاں بحق ہو '
        'گیا") is one more: three. Not after a toll of people in general ("5 افراد"), who may hold him.'
    ),
    "counts.aged-one-gapped": (
        'A casualty word whose verb is left out before "جبکہ" or a comma ("... جاں بحق جبکہ دو زخمی ہو '
        'گئے") is said of one person when an age stands before the noun and name that are its subject '
        '("فائرنگ سے 22 سالہ کارکن ندیم احمد جاں بحق جبکہ ..."): one dead, as a singular verb would say.'
    ),
    "counts.lead-figures-elsewhere": (
        "A clause with no violent event told before the first incident, that gives figures at a "
        "district or town which neither holds nor lies in the incident's places (\"ضلع ہرنائی میں ایک "
        'کارخانے کا بوائلر پھٹنے سے تین مزدور ہلاک ہوئے۔ ادھر ضلع کیچ میں بم سے ...") is no lead of that '
        "incident: its figures are of another place's event."
    ),
    "counts.all-events-toll-shared": (
        "A toll with no place of its own that names the events just told one by one with a "
        'collective numeral ("پہلا دھماکہ ... دوسرا دھماکہ ... دونوں دھماکوں میں 7 افراد جاں بحق") '
        "is their total, not the last one's: each gets 0 to the total, where none gives a figure of its own."
    ),
    "counts.lead-total-shared": (
        "A lead with no violent event of its own that gives figures for various events or places "
        '("بلوچستان میں مختلف واقعات میں 9 افراد ہلاک") gives totals: the first '
        "incident then told at a place of its own shares them, and takes its own figures where it gives any."
    ),
    "counts.raid-struck-no-death": (
        'A killing word made with "مارنا" right after a noun of a raid ("ٹھکانے پر چھاپہ مارا گیا") is '
        "the light verb of raiding: it counts nobody killed."
    ),
    "counts.charge-is-no-toll": (
        'A killing or wounding word that names a charge counts nobody: an attempt ("اقدام قتل"), the '
        'charges laid against people ("5 افراد کے خلاف قتل کا مقدمہ"), a deed someone is said to be '
        'involved in or wanted for ("8 افراد کے قتل میں ملوث") or arrested on suspicion of ("قتل کے الزام '
        'میں گرفتار"): the count before it is of the accused or of past victims, not the toll told.'
    ),
    "triggers.glued-postposition-before": (
        'A postposition written onto the front of an event or weapon word ("پرحملہ", "پردستی بم", '
        '"کاحملہ") is read as its own word, so the event word is found.'
    ),
    "triggers.clash-between-groups": (
        'A clash word right after two groups of people named as its sides ("دو برادریوں میں تصادم", '
        '"قبائل کے درمیان تصادم", "طلبہ تنظیموں کے مابین تصادم") tells a fight between them: it has '
        "sides, and it is no collision of vehicles."
    ),
    "triggers.clash-needs-sides": (
        'A weak clash word ("تصادم", "کے درمیان مقابلہ") reports a fight only where its clause '
        "names a force, group or party that could fight, not people or vehicles alone (a road "
        "collision, a sports match)."
    ),
    "non-events.civic-drive": (
        "An operation, raid, demolition or arrest that its sentence says was against a civic offence "
        '(encroachments, illegal buildings, power theft, profiteering: "تجاوزات کے خلاف آپریشن", '
        '"بجلی چوروں کے خلاف کارروائی") is the administration enforcing its rules: no security operation, '
        "no destruction of property, no arrest of militants."
    ),
    "non-events.festive-fire": (
        'Shots fired into the air ("ہوائی فائرنگ", "ہوا میں فائرنگ") in a sentence that calls the '
        'occasion a celebration ("جشن", "خوشی میں") aim at nobody: they report no event.'
    ),
    "non-events.abstract-victim": (
        'An event word that befalls an abstraction ("میرٹ کا قتل", "ہمارا مینڈیٹ اغوا کیا گیا", "قوم کو '
        'یرغمال بنا رکھا ہے") or whose agent is one ("مہنگائی نے غریب کے گھر میں آگ لگا دی") is a figure '
        "of political speech: it reports no event."
    ),
    "non-events.campaign-against-abstraction": (
        'An event word right after an abstraction and "کے خلاف" ("دہشت گردی کے خلاف جنگ", "انتہا '
        'پسندی کے خلاف جاری لڑائی"), in a clause with no figure, names the campaign against it, '
        "a figure of political speech: it reports no event."
    ),
    "non-events.law-against-act": (
        'An event word right before "کے خلاف" and a law, a bill or a resolution ("اغوا کے خلاف نیا قانون '
        'لانے کی اپیل", "ٹارگٹ کلنگ کے خلاف بل منظور"), in a clause with no figure, names the kind of act '
        "legislated against: it reports no event."
    ),
    "non-events.search-for-arrest": (
        'An arrest named as the aim of a search told as begun or going on ("واقعے میں ملوث ملزمان '
        'کی گرفتاری کے لیے علاقے میں سرچ آپریشن شروع کر دیا گیا ہے") is sought, not made: the clause '
        "reports no arrest."
    ),
    "non-events.search-under-way": (
        'A search operation told as begun, going on or ended ("واقعے کے بعد پولیس نے ناکہ بندی کر کے '
        'سرچ آپریشن شروع کر دیا", "قصبے کے گردونواح میں سرچ آپریشن جاری ہے"), in a clause with no figure, '
        "is the response to the event told: it reports no clash of its own (an arrest or a toll it "
        "gives still does)."
    ),
    "non-events.rumoured-event": (
        'An event word followed by a rumour of it ("بچوں کے اغوا کی افواہ پر مشتعل ہجوم نے ...", '
        '"دھماکے کی افواہ") names what was rumoured, not what happened.'
    ),
    "non-events.rumour-framing": (
        'An article that calls what was reported a rumour or a false alarm ("دھماکے کی خبر کو افواہ '
        'قرار دیا", "یہ طیارے کا سونک بوم تھا") and gives no casualty figure, no lack of casualties and '
        "no weapon tells no violent event, unless someone is said to act (a crowd's protest or riot "
        "still happened)."
    ),
    "non-events.celebration-is-no-protest": (
        'A march or rally that its sentence calls a celebration or a welcome ("جشن آزادی ریلی", '
        '"استقبالیہ ریلی", "جشن منایا اور ریلی نکالی") is no protest.'
    ),
    "non-events.years-ago-unplaced": (
        "A past-perfect clause with no place of its own in a sentence that puts its event years back "
        '("وہ تین سال قبل ایک جلسے میں دھماکے میں جاں بحق ہو گئے تھے") recalls an event with neither a '
        "place nor a day that can be resolved: it reports no incident."
    ),
    "non-events.years-ago-relative": (
        "An event word qualified by a relative participle that puts it years back "
        '("دو سال قبل ہونے والے بم دھماکے میں معذور ہونے والے بچے"), in a clause with no place of its '
        "own, names a past event with neither a place nor a day that can be resolved: it reports no incident."
    ),
    "non-events.trend": (
        "Plural event nouns followed by a rise or a fall in them "
        '("بارودی سرنگوں سے ہلاکتوں میں اضافہ ہوا", "حملوں میں کمی آئی") tell a trend in many events, '
        "not one that happened: they report no incident."
    ),
    "non-events.recalled-scattered-plural": (
        "A clause in the past perfect whose event words are all plural nouns and "
        'which puts them at various places of a region before them ("گزشتہ برس بھی صوبے کے کئی اضلاع '
        'میں پولیس چوکیوں پر حملوں میں ... مارے گئے تھے") recalls many events together, an aggregate: it '
        "reports no incident."
    ),
    "non-events.trend-of-occurrences": (
        'An event word followed by its occurrences in a plural of their own ("واقعات", "وارداتوں") and '
        'a rise or a fall in them, with a share or an adverb between ("اغوا کے واقعات میں 40 فیصد تک '
        'کمی آئی", "فائرنگ کی وارداتوں میں نمایاں اضافہ"), tells a trend in many events, as '
        "non-events.trend does: it reports no incident."
    ),
    "non-events.trend-since-campaign": (
        'An operation word right before "کے بعد" in a clause that tells a rise or a fall in other '
        'event words ("پولیس آپریشن کے بعد اغوا کی وارداتوں میں نمایاں کمی آئی") names where the '
        "trend starts, a campaign, not an event: with every other event word in the trend the clause "
        "reports no incident."
    ),
    "non-events.rising-violence": (
        'An event word right after a participle of rising ("بڑھتی ہوئی ٹارگٹ کلنگ کے خلاف اجلاس", '
        '"بڑھتے ہوئے اغوا پر تشویش"), in a clause with no figure, names violence said to be rising, '
        "a trend in many events: it reports no event."
    ),
    "non-events.generic-plural": (
        'A clause whose only event words are plural event nouns ("خودکش حملوں اور بم دھماکوں نے '
        'معیشت تباہ کر دی") and that gives no figure, no place of its own, no time and nobody who '
        "acted speaks of such events in general: it reports no event."
    ),
    "non-events.country-subject-of-plural": (
        "A country named right before a plural event noun, with no case marker between them "
        '("فلاں ملک فضائی حملوں کی نہ تصدیق کرتا ہے نہ تردید"), is the subject speaking of such events, '
        "not their place: it does not keep non-events.generic-plural from holding."
    ),
    "non-events.generic-plural-devices": (
        'An event word that qualifies a plural weapon noun right after it ("سڑک کنارے نصب بموں کو '
        'شہری ہلاکتوں کا سب سے بڑا سبب قرار دیا") names such devices in general, as a plural event '
        "noun does: in a clause with no figure, place, time or actor it reports no event."
    ),
    "non-events.share-of-casualties": (
        'A clause that gives a share of the dead ("زیادہ تر شہری ہلاکتیں فضائی بمباری سے ہوئیں", '
        '"بیشتر اموات") sums up the dead of many events: with no date and no place of its own it '
        "reports no event."
    ),
    "non-events.burst-is-accident": (
        'A clause that says an accident-prone thing burst ("بوائلر پھٹنے سے", "سلنڈر پھٹ گیا") tells '
        "how the article's blast came about: its other blast words are that accident, not an attack."
    ),
    "non-events.banned-is-no-event": (
        'An event word followed by a ban on it or its prevention ("ہوائی فائرنگ پر پابندی", '
        '"حملوں کی روک تھام") names what is banned or to be prevented, not an event that happened.'
    ),
    "non-events.court-case-listed": (
        'Event words listed together before the word for a court case ("توڑ پھوڑ اور جلاؤ گھیراؤ کے '
        'مقدمات میں نامزد", "اغوا اور قتل کے مقدمے میں") all name the case, as one event word does '
        "(non-events.court-case)."
    ),
    "non-events.every-event": (
        'An event word after "every" ("ہر دھماکے کے بعد تحقیقات کا اعلان ہوتا ہے", "ہر حملے میں") '
        "speaks of all such events: in a clause with no casualty figure and no actor it tells none."
    ),
    "non-events.prepared-for": (
        'An event word followed by "to deal with" or "to guard against" ("حملے سے نمٹنے کے لیے مشق", '
        '"دھماکوں سے بچاؤ کے لیے") names what one prepares for: it has not happened.'
    ),
    "non-events.stop-called": (
        'An event word followed by a call to stop it ("فوجی کارروائیاں فوری طور پر روکیں", "حملے '
        'روکے جائیں", "بمباری روکنے کا مطالبہ") names what is to stop, as a demand for it does '
        "(triggers.demanded-is-no-event): no event reported."
    ),
    "non-events.seems-kind": (
        'An event word followed by a verb of seeming ("یہ قتل بظاہر ٹارگٹ کلنگ لگتا ہے", "یہ '
        'دہشت گردی لگتی ہے") says what kind of event the one told appears to be: no event of its own.'
    ),
    "non-events.seized-list-item": (
        "A weapon word that stands alone as one item of a list of things seized, cut off by its "
        'commas ("ملزمان کے قبضے سے دو رائفلیں، ایک دستی بم، چوری کیے گئے چار لیپ ٹاپ اور نقدی '
        'برآمد کر لی"), is seized with the rest: no blast or grenade of its own.'
    ),
    "non-events.habitual-past": (
        'An event word whose verb, at most three words on, is in the habitual past ("گروہ کے ارکان '
        'دستی بم ساتھ لے کر گھومتے تھے", "گروہ راہگیروں کو لوٹتے تھے") tells what used to be '
        "done, not an event, in a clause with no casualty figure."
    ),
    "non-events.habitual-present": (
        "An event word whose verb, at most seven words on with no conjunction, relative pronoun or "
        'finite verb between, is in the habitual present ("اسلام ایک انسان کے قتل کو پوری انسانیت کا '
        'قتل قرار دیتا ہے", "ایسے حملوں میں عام شہری مارے جاتے ہیں") tells a general truth or a '
        'habit, not an event; a passive verb of saying or deeming ("تعداد دس بتائی جاتی ہے") reports it.'
    ),
    "non-events.habitual-present-negated": (
        "An event word whose verb, at most seven words on with no conjunction, relative pronoun or "
        'finite verb between, is a negated habitual present with no auxiliary ("حکومت ایسے حملوں کی '
        'تصدیق نہیں کرتی", "تنظیم شہریوں پر حملوں کی حمایت نہیں کرتی") tells what someone never does, '
        "a general statement, not an event."
    ),
    "non-events.charged-deed": (
        'An event word followed by "in" and, at most three words on, a predicate of a charge ("حملوں '
        'میں ملوث", "کئی خودکش حملوں میں غیر ملکی شہری ملوث پائے گئے", "قتل کی وارداتوں میں مطلوب") '
        "names the deeds someone is charged with, not an event told."
    ),
    "non-events.charged-deed-told": (
        "A deed someone is charged with that a singular relative clause in the past perfect right "
        'after the charge goes on to tell ("وہ گزشتہ ماہ X میں چوکی پر حملے میں ملوث تھے جس میں دو '
        'اہلکار شہید ہوئے تھے") is one earlier event told with its toll, not only a charge: it stays '
        "an event (a background incident); narrows non-events.charged-deed."
    ),
    "non-events.seizure-keeps-told-deed": (
        "In a clause of arms recovered, a deed told as non-events.charged-deed-told reads it after "
        '("... رائفلیں برآمد ہوئیں اور وہ گزشتہ ماہ X میں حملے میں ملوث تھے جس میں دو اہلکار شہید '
        'ہوئے تھے") is an earlier event told, not a thing seized: it stays an event.'
    ),
    "non-events.charge-of-arrested": (
        'An event word in a relative clause of charge that follows an arrest ("پولیس نے 30 نوجوان '
        'گرفتار کر لیے جن پر توڑ پھوڑ اور ہنگامہ آرائی کا الزام ہے") names what those arrested are '
        "charged with, not an event told: the arrest is the clause's event."
    ),
    "non-events.weapon-range": (
        'A weapon word after its range ("2000 کلومیٹر تک مار کرنے والے نئے بیلسٹک میزائل", "فضا '
        'میں مار کرنے والا نظام") names a kind of weapon, not a strike, in a clause with no casualty '
        'figure; a strike word that holds the weapon ("... مار کرنے والے میزائل داغے") still tells one.'
    ),
    "non-events.case-topic": (
        'An event word followed by "about" and a case, a petition or a hearing in court ("جبری '
        'گمشدگی سے متعلق کیس کی سماعت", "اغوا کے بارے میں درخواست") names what the case is about, '
        "not an event reported."
    ),
    "non-events.stance-on-event": (
        'An event word followed by a genitive and a stance on it ("اپوزیشن نے فوجی آپریشن کی مخالفت '
        'کی", "کارروائی کی حمایت کا اعلان") names a policy debated, not an event reported.'
    ),
    "non-events.stepped-up": (
        'An event word followed by "تیز" and a form of "کر" or "ہو" ("حملے تیز کر دیے", "لڑائی تیز ہو گئی"), '
        "in a clause with no figure, tells events stepped up, a trend, not an event reported."
    ),
    "non-events.topic-of-exchange": (
        'An event word followed by "پر" and talks, a dispute or a debate ("سرحدی آپریشن پر بات چیت", '
        '"فضائی حملے پر تنازع") is the topic of that exchange, not an event reported.'
    ),
    "non-events.talks-or-force": (
        'An event word set beside talks as the other choice of a policy ("مذاکرات یا آپریشن", '
        '"بات چیت کے بجائے فوجی کارروائی", "آپریشن اور مذاکرات کے درمیان فیصلہ") names force weighed '
        "as an option, not an event reported, in a clause with no casualty figure."
    ),
    "non-events.aircraft-as-support": (
        'An aircraft word followed by a genitive and "help" ("جنگی طیاروں کی مدد سے ٹھکانوں کو نشانہ '
        'بنایا", "فوج کو لڑاکا طیاروں کی مدد بھی حاصل ہے") names the means of the operation the '
        "clause tells, not an air strike of its own."
    ),
    "non-events.released-after-arrest": (
        'An arrest word that qualifies the people whose bail or release the clause tells ("گرفتار '
        'کارکنوں کی ضمانت منظور", "گرفتار کیے گئے افراد کو رہا کر دیا") names an arrest made '
        "before: the release is the news, and it is no event."
    ),
    "triggers.demanded-is-no-event": (
        'An event word followed by a demand, a request or an order for it ("قاتلوں کی گرفتاری کا مطالبہ", '
        '"رہائی کا مطالبہ", "فضائی کارروائی کرنے کی درخواست", "سخت کارروائی کا حکم") names what is demanded '
        "or ordered, which has not happened: it reports no event."
    ),
    "segments.crowd-after-event": (
        'A later clause that names the act of violence just told with "کے بعد" and tells only a '
        'crowd\'s protest or riot besides ("تصادم کے بعد گاؤں میں نوجوانوں نے فورسز پر پتھراؤ کیا") '
        "opens an incident of its own: the event word only names the earlier event."
    ),
    "segments.crowd-met-after-violence": (
        "A later sentence that tells only a crowd's violence or the forces breaking a crowd up "
        '("پولیس نے مظاہرین پر آنسو گیس کے گولے داغے") after an act of violence with no crowd in it '
        "opens an incident of its own: the crowd is no side of the fight or attack told before."
    ),
    "segments.case-dated-recall": (
        "In an article whose lead reports a court's ruling, an act recalled in the past perfect at a "
        'town of its own, in a sentence that names a whole month or year gone by ("ملزمان کو جون 2012 '
        'میں لورالائی سے گرفتار کیا تھا"), is told for itself, as one put on its day is: the case '
        "retold has no time or town of its own."
    ),
    "segments.protest-after-violence": (
        "A clause reporting only a protest after an act of violence (people protesting a killing or "
        "an attack) opens an incident of its own, even at the same place on the same day."
    ),
    "types.brawl-without-arms": (
        "A clash between two groups of people named as its sides, fought with sticks, stones or "
        'blades alone ("دو گروپوں کے درمیان لاٹھیوں اور کلہاڑیوں سے لڑائی"), with no shots, firearms or '
        "explosives named and no state force or armed group in it, is mob violence, not an armed clash."
    ),
    "types.fired-then-stopped": (
        'Weapons fired in a main clause and stopped in a relative clause about them ("پانچ راکٹ '
        'داغے گئے جنہیں دفاعی نظام نے ناکارہ بنا دیا") make a strike: the sentence tells the firing, '
        "and the relative clause only what became of the weapons."
    ),
    "types.harm-beside-interception": (
        "Weapons stopped harm nobody: an incident that tells weapons shot down or stopped and, in a "
        'clause of its own, people killed or injured by a strike ("... 45 ڈرون مار گرائے گئے۔ ڈرون '
        'حملے میں اوڈیسا میں دو شہری ہلاک") is that strike.'
    ),
    "types.caught-with-weapon": (
        "A weapon word followed by 'سمیت' in a clause that reports an arrest names what the people "
        'were caught with ("دو دہشت گردوں کو دستی بموں سمیت گرفتار کر لیا"): the weapon was held, not '
        "used, so it makes no attack; the arrest is the event."
    ),
    "types.weapon-name-tail": (
        "A word of a thrown bomb that ends a longer weapon name read before it ('پیٹرول بم پھینکے': "
        "an incendiary) names that weapon, not a grenade: it makes no grenade attack."
    ),
    "types.crowd-beating": (
        "An attack or a killing told as a beating ('تشدد', 'مار پیٹ') by ordinary people named as its "
        'doers ("اہل علاقہ نے", "لوگوں نے", "مکینوں نے"), with no shots and no state force or armed '
        "group in it, is mob violence: a crowd's violence, not an attack by an armed actor."
    ),
    "types.fought-back": (
        "Shots or an attack answered in the same incident by return fire or an exchange of fire "
        '("جوابی فائرنگ", "فائرنگ کا تبادلہ") is an armed clash: both sides were armed and fought.'
    ),
    "segments.protest-after-mob": (
        "A later sentence reporting only a protest against a mob's violence (\"مشتعل ہجوم نے ... ہلاک "
        'کر دیا۔ واقعے کے خلاف شہریوں نے مظاہرہ کیا") is an incident of its own: the protesters are '
        "not the mob."
    ),
    "segments.arrest-elsewhere": (
        "A clause reporting only arrests (in a raid or search operation) after an act of violence, at "
        "a town that is neither the incident's nor inside or around it (the dateline's when the "
        'incident has no place of its own: "قلعہ عبداللہ: ... دھماکہ ... گلستان میں سرچ آپریشن کر کے تین '
        'مشتبہ افراد کو گرفتار کر لیا"), is an Arrests incident of its own.'
    ),
    "segments.protested-event-named": (
        'An event word followed by "کے خلاف" in a protest clause ("حملے کے خلاف شہریوں نے امن مارچ '
        'کیا") names what is protested: the clause reports only the protest, an incident of its own '
        "after the act of violence."
    ),
    "types.workers-no-protest": (
        'Party workers or activists ("کارکن", "کارکنوں") are protesters only at a protest: an act '
        "they are named in makes a demonstration only with a crowd's or a clash's event word, a word "
        'for a demonstration, a noun for people protesting ("مظاہرین") or a mark of their doing it '
        '("کارکنوں نے", "کارکنوں کی فائرنگ"); shots that hurt "پارٹی کارکنوں سمیت چار افراد" tell an attack.'
    ),
    "segments.follow-up-arrest": (
        'An arrest of suspects of an act of violence told as made after it ("دھماکے کے الزام میں", '
        '"واقعے میں ملوث", "اگلے روز") and not at the scene is an Arrests incident of its own.'
    ),
    "non-events.court-case": (
        'An event word followed by the word for a court case ("قتل کے مقدمے میں", "دھماکا کیس") '
        "in a clause naming no place names the case being heard, not an event reported."
    ),
    "non-events.charge-of-accused": (
        'An event word followed by a genitive and a noun for those accused or convicted of it ("دھماکے '
        'کے ملزم کو عمر قید", "حملے کے دو مجرموں کو سزائے موت") names the charge, not an event of the '
        "clause, even where it names a place or a time: the news is the verdict, arrest or hearing."
    ),
    "non-events.goods-store-no-cache": (
        'A store of goods ("ایندھن کے ذخائر", "اناج کے ذخیرے") or the act of storing ("اناج ذخیرہ '
        'کرنے کی تنصیبات") is no cache of weapons: the word makes no seizure of its clause, and a '
        "strike on it is an event."
    ),
    "non-events.photo-caption": (
        'A line of a web page that ends in a photo credit ("... گشت کر رہے ہیں۔ فوٹو: ایکسپریس", '
        '"عمارت کا منظر — فائل فوٹو", "(فوٹو: اسکرین گریب)") is a picture\'s caption: page furniture, '
        "like a link to another report, whose events, places and days are not read."
    ),
    "non-events.court-report": (
        "An article whose lead sentence has a court as its agent and tells a ruling or a hearing "
        '("عدالت نے دو ملزمان کو بری کر دیا", "ہائی کورٹ نے ضمانت کی درخواستیں مسترد کر دیں") reports '
        "the court's act: the acts of violence the lead names and those the article recalls in the "
        'past perfect ("... جاں بحق ہوئے تھے") are the case, told again, unless their sentence puts '
        "them on a day of their own (a background incident); an act told in the simple past is fresh "
        "news, and a crowd's protest still happened."
    ),
    "non-events.commemoration-lead": (
        'An article whose lead sentence observes the anniversary of its event words ("حملے کی دسویں '
        'برسی منائی گئی") reports the observance: the acts of violence the article recalls in the past '
        "perfect are the day remembered, unless their sentence puts them on a day of their own; a "
        "march still happened."
    ),
    "non-events.report-tally-lead": (
        "An article whose lead sentence gives a report's count of events over a calendar period and "
        'no event of its own ("سالانہ رپورٹ کے مطابق گزشتہ سال ملک میں دہشت گردی کے 320 واقعات ہوئے") '
        'is a statistics report: the acts of violence it tells after ("ان حملوں میں 500 افراد ہلاک", '
        '"سب سے زیادہ حملے خیبر پختونخوا میں ہوئے") are parts of that count, unless their sentence puts '
        "them on a day of their own."
    ),
    "non-events.report-toll-lead": (
        "A lead sentence that gives a report's toll over a whole month, year or a longer stretch "
        '("رپورٹ کے مطابق 2023 کے دوران ملک میں 1900 شہری ہلاک ہوئے") with no event word of its own '
        "opens a statistics report, as a count of events does (non-events.report-tally-lead)."
    ),
    "non-events.report-tally-second": (
        "A lead sentence that only sums up events (a tally, no event of its own) followed by a "
        "sentence that gives a report's count or toll over a period opens a statistics report, as "
        "such a lead alone does (non-events.report-tally-lead)."
    ),
    "non-events.report-tally-after-frame": (
        "A lead sentence that tells no event of its own (no event word; no figure, or only a toll "
        'with no event word: "ادارے کا کہنا ہے کہ 2021 کے دوران 900 شہری مارے گئے") followed by a '
        "sentence that gives a report's count or toll over a period opens a statistics report "
        "(non-events.report-tally-second)."
    ),
    "non-events.tally-counts-damage": (
        "In a statistics report (non-events.report-tally-lead), property burned or looted with no "
        'day of its own ("صوبے میں 40 دکانیں نذر آتش کی گئیں") is part of the count, as attacks are; '
        "a protest or march stays an event."
    ),
    "non-events.none-such-event": (
        'An event word after "no" ("کوئی") and at most two describing words, with "not" ("نہیں") right '
        'after it or one word on ("یہ کوئی بڑا فوجی آپریشن نہیں بلکہ ...", "ضلع میں کوئی دھماکہ نہیں '
        'ہوا"), is said not to be or not to have happened: no event.'
    ),
    "non-events.habitual-toll": (
        "Where every casualty figure of a clause has its verb in the habitual past ('... چار سپاہی "
        "شہید ہو جاتے تھے'), non-events.habitual-past applies though the clause has a figure: the "
        "event word the habitual past or that toll follows tells what used to happen, no event."
    ),
    "non-events.decided-act": (
        "An event word followed by an infinitive, its genitive and a decision, plan or announcement "
        '("میزائل حملے کرنے کا فیصلہ کیا", "بڑے حملے کرنے کا اعلان کیا") names what was decided, not an '
        "event reported."
    ),
    "non-events.victim-class": (
        'A plural event word, or one with another set beside it by "or"/"and", then "in" and a '
        'relative participle of a casualty verb ("حملوں میں شہید ہونے والے سپاہیوں کے ورثا کو ... دیے '
        'جائیں گے"), in a sentence that tells the future or opens with a decision ("فیصلہ کیا کہ"), '
        "names whoever falls in such events: no event told."
    ),
    "non-events.play-as-weapons": (
        "An event word owned in the genitive by a thing played, asked or thrown in sport or speech "
        '("تیز گیندوں کی بمباری", "سوالات کی بوچھاڑ") is a figure for many of them, no violence.'
    ),
    "non-events.case-of-charge": (
        'An event word right after a case noun in the construction "case of X" ("واقعے کا مقدمہ قتل '
        'اور دہشت گردی کی دفعات کے تحت درج کر لیا گیا", "مقدمہ اقدام قتل") names the charge the case '
        "is filed under, no event: the event is told elsewhere in the article."
    ),
    "non-events.scenes-after-event": (
        'An event word followed by "کے بعد", up to two words in the genitive and a scene or story '
        '("دھماکے کے بعد اسپتالوں کے مناظر", "حملے کے بعد شہر کی کہانی") tells what a film or a '
        "book shows after such an event, no event of the report."
    ),
    "non-events.sport-player-figurative": (
        'An event word in a clause that names cricket players or scoring ("بولرز کی گولہ باری کے '
        'سامنے بلے باز ہتھیار ڈال گئے", "اسپنرز کے حملے کے بعد 90 رنز پر") and gives no casualty '
        "figure is a figure of play in a sports report, no violence."
    ),
    "non-events.missing-for-long": (
        'A disappearance word after a long stretch and "سے" and before a present copula ("ان کے '
        'رشتہ دار کئی برسوں سے لاپتہ ہیں", "بیٹا دو سال سے لاپتہ ہے") tells how long people have been '
        "missing, a state with no day it began: no incident."
    ),
    "non-events.civil-operation": (
        'A one-word operation word ("آپریشن") right before a room or centre ("ایمرجنسی آپریشن '
        'سینٹر", "آپریشن تھیٹر"), or in a clause with no casualty figure that names patients, surgeons '
        'or surgery ("سرجن نے مریض کا آپریشن کیا"), names a facility or a surgery, no security operation.'
    ),
    "non-events.missile-into-sea": (
        'A missile or rocket strike whose sentence says it fell into the sea ("بیلسٹک میزائل داغے '
        'جو مشرقی سمندر میں جا گرے"), with no casualty figure and no target named, is a launch or a test: '
        "no strike."
    ),
    "non-events.ongoing-escalation": (
        'An ongoing fight ("جاری لڑائی") or plural event words followed by "in" and their '
        'escalation ("شدت", "تیزی") or a rise, in a clause with no casualty figure, is a trend of a '
        "war, not an event (non-events.trend)."
    ),
    "non-events.kinds-such-as": (
        'Event words listed before "such as" and a noun for kinds of acts ("قتل، ڈکیتی یا '
        'اغوا جیسے جرائم کے ملزم", "دھماکوں جیسے واقعات کی روک تھام") name kinds of acts, '
        "not an event that happened."
    ),
    "non-events.depicted-scene": (
        "An event word followed, after the words coordinated with it, by a genitive and a scene, story "
        'or portrayal ("فلم میں بم دھماکوں اور فائرنگ کے مناظر", "بمباری اور دست بدست لڑائی کے مناظر") '
        "names what a film, series or book shows, not an event that happened."
    ),
    "non-events.reaction-names-event": (
        "An article with nothing but reactions (condemnation, grief) to an event it names with a "
        "strong event word and a place or toll of its own reports that event."
    ),
    "segments.and-another-place": (
        'An "اور" that opens the locative of another place ("X میں ... حملے میں 9 افراد اور Y میں '
        'ڈرون حملے میں 2 افراد") between two event words ends one clause and starts the next.'
    ),
    "segments.and-there-too-casualty": (
        'An "اور" before another place told "there too" ("X میں ... جاں بحق ہو گیا اور Y میں بھی ایک '
        'شخص زخمی ہوا") with a casualty word after it ends one clause and starts the next, as an event '
        "word after the place would: the like happened at Y, another incident."
    ),
    "segments.and-in-place-list": (
        'An "اور" right after a bare place name, with no postposition of its own ("... احتجاج کیا گیا، '
        'تربت اور گوادر میں ریلیاں نکالی گئیں"), ends a list of places that share the locative after '
        "the last: where the sentence is cut for another place's event, the cut goes before the list."
    ),
    "types.guarded-civilians": (
        "Shots or an attack by attackers that hit civilians and the state's forces named only as their "
        'guard ("پولیو ورکر جاں بحق جبکہ ٹیم کی حفاظت پر مامور پولیس اہلکار زخمی ہو گیا") were aimed at '
        "the civilians: an attack on civilians, not an armed clash, unless the guard fought back."
    ),
    "types.retaliation-by-remote-weapon": (
        'A retaliation told as an act ("جوابی کارروائی") carried out with rockets, missiles, shells, '
        'drones or aircraft alone and no other word of fighting ("جوابی کارروائی میں فوجی اڈے کو راکٹوں سے '
        "نشانہ بنایا\") is a strike of that weapon's kind, not an armed clash."
    ),
    "types.both-sides-fired": (
        "Shots, an attack or a killing in an incident one of whose clauses puts both sides of a fight "
        'behind shots or arms ("دونوں جانب سے اندھا دھند فائرنگ", "فریقین نے ایک دوسرے پر فائرنگ کی", "دو '
        'خاندانوں میں فائرنگ"), with no party workers or protesters among its doers, is an armed clash: '
        "a feud in which both sides fired, not an attack."
    ),
    "types.campaign-rally-no-protest": (
        "A rally named a party's campaign or welcome rally by the adjective right before it (\"انتخابی "
        'ریلی", "استقبالیہ ریلی") is no protest word for a clash of two parties\' workers beside it: '
        "the clash stays mob violence (types.rival-supporters-clash), not a violent demonstration."
    ),
    "types.rival-supporters-clash": (
        "A clash between the workers or supporters of two parties, named as its sides "
        '("پولنگ اسٹیشن کے باہر دو جماعتوں کے کارکنوں میں تصادم"), with no demonstration or protest word '
        "and no state force among its doers, is mob violence, not a violent demonstration."
    ),
    "types.protest-over-victims": (
        "An event word that only names how the people a protest is about died or were hurt, in a "
        'casualty participle ("پولیس کی فائرنگ سے جاں بحق ہونے والے طالب علم کے ورثا نے احتجاج کیا"), does '
        "not type the incident: the protest word told after it does."
    ),
    "types.operation-on-militants": (
        'Militants, and only they, killed or hurt in an operation told with no doer named ("کارروائی '
        "کے دوران چار عسکریت پسند ہلاک کر دیے گئے\"): the operation is a state force's, so it is an "
        "armed clash, not violence against civilians."
    ),
    "types.forces-on-armed": (
        "Shots, an attack or a killing by the state's forces whose targets are armed (militants, "
        'rebels, a militia, or forces: "ایک سپاہی نے ساتھی اہلکاروں پر فائرنگ کر دی") and include no '
        'civilians ("سیکیورٹی فورسز نے چار دہشت گرد ہلاک کر دیے") is an armed clash: a security '
        "operation that kills militants is a battle."
    ),
    "types.also-stoned-at-intervention": (
        'A crowd\'s violent act told with "بھی" after it ("وکلا نے پولیس پر پتھراؤ بھی کیا") in a '
        'protest the forces broke up ("ریلی پر پولیس نے لاٹھی چارج کیا") is a detail told besides: the '
        "incident stays a protest with intervention, not a violent demonstration."
    ),
    "types.shelling-at-crowd": (
        'The loanword "شیلنگ" with the police among its doers, or with protesters named and no doer but '
        'the state\'s forces ("پولیس نے دھرنے کے شرکا پر شیلنگ کی", "مظاہرین پر فورسز کی شدید شیلنگ"), is '
        "tear gas fired at a crowd: an intervention in a protest (or excessive force when it killed), "
        "not shelling; an army's shelling of villages stays shelling."
    ),
    "types.force-on-protesting": (
        "Shots, an attack or a killing by the state's forces in a clause that says the people it "
        'names were protesting ("احتجاجی طلبہ", "احتجاج کرنے والے کسانوں پر") is excessive force '
        "against protesters."
    ),
    "types.protesters-struck": (
        "Shots, an attack or a killing by the state's forces whose object is the people protesting "
        'themselves, named by the participle ("احتجاج کرنے والوں پر پولیس نے فائرنگ کی"), is '
        "excessive force against protesters."
    ),
    "types.protesting-crowd": (
        'A rioting crowd that the text says was protesting ("احتجاج کرنے والے مشتعل افراد نے دفتر '
        'میں توڑ پھوڑ کی") is a demonstration turned violent, not mob violence.'
    ),
    "types.gunmen-no-demonstration": (
        "Shots fired or an attack made by armed men (unknown gunmen, an armed group) in an incident "
        "with no word of a protest, a clash or a crowd's act is no demonstration, even where a party "
        'is named among its doers ("ڈیرے پر نامعلوم مسلح افراد کی فائرنگ" and a party accused of '
        "backing them): armed men are no crowd."
    ),
    "types.peaceful-protest-kept": (
        'A protest whose own sentence says it went off peacefully ("جلوس ... پرامن طور پر ختم ہو '
        "گیا\") stays a peaceful protest: a crowd's violence or damage told in another sentence does not "
        "retype it."
    ),
    "types.protest-turned-violent": (
        "A crowd's violence or damage told after a protest of the same incident, or done by people "
        'said to be protesting ("احتجاج کرنے والے مشتعل شہریوں نے"), by others than the state\'s '
        'forces or an armed group ("طلبہ نے احتجاج کیا اور گاڑیوں میں توڑ پھوڑ کی"), '
        "is a violent demonstration: the protest turned violent."
    ),
    "types.attackers-fought-down": (
        "An attack by others than the state on people, or a suicide assault, whose own later clause "
        "names the state's forces and the attackers with a killed figure "
        '("سکیورٹی فورسز نے کئی گھنٹے کی کارروائی کے بعد تینوں حملہ آوروں کو ہلاک کر دیا") is an armed '
        "clash: the forces fought the attackers down, as with return fire."
    ),
    "types.device-found": (
        'A bomb or mine said to be found before it went off ("نصب بم کا پتہ لگا کر اسے تباہ کر دیا", '
        '"بارودی سرنگ کا سراغ لگا لیا"), with nobody killed or hurt, was disrupted: Disrupted weapons '
        "use, not an explosion."
    ),
    "types.crowd-beating-genitive": (
        "A beating whose doers are ordinary people named in the genitive before it, as headlines "
        'tell it ("مشتعل دیہاتیوں کا مبینہ چوروں پر تشدد، نوجوان جاں بحق"), is a crowd\'s violence, '
        "mob violence, as with the doers marked by نے (types.crowd-beating)."
    ),
    "types.deadly-intervention": (
        "A protest that the forces intervened in (tear gas, a baton charge, arrests) with a killed "
        'figure of its own told after the force ("پولیس نے لاٹھی چارج کیا جس سے ایک کارکن جاں بحق ہو '
        'گیا") is excessive force against protesters: force that killed is excessive, whatever its '
        "weapon (ACLED). The dead the crowd protested over, told before, do not count."
    ),
    "triggers.level-seat-taken": (
        'A seat named by the level of its place ("ضلعی مرکز پر قبضہ کر لیا", "ضلعی ہیڈکوارٹر کا کنٹرول '
        "دوبارہ حاصل کر لیا\") in a clause that names a town or district is that place's seat: ground "
        "taken there, not a building."
    ),
    "segments.fight-then-taken": (
        'A sentence that tells a fight on days of its own, then "کے بعد" and ground taken on another '
        'day ("جمعرات سے ہفتے تک جاری لڑائی کے بعد فورسز نے اتوار کو ضلعی مرکز کا کنٹرول حاصل کر لیا") '
        'tells two events: it is cut at "کے بعد".'
    ),
    "triggers.projectile-fell": (
        "A shell, rocket or missile said to have fallen on a place, in any inflection of the fall and with "
        '"آ", "آ کر" or "بھی" before it ("تین راکٹ آ گرے", "مارٹر گولے آ کر گرے"), is a shelling strike '
        'of its own, as "راکٹ گرا" is, even with no toll.'
    ),
    "triggers.laden-any-vehicle": (
        'A vehicle of any kind said to be packed with explosives ("بارود سے بھری موٹر سائیکل", '
        '"دھماکہ خیز مواد سے بھرا ٹرک") is a laden vehicle like "بارود سے بھری گاڑی": it reports a '
        "suicide bombing when rammed into its target, a car bomb when set off alone."
    ),
    "types.laden-vehicle-not-suicide": (
        'A vehicle packed with explosives ("بارود سے بھری گاڑی کے ذریعے دھماکہ کیا گیا") whose '
        "incident names no suicide attacker, vest or blast, no driver ramming it into its target "
        '("چوکی سے ٹکرا دی") and no attackers storming in after it ("اندر گھس گئے") is a car bomb '
        "set off, a remote explosive, not a suicide bombing."
    ),
    "types.grenades-with-firearms": (
        'An assault that names firearms among its weapons beside grenades ("دستی بموں اور خودکار '
        'ہتھیاروں سے حملہ کیا") is no grenade attack: the grenades were one means of an armed assault, '
        "an armed clash when the state's forces or an armed group were struck or the sides fought, "
        "an attack on anyone else."
    ),
    "types.explosives-in-fight": (
        "An attack by others than the state on the state's forces that used grenades, rockets or "
        "mortars is an armed clash when the explosives were one means of a fight: the forces fought "
        'back ("دستی بموں سے حملہ ... جوابی فائرنگ"), or the weapons are told as an addition to the '
        'assault ("حملہ کر کے سپاہی کو شہید کر دیا ... راکٹ بھی فائر کیے").'
    ),
    "types.force-on-protesters-named": (
        "The state's forces' act on people the text calls protesters (\"پولیس نے متعدد مظاہرین کو "
        'حراست میں لے لیا", "پولیس کی فائرنگ سے تین مظاہرین ہلاک") is the act of the kind\'s '
        "on_protesters column: detaining them is an intervention in a protest, shots excessive force."
    ),
    "types.arrest-participle-before-noun": (
        'An arrest word that is a participle before the noun it qualifies ("گرفتار کیے گئے دو '
        'نوجوانوں کو", "حراست میں لیے گئے شخص", "زیر حراست ملزم"), not a finite verb ("گرفتار کیے '
        'گئے ہیں"), says who had been arrested: when an event word of harm (shooting, attack, killing, '
        "abduction, sexual violence, a mob's or a riot's violence) of its clause follows, that is the "
        "clause's event and the "
        "arrest does not type it; with none it stays an arrest."
    ),
    "types.arrest-tied-to-group": (
        'Arrests reported with an armed group that those arrested are tied to ("داعش سے مبینہ '
        'تعلق رکھنے والے تین نوجوانوں کو گرفتار کر لیا") are arrests of suspected militants, a '
        "conflict event."
    ),
    "types.fired-from-aircraft": (
        "Missiles, rockets or shells fired, or bombs or grenades thrown, by aircraft or drones that "
        'the incident names as their agent or instrument ("اسرائیلی طیاروں نے ... میزائل داغے", "ڈرون '
        'سے راکٹ فائر کیے", "کواڈ کاپٹر سے دستی بم پھینکا") are an air strike, not shelling or a '
        "grenade."
    ),
    "types.fired-with-heavy-weapon": (
        'A shooting word whose instrument, right before it with "سے" or "کے ذریعے", is artillery, '
        'a rocket or an aircraft ("توپ خانے سے فائرنگ", "راکٹوں سے فائرنگ کی گئی", "ہیلی کاپٹر سے '
        'فائرنگ") tells shelling or an air strike, typed by that weapon, not shots.'
    ),
    "types.violent-crowd-dispersed": (
        "Protesters who rioted or wrecked or burned property in the incident make it a violent "
        'demonstration even when the police broke them up ("مظاہرین نے دفتر میں توڑ پھوڑ کی، پولیس نے '
        "لاٹھی چارج کیا\"): the crowd's violence, not the force that met it, types the incident."
    ),
    "types.harm-over-damage": (
        'Damage to property told after an act that killed or injured people ("حملہ کر کے تین افراد '
        'کو ہلاک کر دیا ... مکانات کو بھی آگ لگا دی") does not retype it: the harm to people types '
        "the incident."
    ),
    "types.armed-on-armed": (
        "Shots, an attack or a killing by an armed group (militants, rebels, a militia) on another "
        'armed group and no civilians ("مزاحمتی محاذ کے جنگجوؤں نے طالبان کی چوکی پر حملہ کیا") is '
        "an armed clash: both sides are armed."
    ),
    "types.remote-by-same-side": (
        'A bare attack on forces ("حملہ") by a side whose strikes the article reports as rockets, '
        'shelling or air strikes ("حزب اللہ نے میزائل داغے ... شمالی اسرائیل پر حزب اللہ کے حملے '
        'میں") is one more such strike, not an armed clash.'
    ),
    "types.kind-named-in-reaction": (
        "A bare blast or attack word with no weapon, typed by the lexicon or by its actors, takes "
        "the one explosive kind that a reaction "
        'told before it names (a funeral, a condemnation: "خودکش دھماکے کے شہداء کی نماز جنازہ ادا کی '
        'گئی ... دھماکے میں بارہ نمازی جاں بحق ہوئے تھے" is a suicide bombing).'
    ),
    "types.same-kind-as-before": (
        'A generic attack said to be of the same kind as the incident told before it ("مسجد میں '
        "خودکش دھماکہ ... قندوز کی مسجد پر اسی نوعیت کے حملے میں\") takes that incident's type."
    ),
    "types.strike-on-armed-by-same-side": (
        'A bare attack that struck armed men ("حملوں میں ان کے پانچ جنگجو ہلاک") by a side whose '
        'strikes the article reports as air strikes, rockets or shelling ("امریکہ نے فضائی حملے '
        'کیے") is one more such strike, not an armed clash, as a bare attack on forces is '
        "(types.remote-by-same-side)."
    ),
    "types.strong-over-weak": (
        "The type of an incident comes from its first clause's strong event word before any weak "
        'one ("لاپتہ افراد کے لواحقین نے احتجاجی کیمپ لگایا" is a protest, not an abduction).'
    ),
    "non-events.related-story-line": (
        "An event told only on a short line with no full stop between two paragraphs of prose "
        '(the headline of a related story, as web pages print it: "X میں دہشت گردوں کا پولیس پر حملہ، '
        'دو اہلکار زخمی") is the news of another article: it is no incident of this one.'
    ),
    "non-events.tally-over-period": (
        'A tally told after event words that counts over a calendar period ("ڈاکوؤں کی فائرنگ سے '
        'زخمی ہونے والوں کی تعداد رواں سال 300 سے تجاوز کر گئی") sums up many events: no incident, '
        "though the event words come first."
    ),
    "non-events.period-opens-tally": (
        'A tally that ends a clause with the current year or month before its event words ("رواں سال شہر '
        'میں ڈکیتی کی وارداتوں میں ڈاکوؤں کی فائرنگ سے جاں بحق افراد کی تعداد 61 ہو گئی") counts the '
        "period's events, not the toll of the one told: no incident and no toll."
    ),
    "non-events.tally-of-event-phrase": (
        "A tally word right after an event word's phrase, with no verb between, in a clause over a "
        'stretch of time ("حالیہ لڑائی میں اب تک 500 راکٹ فائر کیے جا چکے ہیں", "رواں سال ... ٹارگٹ '
        'کلنگ اور تشدد کے دیگر واقعات میں 800 افراد مارے جا چکے ہیں") counts over the events the '
        "word names: the clause is a tally, not an event told first with a running total after it."
    ),
    "non-events.kinds-of-events-listed": (
        'Event words of several kinds listed in the genitive of a plural noun of events ("بم دھماکوں، '
        'راکٹ حملوں اور ٹارگٹ کلنگ کے واقعات میں جاں بحق ہونے والے 90 افراد") name many events: the '
        "clause is a tally, not one event told first with its toll after it."
    ),
    "non-events.seizure-keeps-defused": (
        'Bombs found and defused ("بارودی سرنگیں برآمد کر کے ناکارہ بنا دیں") are an event in a '
        "clause that reports a seizure: the seizure is none, the defusing is disrupted weapons use."
    ),
    "non-events.court-ruling-clause": (
        'A clause whose agent is a court and which tells its ruling or hearing ("عدالت نے خودکش حملے '
        'کے ماسٹر مائنڈ کے خلاف مقدمے کی سماعت ملتوی کر دی") names the violence of the case, '
        "wherever it stands in the article: no incident."
    ),
    "non-events.crime-arrest-beside-violence": (
        "An arrest whose own clauses name an ordinary crime (drugs, theft, street crime) and nothing "
        'of militancy or protest ("منشیات فروش گروہ کے تین کارندوں کو گرفتار کر لیا") is no incident, '
        "though the article reports political violence elsewhere: those arrested are not its suspects."
    ),
    "non-events.arrest-needs-cause": (
        "An arrest counts only when the article says those arrested are militants, spies, "
        "protesters or activists, or reports political violence: an arrest with no such cause "
        '("ون ویلنگ کرنے والے 20 نوجوانوں کو گرفتار") is an ordinary one.'
    ),
    "non-events.weapons-counted": (
        "A count before an event word that names its weapon as the instrument of the event noun "
        '("40 میزائلوں سے حملہ کیا", "درجنوں راکٹوں سے حملہ") counts the weapons of one attack, not '
        "attacks: it makes no tally of many events."
    ),
    "non-events.tally-more-than": (
        'An event noun counted with a multiplier or "more than" ("22 ہزار سے زائد آپریشن", "500 '
        'سے زیادہ حملے") is a tally of many events, like one counted with a bare number.'
    ),
    "non-events.tally-multiplied": (
        'An event noun counted with a multiplier ("4 ہزار آپریشن", "2 ہزار سے زائد حملے") is a tally '
        "of hundreds or thousands of events, however small the digit before the multiplier."
    ),
    "non-events.defused-in-foiled-plan": (
        'A bomb defused ("بم کو ناکارہ بنا دیا") is an event even in a clause that says a plan or '
        "attack was foiled or planned; the foiling word itself is none."
    ),
    "triggers.protested-is-grievance": (
        'An event word followed by "کے خلاف" in a clause that reports a protest ("رہنما کی '
        'گرفتاری کے خلاف مظاہرہ کیا", "ٹارگٹ کلنگ کے خلاف دھرنا") names what the protest is '
        "against: the protest is the clause's event."
    ),
    "triggers.abduction-at-dateline": (
        'A weak word for taking people away ("اٹھا کر لے گئے") with people marked as taken ("X کو") '
        "and others named as the doers or as the unmarked subject reports a forced disappearance; "
        "with no place of its own, its place is the dateline's."
    ),
    "triggers.attempt-is-no-event": (
        'An event word followed by "کی کوشش" ("اغوا کرنے کی کوشش کی", "حملے کی ناکام کوشش") tells '
        "what was only attempted: it reports no event of its kind."
    ),
    "non-events.threat-then-casualties": (
        'A threat word does not cancel a clause that reports people killed or injured ("دھمکی دی '
        'تھی اور اتوار کو دھماکے میں دو افراد ہلاک ہو گئے"): the threat came true.'
    ),
    "dates.time-told-later": (
        "A sentence after an incident that names an event noun, then a day, then a verb of happening "
        '("واقعہ گزشتہ روز پیش آیا", "حملہ اتوار کی رات کیا گیا") gives that incident its date '
        "when its own sentences give none."
    ),
    "dates.pending-lead-day": (
        "A lead and second sentence that tell no event yet set the scene of the first main "
        'incident, and the day the second sentence names ("جمعرات کی رات ضلع X میں صورتحال کشیدہ رہی۔ '
        "مسلح افراد نے چوکی پر حملہ کیا\") is that incident's day when the clause of its event names none."
    ),
    "dates.account-day": (
        "The sentence right after the lead of a main incident with no time of its own, telling "
        'no new event, tells that event in detail, and the day it names ("... چھ مزدور اغوا کر '
        "لیے۔ لیویز کے مطابق جمعرات کی رات مسلح افراد کیمپ میں داخل ہوئے\") is the incident's day."
    ),
    "dates.account-after-lead": (
        "The sentence that tells a lead in detail comes right after the lead's first sentence in "
        "the body: a headline on a line of its own is no lead, and a second sentence that only goes "
        'on telling the lead\'s event ("... بارہ افراد مارے گئے۔ کئی گھنٹوں تک فائرنگ جاری رہی۔") '
        "puts the account one sentence later: the day that account names is the incident's day "
        "(dates.account-day)."
    ),
    "dates.lead-account-day": (
        "When the lead names no day and the sentence right after it gives the lead's event its day "
        '(dates.account-day: "... 5 شدت پسند گرفتار کر لیے۔ ترجمان کے مطابق پیر کو X، Y اور Z میں '
        "کارروائیاں کی گئیں\"), that day is the lead's for the main incidents told after it with no day "
        "of their own, as a day the lead names is (dates.lead-date)."
    ),
    "dates.statement-day": (
        'A day right before a statement or a verb of saying whose content (after "کہ") tells an '
        'event ("ترجمان نے جمعرات کو ایک بیان میں کہا کہ حملے میں ...", "منگل کو جاری ہونے والے بیان '
        'میں کہا گیا کہ ...") is the day the source spoke: it does not make that event another one '
        "than the incident told before on its own day, and dates the event only when nothing else does."
    ),
    "dates.converb-statement-day": (
        "A day before a converb clause of what the speaker was doing, then the speaker and a verb of "
        'saying whose content (after "کہ") tells an event ("منگل کو صحافیوں سے گفتگو کرتے ہوئے ایس پی '
        'نے بتایا کہ اتوار کو ...") is the day the source spoke, as a day right before a statement is '
        "(dates.statement-day): it dates the event only when nothing else does."
    ),
    "dates.lead-day-the-news-day": (
        "A lead that tells an event on a day gives the day of the news: when every main incident "
        "the article dates has that day, the main incidents it tells with no time of their own, "
        'however far down ("ادھر X میں فائرنگ سے مزید دو افراد جاں بحق"), happened on it too, not '
        'on the publication day, as after a lead that names its day "too" (dates.lead-day-only-day).'
    ),
    "dates.counted-from-report-day": (
        'Days counted from a main incident that has no time of its own ("... دو اہلکار شہید ہو گئے۔ '
        "اس سے ایک روز قبل بنوں میں ...\") count from the publication date, which is that incident's "
        "date: the earlier incident is that many days before publication."
    ),
    "dates.vague-ago": (
        'A time ago counted by no exact number ("کئی ماہ پہلے", "ڈیڑھ سال قبل", "کچھ ہی دن قبل", '
        '"ہفتوں پہلے", "کچھ عرصے پہلے") cannot be resolved, like "two months ago": the incident it '
        "dates has no date, not the publication date."
    ),
    "dates.begun-then-went-on": (
        'An event that began on one day and went on or ended on a later one ("بدھ کے روز شروع ہونے والی '
        'جھڑپیں جمعہ کو بھی جاری رہیں") lasts from the first day to the second: that range is its date.'
    ),
    "dates.begun-so-far": (
        'A fight told as begun on a day ("دو روز قبل شروع ہونے والی جھڑپوں میں", "منگل کو شروع ہونے '
        'والی لڑائی میں") with a toll so far ("اب تک", "تاحال") is one fight still going on: it lasts '
        "from that day to the report, and its toll sums up no several events."
    ),
    "dates.ongoing-since": (
        'An event "ongoing since" a day ("جمعرات سے جاری جھڑپوں میں") lasts from that day to the report: '
        "its range is the incident's date."
    ),
    "dates.ongoing-since-apart": (
        'A day with "سے" whose clause says that something goes on ("جاری ہے", "جاری رہا"), with '
        'the words of the clause between ("پیر سے پریس کلب کے سامنے دھرنا جاری ہے"), is the day it '
        'began, as in "پیر سے جاری دھرنا": the event lasts from that day to the report.'
    ),
    "dates.range-until": (
        'A stretch of days closed by "تک" ("3 سے 5 مارچ تک", "پیر سے بدھ تک") is when the event '
        'lasted: its range is the incident\'s date, not a "since" or "until" date to pass over.'
    ),
    "segments.near-place-joins": (
        'An event clause that names a place only as what the event happened near ("X کے قریب"), '
        "with no figures and no event word of another kind than the incident told so far, on no "
        'other day (the same day may be named again in other words: "بدھ کو", then "بدھ کی صبح"), '
        'tells where that incident happened ("واقعہ X کے قریب پیش آیا"), not a second event.'
    ),
    "segments.same-day-other-words": (
        'A later clause that names the incident\'s day again in other words ("ہفتے کو" in the lead, '
        '"ہفتے کی دوپہر" later: the same resolved day) and only event words of kinds that incident '
        'already has, or weak ones that only name an event ("حملے", "کارروائی"), tells it again, '
        "not a second incident; a strong event word of another kind on that day still tells an "
        "event of its own."
    ),
    "segments.firing-in-clash": (
        "An exchange of fire is made of firing: on the clash's own day, told again in other words, a "
        'clause whose event words are firing ("فائرنگ کی") and words of the clash\'s kinds tells that '
        "clash again, not a shooting of its own."
    ),
    "places.district-body-site": (
        'A noun of a district\'s body right after "ضلع" ("ضلع کچہری", "ضلع کونسل") names no district: '
        '"ضلع کچہری" before a case marker is a site of the event (the dateline stays), and "ضلع کونسل '
        'چوک" a site named after the council.'
    ),
    "places.compound-name-near": (
        'Two words right before "کے قریب" or "کے نزدیک" whose second is the second element of a '
        'compound place name ("آباد", "خیل", "پور", "کوٹ": "رحیم آباد کے قریب") name a place near which '
        "the event happened, though both are common words or a personal name."
    ),
    "places.rare-name-near": (
        'A word no common word list holds (and the words of its name before it), right before "کے '
        'قریب" or "کے نزدیک", names a place near which the event happened; a common word there is a '
        'thing or a time ("گاڑی کے قریب", "آدھی رات کے قریب"), and a verb of being or deeming after '
        'it makes "close to" a person ("X کے قریب سمجھے جاتے تھے").'
    ),
    "places.name-final-noun": (
        'A noun that ends a place\'s name ("گوٹھ", "سیکٹر", "ٹاؤن", "کالونی": "سہراب گوٹھ میں", '
        '"نیلم سیکٹر میں") makes the one word before it a name, even a common word or a personal '
        'name; descriptions of an area go before other nouns ("قبائلی علاقے").'
    ),
    "places.settlement-noun-after-name": (
        'A noun of a settlement or area after a name the gazetteer does not know ("X قصبے میں", "X '
        'علاقے میں", "X گاؤں میں") says what kind of place X is and is no part of its name, unlike a '
        'noun that ends names ("سہراب گوٹھ"); nor is a time of day before it ("ہفتے کی دوپہر X قصبے").'
    ),
    "places.town-named-site": (
        'A site named after a town ("وزیر آباد روڈ", "X آباد چوک") takes the town\'s whole name, '
        "also where a word of it is a common word: the name is the town's, the site is not the town."
    ),
    "places.town-in-road-name": (
        'A town inside the name of a road ("کوئٹہ کراچی قومی شاہراہ", "جمرود روڈ") is no place of the '
        "event: a road named after the towns it joins or leads to lies in neither."
    ),
    "places.towns-naming-road": (
        'Towns right before a road word ("پاراچنار پشاور شاہراہ بند کر دی گئی", "پشاور روڈ کو بند کر '
        'دیا") name the road, not where the event happened, also where no site of the road is read.'
    ),
    "places.dateline-encloses-village": (
        'A village the gazetteer does not know, named after a noun for a village ("موضع X", "گاؤں X", '
        '"گوٹھ X"), lies around the dateline\'s town: the dateline stays a place of the event, after '
        "the village."
    ),
    "places.title-before-place": (
        'A place right after an office title ("آئی جی خیبر پختونخوا", "ڈی پی او بنوں", "وزیراعلیٰ '
        'پنجاب") names the office: it is not taken from there as the wider place (province or district) '
        "of an incident told elsewhere in the article."
    ),
    "places.office-is-no-clause-place": (
        'A place right after an office title ("ڈی آئی جی کوئٹہ کے مطابق", "ڈی پی او بنوں نے بتایا") in a '
        "clause with no event word names the official's office: it is no place of the clause, whose "
        "figures stay with the incident told."
    ),
    "places.office-of-named-speaker": (
        "A place right after an office title and before the officer's name and the speech verb, with "
        'up to eight words between "نے" and the verb ("ڈی پی او ٹانک X Y نے میڈیا سے بات کرتے '
        "ہوئے بتایا کہ ...\"), names the speaker's office, also in a clause whose event words follow the "
        "verb: it is no place of the clause."
    ),
    "places.detail-abroad": (
        "A clause with no event word after an incident, naming a place in another country than the "
        "dateline's and the incident's and no event noun (\"اقوام متحدہ نے نیویارک میں اجلاس طلب کر "
        "لیا\"), tells of something else abroad: its place is not the incident's."
    ),
    "places.grievance-is-not-where": (
        'A place before "میں"/"پر"/"کے قریب" and a wrong a protest is against ("غزہ میں اسرائیلی جارحیت '
        'کے خلاف", "چلاس کے قریب بس پر فائرنگ کے واقعے کے خلاف") is where that wrong happened, not where '
        "the protest was, when the protest has another place (the dateline, or another place of its "
        "clause) and the place does not lie in the dateline's district."
    ),
    "places.protesting-relative": (
        'A relative clause whose participle is a protest ("X میں فائرنگ کے خلاف احتجاج کرنے والے '
        'مظاہرین نے سڑک بند کر دی") tells where the people protesting were: the wrong it is against '
        "is no event of its own there, and with no place in the main clause, its place is the event's."
    ),
    "places.grievance-owner-no-elsewhere": (
        'The district or province that owns a place in a genitive chain ("ضلع X کے علاقے Y میں '
        'فائرنگ کے خلاف احتجاج") only says where the place lies: it is no other place of the '
        "protest's that would make the place the wrong's (places.grievance-is-not-where)."
    ),
    "places.turned-scene-protest": (
        "A place that a sentence turning to another scene opens with, after at most a time and "
        'the places that own it ("ادھر پیر کو ضلع X کے علاقے Y میں فائرنگ کے خلاف مظاہرین نے سڑک '
        'بند کر دی"), is where the protest told there was, even with a wrong it is against after '
        "it: the dateline left behind is no other place for the protest; only a place named after it is."
    ),
    "places.protest-site-relative": (
        "Where a relative clause of protest says people protested, on a road or before a building "
        '("جناح روڈ پر احتجاج کرنے والے نرسوں پر پولیس نے لاٹھی چارج کیا"), is the place of the main '
        'clause\'s event when that names none, as a place in "میں" is (places.relative-place-if-none).'
    ),
    "places.planned-is-not-where": (
        'A place an attack was planned for ("جو لاہور میں دہشت گردی کی منصوبہ بندی کر رہے تھے", "کراچی '
        'میں حملے کا منصوبہ") is not where the event (an arrest, a raid) happened, when the event has '
        "another place (the dateline, or another place of its clause)."
    ),
    "triggers.subject-before-participle": (
        'An event word that is the main clause\'s ergative subject ("جنگی طیاروں نے", "ڈرون نے") stands '
        'before a participial relative ("کام کرنے والے"), never in it, since a participle takes no "نے" '
        'subject: in "طیاروں نے شہر میں کام کرنے والے بجلی گھروں کو نشانہ بنایا" the strike is the event '
        "told."
    ),
    "places.place-before-agent": (
        'A relative participle ("کرنے والے") describes only what follows the main clause\'s ergative '
        'subject ("X نے"): a place in "میں" before that subject ("دیر الزور میں داعش نے ٹرفل اکٹھا کرنے والے '
        "شہریوں پر حملہ کیا\") is the event's, not the relative clause's."
    ),
    "places.based-is-not-where": (
        'A place where someone is based or active ("جو شمالی وزیرستان میں سرگرم ہے", "افغانستان میں '
        'مقیم تھے") is not where the event happened, when the event has another place (the dateline, '
        "or another place of its clause)."
    ),
    "places.fired-from-direction": (
        'A place named as the direction missiles or shells were fired from ("گولان کی پہاڑیوں کی سمت '
        'سے میزائل داغے", "لبنان کی جانب سے راکٹ فائر کیے گئے") is not where they struck.'
    ),
    "places.direction-of-another": (
        'A place that only gives the direction of the place named after "واقع" ("بغداد کے شمال میں '
        'واقع صوبہ صلاح الدین") is not where the event happened.'
    ),
    "places.source-based-at": (
        'A place that says where a source is based ("برطانیہ میں قائم آبزرویٹری کا کہنا ہے", "لندن میں '
        'مقیم ترجمان نے بتایا") is not where the event happened: the source and its reporting words follow.'
    ),
    "places.between-is-not-where": (
        'Towns named as the ends of a route ("راولپنڈی اور اسلام آباد کے درمیان ٹریفک معطل") are not '
        "where the event happened, when it has another place (the dateline, or another place of its "
        "clause)."
    ),
    "places.town-of-metropolis-district": (
        'A town in a district of a city of millions ("کراچی: لانڈھی میں", a town of a district '
        "named otherwise than the city) lies in the dateline's city, which stays a place of the event "
        "(by the gazetteer: a town of the city's province within 30 km of its centre)."
    ),
    "places.districts-of-a-metropolis": (
        'A district of a city of millions divided into districts ("کراچی: کورنگی میں", "ملیر") lies in '
        "the dateline's city, which stays a place of the event (by the gazetteer: a district of the "
        "city's province within 30 km of the centre of a city of five million or more)."
    ),
    "places.area-in-dateline-region": (
        "A village or area named in a region of no one district that holds the dateline's town "
        '("رحیم یار خان: کچے کے علاقے X میں") lies at the dateline, as one named alone does: the '
        "region names no other town, district or province."
    ),
    "places.name-inner-word": (
        "A village's name read after a place noun goes on through the -والا ending of the name "
        '("بستی کوٹ والی میں": after a word of the name that is no infinitive, before a case '
        'marker) and through the Sindhi genitive before a name-ending noun ("گاؤں پیر جو گوٹھ '
        'میں"), words that elsewhere end a name.'
    ),
    "places.split-district": (
        "A dateline that names a district by its undivided name holds the towns of the parts it "
        'was split into ("جنوبی وزیرستان: وانا میں", Wana in Lower South Waziristan; "کوہستان: '
        'داسو کے قریب", Dasu in Upper Kohistan): the dateline stays a place of the event.'
    ),
    "places.area-of-local-owner": (
        "An area named as the area of a town or area that lies in the dateline's town "
        '("کراچی: منگھوپیر کے علاقے X میں"), or of a police station ("تھانہ Y کے علاقے X"), lies '
        "there too, though the gazetteer may know a town of its name elsewhere: the dateline stays."
    ),
    "places.near-dateline-town": (
        "A town the gazetteer gives no district, in the dateline's province and within 40 km of "
        'the dateline\'s town, which names its district ("دادو: جوہی کے علاقے میں"), lies in that '
        "district: a report is filed from a district's town about the towns around it, so the "
        "dateline stays."
    ),
    "places.rare-name-after-dateline": (
        'A rare name before "میں" right after a dateline ("خیرپور: بابرلوئی میں", "ژوب — سمبازہ '
        'میں") is read though the dateline names a known place in its sentence, and with no owner '
        "before it in the genitive it lies at the dateline, as an area named alone does."
    ),
    "places.verb-final-no-name": (
        'A word read as a name beside a place noun that ends its sentence ("احتجاجی کیمپ '
        "لگایا۔\") is the verb an Urdu sentence ends in, not a place's name."
    ),
    "places.region-across-provinces": (
        "A region of no one district that runs through several provinces (the riverine belt "
        '"کچے کا علاقہ" along the Indus lies in Punjab and in Sindh) names no other province '
        "when the dateline's town lies in one of them: the dateline stays its place."
    ),
    "places.region-keeps-dateline": (
        'A region that is no one district and lies in the dateline\'s province ("کچے کے علاقے", '
        '"جنوبی پنجاب") puts the event in no other town, district or province: the dateline stays '
        "its place."
    ),
    "dates.lead-date": (
        "A main incident with no time expression of its own, told in the lead or the two sentences "
        "after it, takes the day the lead names (a round-up tells its incidents under the lead's day) "
        "rather than the publication date."
    ),
    "dates.lead-day-only-day": (
        'A lead that names a day "too" ("وادی میں پیر کو بھی ... جاں بحق", "منگل کے روز بھی") sums up '
        "that day of a running story: it dates every main incident the article then tells with no time "
        "of its own, however far down, when no main incident is told on another day."
    ),
    "dates.same-day": (
        'An incident told "on the same night" or "the same day" ("اسی رات ضلع قلات میں ...") happened on '
        "the day of the incident told before it."
    ),
    "dates.round-up-lead": (
        'A lead that sums up a round-up ("X کے مختلف اضلاع میں گزشتہ روز ... چار واقعات") gives its day '
        "to every main incident the article then tells with no time of its own, however far down."
    ),
    "dates.round-up-unnumbered": (
        'A lead that counts its events as "various" with no number ("شہر میں گزشتہ روز فائرنگ کے مختلف '
        'واقعات میں پانچ افراد جاں بحق", "الگ الگ حملوں میں") sums up a round-up as "چار واقعات" does: '
        "its day goes to every main incident the article then tells with no time of its own, "
        "however far down."
    ),
    "dates.announced-day": (
        'A day followed in its clause by a genitive and a noun of decision or announcement ("تاجروں نے '
        'واقعے کے خلاف ہفتے کو ہڑتال کا اعلان کیا ہے", "جمعے کو احتجاج کرنے کا فیصلہ کیا") is when what '
        "was announced is to be: it tells no day of the incident."
    ),
    "dates.referenced-event": (
        'An event word followed by what makes it the name of an earlier event ("حملے کے مقدمے میں", '
        '"دھماکے کی برسی", "دھماکے کو پانچ برس مکمل") and no date is a recalled incident, not a new one '
        "on the publication date; a recalled incident told after it with a date and no place of its own "
        "is the same one (its date joins the places of that mention)."
    ),
    "dates.day-before-that": (
        'Days counted from the incident just told ("اس سے ایک روز قبل", "اس کے اگلے روز", "دو دن بعد") '
        "date an incident with no date of its own from that incident's day."
    ),
    "dates.dateline-date": (
        'The date in a dateline ("سری نگر، 5 مارچ (یو این آئی)", "کراچی (5 مارچ 2024):") is the day the '
        'report was filed, not a time expression of the event: the text\'s own ("گزشتہ روز", "پیر کی '
        'شام") dates the event, and with none the publication date does.'
    ),
    "dates.also-earlier": (
        'A past-perfect clause after the main news whose time is followed by "بھی" ("اسی مقام پر چند '
        'روز قبل بھی دھماکہ ہوا تھا", "گزشتہ ماہ بھی ... حملہ ہوا تھا") recalls an earlier event, even '
        "of the same kind and even when its time cannot be resolved: its date is not the main incident's."
    ),
    "dates.contrast-clause-day": (
        'A day named after a conjunction of contrast ("لیکن", "مگر") that follows the event word '
        '("دو اہلکار زخمی ہوئے لیکن ایک اہلکار منگل کو دم توڑ گیا") dates the clause it opens, not '
        "the event told before it in the sentence."
    ),
    "dates.recalled-also-day": (
        'A day followed by "کو بھی" in a recalled, past-perfect or background clause ("واضح رہے کہ 12 '
        "فروری کو بھی اسی علاقے میں حملہ ہوا تھا\") is the recalled event's own date when it lies before "
        "publication."
    ),
    "dates.day-within-period": (
        'A weekday or prayer day ("جمعہ کی نماز کے دوران", "اتوار کو") in a clause that names an earlier '
        'month or year ("گزشتہ سال", "اکتوبر 2021 میں") is a day of that period, not the latest such '
        "day: when it falls outside the period, the period is the event's date."
    ),
    "dates.days-in-order": (
        'Two weekdays joined by "اور" are written in the order they came ("جمعہ اور ہفتے کی درمیانی '
        'رات", "ہفتے اور اتوار کی درمیانی شب"): when the first would fall after the second, it is '
        'the one of the week before; and the word for Saturday ("ہفتے"), which alone may mean the '
        'week, is Saturday before "اور" and a weekday.'
    ),
    "dates.two-days": (
        'Two days joined by "اور" ("جمعرات اور جمعے کو", "اتوار اور پیر کی درمیانی شب") are one '
        "stretch: the incident's date is the range from the first to the second."
    ),
    "dates.after-prayer": (
        'A day named by its prayer and followed by "کے بعد" ("نماز جمعہ کے بعد مظاہرہ کیا گیا", "جمعہ '
        "کی نماز کے بعد فائرنگ\") is the event's day: the prayer is an hour of that day, not a date "
        "the event came some time after."
    ),
    "dates.date-sign": (
        'The Arabic date separator "؍" after a day\'s number ("12؍مارچ", "نئی دہلی، 5؍ جون (یو این آئی)"), '
        "as papers in India print dates, joins the day to the month like a space: the day of that month."
    ),
    "dates.day-qualifies-event": (
        "A relative day word before a participle of happening or a genitive that qualifies an act of "
        'violence ("کل ہونے والے دھماکے", "کل ننگرہار میں ہونے والے حملے", "کل کے حملے") names the day '
        "before publication in a past-tense clause: an act of violence is told after it happened (a "
        '"کل" before anything else may be tomorrow or a total).'
    ),
    "dates.present-perfect-past": (
        'A clause told in the present perfect, a perfective participle and "ہے"/"ہیں" ("پرسوں رات ... '
        'فائرنگ سے دو افراد کے زخمی ہونے کی اطلاعات ملی ہیں"), is told in the past: "کل"/"پرسوں" with a part '
        "of the day in it is yesterday or the day before, not tomorrow."
    ),
    "dates.day-in-words": (
        'A day of the month written in words before a month name ("پانچ جون کو", "چودہ اگست 2019") '
        'or before "تاریخ" ("رواں ماہ کی دو تاریخ کو") is a date like one written in digits; without '
        'a year it needs a date word after it ("کو", "سے", "تک", "کی رات"), as "دو جون کی روٹی" is an idiom.'
    ),
    "dates.spelled-year": (
        "A year written in words, read as the number reader reads its words, is a date like one in "
        'digits: after the word for year ("سنہ دو ہزار چھ میں", "سال دو ہزار انیس کے دوران"), after a '
        'month or a day of it ("جون دو ہزار انیس میں", "16 جون دو ہزار انیس کو") or alone ("انیس سو اکہتر '
        'میں"), with "میں" (not "میں سے"), "کے دوران", its start or end, a month of it or "ء" after '
        'it; alone it is no round hundred, and a count stays a count ("دو ہزار افراد", "دو ہزار سے زائد").'
    ),
    "places.duration-is-no-name": (
        'A count and a unit of time after a place noun ("علاقہ کئی گھنٹے تک بند رہا", "علاقہ دو روز '
        'تک محاصرے میں رہا") is how long something lasted, not the name of the area: no place, and no '
        "incident opened there."
    ),
    "places.named-again": (
        'A name the article read beside a place noun ("مشرقی علاقے X میں") names that place when it is '
        'told again bare before "میں", with or without an event word in its sentence.'
    ),
    "places.rare-name-per-clause": (
        "An unknown name before میں is read in its own clause (up to a comma): another clause of the "
        "sentence naming a known place does not hide it."
    ),
    "places.claimed-at": (
        'Where responsibility was claimed ("دوحہ میں طالبان کے ترجمان نے حملے کی ذمہ داری قبول کی") '
        "is not where the event claimed happened: the only event word before the claim is the event "
        "the claim is about."
    ),
    "places.fired-from-part": (
        'A place whose part missiles, rockets or shells were fired from ("سرحدی پہاڑیوں سے پڑوسی ملک کی ایک '
        'عمارت کو میزائلوں سے نشانہ بنایا", "لبنان کے علاقے سے راکٹ داغے") is not where they struck.'
    ),
    "places.site-name-after-particle": (
        'A superlative "ترین" or a postposition written after "کے"/"کی" ("ہمراہ", "باعث") before a site '
        'noun\'s name ends the words read back from it: "شہر کے مصروف ترین X بازار میں" names X بازار, '
        '"اہلکاروں کے ہمراہ X روڈ پر" names X روڈ.'
    ),
    "places.site-name-after": (
        'A mosque, seminary, shrine or post may have its name after its noun ("مسجد حاجی X میں", "پولیس '
        'چوکی X پر"): one to three words that are no common or lexicon words, then a case marker.'
    ),
    "places.country-part-beside-town": (
        'A compass part of a country ("جنوبی لبنان", "مشرقی افغانستان") is dropped, as the country is, '
        "from an incident that also has a district or town of that country: the town says where."
    ),
    "places.town-named-quarter": (
        'A town, province or country followed by a noun that ends a quarter\'s name ("دہلی کالونی", '
        '"حیدرآباد کالونی", "اجمیر نگری") names a quarter of the city the article is about, not that town.'
    ),
    "places.paragraph-dateline": (
        "A later line that opens with a name and a colon, a dash or a bracketed credit, as the "
        'article\'s dateline does ("X: ...", "X (نمائندہ) ..."), sets the place of the account that '
        "follows when the article reads that name as a place elsewhere: a round-up gives each "
        "paragraph its own town; a speaker's label or a title before a colon is no place."
    ),
    "places.cue-named-again": (
        'A name that a place noun made a place where the article introduced it ("شام کے شمالی قصبے '
        'X میں") is that place again where a sentence in the past perfect names it bare before "میں" or '
        '"پر" ("X میں جنوری میں بھی ... دھماکہ ہوا تھا"), though the gazetteer does not know it and the '
        'word may be common; not after a genitive ("کے X میں").'
    ),
    "places.site-name-inside-term": (
        "A site's name read before a site noun does not begin inside a weapon's name of several words "
        '("دھماکا خیز مواد مسجد کے قریب نصب کیا گیا": no site "خیز مواد مسجد"; the weapon was planted '
        "at a mosque)."
    ),
    "places.desk-dateline": (
        "A dateline the gazetteer does not know that ends in a word for a desk, an agency or a reporter "
        '("ویب ڈیسک:", "نیوز ڈیسک:", "اسٹاف رپورٹر:") names who filed the report, not where: no place.'
    ),
    "counts.serial-comma": (
        'A comma right before the "اور" of a counted list ("ایک اہلکار، دو راہگیر، اور ایک بچہ زخمی") '
        "joins the last count to the list too: the counts add up."
    ),
    "places.chapter-of-body": (
        'A province written right after a party or group and before "نے" or a genitive ("اے این پی '
        'سندھ کے صدر", "پیپلز پارٹی پنجاب نے") names the body\'s provincial chapter, not a place.'
    ),
    "places.site-of-staff": (
        "A site followed by one of its staff and that person's home, shop or vehicle (\"ناصر ہسپتال کے "
        "ایک ڈاکٹر کے گھر کو نشانہ بنایا\") is the person's workplace, not where the event happened."
    ),
    "places.held-is-not-where": (
        'A place before "پر" and a word of holding or occupying ("کشمیر پر قابض بھارتی فوج", "گولان کی '
        'پہاڑیوں پر قابض اسرائیلی فوج نے دمشق ...") describes the actor, not where the event happened, '
        "when the event has another place."
    ),
    "places.active-in-is-not-where": (
        'A place before a participle of being active or based used before a noun ("شام میں سرگرم '
        'اپنے میڈیا ونگ کے ذریعے") says where someone operates, not where the event happened, when '
        "the event has another place."
    ),
    "places.dateline-by-other-name": (
        'A report that names its dateline\'s town by another of its names ("کراچی: شہر قائد میں ...", '
        '"اسلام آباد: شہر اقتدار میں ...") still lists the dateline\'s name: two names of one place '
        "are both listed."
    ),
    "places.other-name-yields-to-dateline": (
        'Of two names of one place, the dateline\'s and another ("کراچی: شہر قائد کے علاقے X میں", '
        '"اسلام آباد: شہر اقتدار میں ..."), only the dateline\'s is listed: a place is listed once.'
    ),
    "places.numbered-settlement": (
        'A settlement noun with a number names a place ("چک نمبر 45 شمالی میں", "یونٹ نمبر آٹھ میں", '
        '"بلاک 13 میں"): Punjab\'s villages and the blocks of planned towns are named by number.'
    ),
    "places.numbered-settlement-word": (
        'A settlement noun with a number from one to twenty written as a word and no "نمبر" ("فیز چھ '
        'میں", "سیکٹر سات کے قریب") names a place as one with digits does (widens '
        "places.numbered-settlement)."
    ),
    "places.numbered-settlement-code": (
        'The letters after the number of a numbered village ("چک نمبر 122 گ ب میں", "چک نمبر 311 جے بی '
        'میں"), Urdu letters alone or the names of Latin ones, give its canal branch or colony and '
        'are part of its name; so does a sector\'s letter, also after a hyphen ("سیکٹر 11-بی میں").'
    ),
    "places.site-of-an-actor": (
        'Words in the genitive before a site noun that end in an actor of the lexicons ("ایف سی کی '
        'چوکی", "سی ٹی ڈی کے دفتر") name the site\'s owner, not the site: no named site is read.'
    ),
    "places.relative-place-if-none": (
        'The places of a relative clause before the event ("مچھ میں کام کرنے والے گیارہ مزدوروں کو '
        "قتل کر دیا گیا\") are the event's when the main clause names no place: where those it "
        "describes were is where it happened to them; not when the relative clause tells an event of "
        'its own ("غزہ میں ... شہید کرنیوالے وزیراعظم").'
    ),
    "places.charge-is-not-where": (
        'A place in a relative clause that says what someone is charged with or wanted for ("... '
        'گرفتار کر لیے جو لاہور میں دھماکوں میں ملوث تھے", "جو کرم میں حملوں میں مطلوب تھا") is where '
        "earlier acts happened, not where the event the sentence tells did."
    ),
    "places.answered-is-not-where": (
        'A place named, up to four words before, in the event a clause answers ("نبطیہ حملے کے '
        'جواب میں ... راکٹ داغے") is where that event happened, not the answer.'
    ),
    "places.cause-is-not-where": (
        'A place a protest or call is for or against ("کشمیر کے حق میں", "اسرائیل کے خلاف") is not '
        "where it happened."
    ),
    "places.spelling-variant": (
        "A foreign name written with other long-vowel letters (ا, و, ی) than the gazetteer's "
        '("واشنگٹون", "واشنگٹن"), or with retroflex for dental letters (ٹ, ڈ, ڑ for ت, د, ر: '
        '"کراماٹورسک"), names the same place.'
    ),
    "places.name-after-vocabulary": (
        'A name read before a place noun does not begin with an event or actor word ("دوسرا دھماکہ '
        'کرادہ کے علاقے" names کرادہ).'
    ),
    "segments.ordinal-event": (
        'A clause that opens with an ordinal and an event word ("دوسرا دھماکہ ... میں ہوا") tells the '
        "next of several events: another incident."
    ),
    "segments.genitive-ordinal-event": (
        "A clause that opens with a genitive and an ordinal before an event word or an incident noun "
        '("ڈکیتی کی دوسری واردات ... میں ہوئی", "طالبان کی جانب سے دوسرا حملہ ... پر کیا گیا") tells '
        'the next of several events: another incident; not after a demonstrative ("اس نوعیت کا تیسرا '
        'واقعہ"), which ranks the event told.'
    ),
    "roles.titled-name-victim": (
        'A label followed by an honorific and a personal name right before a casualty word ("مسجد کے '
        'خطیب مولانا X جاں بحق", "دکاندار حاجی X زخمی") names the one killed or injured: the label is '
        "the target, however long the name."
    ),
    "roles.attacker-killed": (
        'The attackers ("حملہ آور", "بمبار") are the doers of the attack, also when they are killed.'
    ),
    "roles.future-detail": (
        "A clause with no event word that speaks of the future (گا، گی، گے) gives its actors "
        "no part in the reported event."
    ),
    "roles.future-part-only": (
        'The future verb of a clause speaks only for its own part: an actor before a finite verb and "اور" '
        '("X کا تعلق Y سے تھا اور ... کریں گے") stands in a part told as fact and keeps its role.'
    ),
    "roles.speech-by": (
        'An actor after a reporting noun ("جس کی تصدیق X کی جانب سے کی گئی", "مذمت X کی طرف سے") '
        "only speaks of the event; it did not act."
    ),
    "roles.attacker-named-by-event": (
        'A word that names both the event and its doer ("خودکش بمبار", "خودکش حملہ آور") is also '
        "an actor: the attacker."
    ),
    "roles.owner-compound": (
        'A body named right before a site noun that is attacked ("ایف سی ہیڈکوارٹرز پر", "فوجی '
        'کیمپ کو"), with no genitive, owns the site: it is the target.'
    ),
    "roles.fled": 'Attackers or suspects who fled ("ملزمان موقع سے فرار ہوگئے") after the event did it.',
    "roles.members-counted": (
        'A body whose people are counted before a casualty word ("ہزارہ برادری کے 20 افراد جاں '
        'بحق", "X کے تین کارکن زخمی") is the target.'
    ),
    "roles.member-included": (
        'A body named with one or more of its members, counted ("X کے ایک سینئر کمانڈر سمیت پانچ افراد '
        'ہلاک"), included in a count of people that died or was hurt is the target, as one person '
        "named by a label so included is (roles.included-label)."
    ),
    "roles.claimant-later": (
        'A group that claims the attack in a later sentence ("داعش نے واقعے کی ذمہ داری قبول کر لی") '
        "carried it out."
    ),
    "roles.victims-later": (
        'The dead and injured a detail sentence right after the event counts ("دو اہلکار شہید ہو '
        "گئے\") are its targets when the event's own sentences name none."
    ),
    "roles.listed-victims-later": (
        "Civilians a detail sentence after the event lists by a label of work or kin among its dead or "
        'injured ("زخمیوں میں ایک حجام بھی شامل ہے") are its targets when its own sentences name none '
        "but counted people or a struck site; forces so listed are left to its own sentences."
    ),
    "roles.affiliated-members": (
        'A group named before unnamed armed members with a phrase of affiliation ("X سے منسلک '
        'جنگجوؤں", "X سے وابستہ شدت پسندوں") is they: the group takes the role of its members.'
    ),
    "roles.affiliated-suspected-members": (
        "Members tied to a named group by a phrase of affiliation are it also with an adjective of "
        'suspicion before them ("X سے تعلق رکھنے والے تین مبینہ دہشت گردوں کو گرفتار کر لیا"): the '
        "group takes the members' role."
    ),
    "roles.arrested-not-struck": (
        'A target whose next event word in its clause is an arrest ("X کے پانچ مبینہ دہشت گردوں '
        'کو گرفتار کر لیا جبکہ ... مقابلے میں تین دہشت گرد مارے گئے") was arrested: it is no target of '
        "a fight or a blast that clause is read with, where that incident has a target of its own."
    ),
    "roles.named-feuding-sides": (
        'Groups the text names, two of one kind, said to fight one another ("X اور Y قبائل کے درمیان '
        'تصادم", "X اور Y خاندانوں کے مابین فائرنگ") are the two sides of the fight: each is a perpetrator.'
    ),
    "roles.feuding-sides": (
        'Unnamed groups of people said to fight one another ("دو قبائل کے درمیان جھڑپ", "دو '
        'خاندانوں کے درمیان فائرنگ") are both sides: the noun, one name, is the perpetrator.'
    ),
    "roles.feuding-sides-among": (
        'Unnamed groups, counted, then "میں" and the event noun right after it ("دو گروپوں میں فائرنگ", '
        '"دو خاندانوں میں خونی تصادم") fight one another, as with "کے درمیان": the noun is the perpetrator.'
    ),
    "roles.attackers-belong-hedged": (
        "The attackers' tie told with a hedge (\"حملہ آوروں کا تعلق غالباً تنظیم X سے "
        'تھا") still names the group they belong to: it is the suspected perpetrator.'
    ),
    "roles.member-of-group": (
        'A body named with one of its people or members after a count or a rank ("کتائب حزب اللہ کا '
        'ایک سینئر کمانڈر", "X کے چار دہشت گردوں کو") is they: it takes the role of the people named.'
    ),
    "roles.weapon-named-agent": (
        'A force named with its weapon right before the event noun the weapon begins ("امریکی ڈرون '
        'حملے میں") carried the event out.'
    ),
    "names.strike-noun-nationality": (
        'A force named by its nationality and a weapon word that begins the event noun ("امریکی ڈرون '
        'حملے میں") is named by the nationality alone: the weapon is part of the event noun.'
    ),
    "roles.became-target": (
        'The subject of "... کا نشانہ بنا" or "... کی زد میں آیا" ("پولیس اہلکار فائرنگ کا نشانہ بن '
        'گئے"), or the body that owns it ("پولیس کی گشتی ٹیم"), was struck: the target.'
    ),
    "names.two-sides": (
        'A state force and unnamed armed men named side by side ("پولیس اہلکار دہشت گردوں کی فائرنگ کا '
        'نشانہ بنے") are two actors, not one name.'
    ),
    "roles.sought": (
        'Attackers or suspects searched for ("حملہ آوروں کی تلاش جاری ہے", "ملزمان کی گرفتاری کے '
        'لیے چھاپے"), also in a sentence after the event, are its perpetrators.'
    ),
    "roles.controlled-area": (
        'Ground a group holds ("X کے زیر کنٹرول علاقوں"): fired from it ("... سے"), X did it; struck '
        'in it ("... میں", "... پر"), X was the target; running a body that speaks ("X کے زیر انتظام '
        'وزارت صحت"), X takes no part.'
    ),
    "roles.planted-device": (
        'An actor named right before a planted device ("پولیس وین سڑک کنارے نصب بم سے ٹکرا گئی") is '
        "what the device struck, not who planted it."
    ),
    "roles.read-over-default": (
        "When the sentences say who did it, a group that is a perpetrator only by the actor "
        "lexicon's usual part (merely named beside the event) is none."
    ),
    "names.force-of-body": (
        'A generic force or one of its ranks named by the body it serves ("افغان طالبان کی سکیورٹی '
        'فورسز نے", "بھارتی فوج کا ایک کرنل") is that body, with the role the force takes.'
    ),
    "roles.place-not-victim": (
        'A name followed by "میں" ("شمالی اسرائیل میں راکٹ گرنے سے دو افراد زخمی") says where, not '
        "who was hurt: it is not made the subject of the casualty verb."
    ),
    "names.community": (
        'A community named by a word and "برادری" ("میتئی برادری") is an actor, also when no '
        "lexicon lists it; the sentence gives its role."
    ),
    "names.named-clan": (
        'A gang, faction or tribe named by one or two words before "گروپ", "گینگ" or "قبیلے" ("X گینگ '
        'کے ڈاکوؤں نے", "X Y گروپ کے مسلح افراد نے") is an actor, also when no lexicon lists it; the '
        "sentence gives its role (words that only describe a group, as in 'مخالف گروپ', name none)."
    ),
    "roles.responder": (
        'Return fire ("X کی جوابی فائرنگ", "X نے جوابی کارروائی کی") answers an attack: it does not '
        "make X the attack's doer."
    ),
    "roles.attackers-killed-answering": (
        "In an attack on the state's forces by armed men, with no state force as its doer, the "
        'militants counted among the dead ("جوابی کارروائی میں تین دہشت گرد بھی مارے گئے") are the '
        "attackers killed as the forces answered: perpetrators, not targets."
    ),
    "roles.retaliation-strike": (
        'An actor that answered an attack by a strike of its own ("X نے جوابی کارروائی کرتے ہوئے Y کے '
        'ٹھکانوں پر گولہ باری کی", "X نے جوابی کارروائی میں Y کو نشانہ بنایا") is that strike\'s doer.'
    ),
    "roles.answered-attack": (
        'An actor that answered an attack ("X نے Y کی فائرنگ کا بھرپور جواب دیا", "جس کا X نے منہ توڑ '
        "جواب دیا\") was attacked: it is the target, the attack's doer the perpetrator."
    ),
    "roles.genitive-target-killing": (
        'The actor in the genitive of a targeted killing ("پولیس اہلکاروں کی ٹارگٹ کلنگ") is whom it '
        'killed, as with "X کا قتل": the noun names an attack, but its genitive is the victim, not the doer; '
        'told as deeds charged to someone ("X کی ٹارگٹ کلنگ کی وارداتوں میں ملوث"), X takes no part.'
    ),
    "roles.repelled-attack": (
        'An actor that held off an attack ("X نے بروقت کارروائی کرتے ہوئے حملہ ناکام بنا دیا", "X نے حملہ '
        'پسپا کر دیا", "X نے حملہ آوروں کا مقابلہ کیا") was attacked: holding it off makes X no second doer '
        "of it (where the attack names X as struck, it is the target there)."
    ),
    "roles.targeting-as-topic": (
        'An actor marked with "کو" before "نشانہ بنانے" that a genitive or postposition turns into a noun '
        '("مسافروں کو نشانہ بنانے کے الزام کی تردید", "X کو دانستہ نشانہ بنانے پر احتجاج") is the topic of a '
        'charge, a protest or a motive, no target; a purpose or an attempt ("کے لیے", "کی کوشش") keeps it.'
    ),
    "roles.between-sides": (
        'In "X اور Y کے درمیان جھڑپ" (or "X اور Y میں جھڑپ") the two sides of a fight are named '
        "together: the first named is the perpetrator, the second the target."
    ),
    "roles.between-sides-struck": (
        'In "X اور Y کے درمیان جھڑپ" where the people then counted dead or injured are all of the '
        'first side ("فورسز اور مسلح افراد کے درمیان تصادم میں دو اہلکار زخمی", "شدت پسندوں اور پولیس '
        'کے درمیان جھڑپ میں تین شدت پسند مارے گئے"), a force against armed men, the first side was '
        "struck: it is the target and the second the perpetrator (narrows roles.between-sides)."
    ),
    "roles.coordinated-casualties": (
        'In a counted list of the dead or hurt ("ایک ایف سی اہلکار اور دو شہری زخمی", "فوج کا '
        'ایک کرنل اور ایک میجر شہید"), the first named shares the role of the victims after "اور".'
    ),
    "roles.coordinated-counted-objects": (
        'Two groups of people, each counted, joined by "اور" before "کو" and the verb ("80 طلبا اور '
        'پانچ اساتذہ کو اغوا کر لیا"): the first shares the role the object marker gives the last.'
    ),
    "roles.claimant-names-unnamed": (
        "Where a named group's claim makes it the doer of an attack whose doers the article leaves "
        'unnamed ("مسلح افراد نے ... فائرنگ کی ... X نے ذمہ داری قبول کر لی"), the unnamed doers are '
        "its men and are not listed apart; doers seen but not identified, or suspects, stay "
        "(roles.unknown-doers-stay)."
    ),
    "roles.unknown-doers-stay": (
        'Doers named as seen but not identified, or as suspects ("نامعلوم شرپسندوں نے", "موٹر سائیکل '
        'سوار مسلح افراد نے", "دو ملزمان نے"), stay a perpetrator of their own beside the named group '
        "that claims the attack or is named as its doer: the article does not say they were its men."
    ),
    "roles.agent-reach": (
        'An agent\'s deed is looked for up to 180 characters after "X نے", since long sentences put the '
        'verb far after the agent ("X نے ... کارروائیوں کے دوران ... پانچ مبینہ دہشت گرد گرفتار کر لیے"), '
        'but not past a relative clause with its own agent ("جس پر Y نے").'
    ),
    "roles.doer-noun-after": (
        'An actor right before a word that names other people by their deed ("پولیس اغواکاروں کا پیچھا '
        'کر رہی ہے"): the deed word is a name, not an event the actor qualifies, so it makes the '
        "actor no doer."
    ),
    "roles.bracket-gloss": (
        'A name glossed in brackets ("محکمہ انسداد دہشت گردی (سی ٹی ڈی پنجاب) نے", "X (Y) کے ٹھکانوں پر") '
        "takes its role from the case marker after the closing bracket: the gloss is the same actor."
    ),
    "roles.gloss-in-phrase": (
        'A bracketed gloss after a name ("X (Y) کے جنگجوؤں نے", "X (Y) پنجاب نے") parts it from '
        "nothing: the members after it are the group's, a province after a force names its command, "
        "and a gloss that is an actor of its own is the same actor."
    ),
    "roles.own-members-struck": (
        "Of two doers read for one incident, the one whose own members are its dead or hurt "
        '("سیکیورٹی فورسز کی کارروائی کے دوران شدت پسندوں کی فائرنگ سے ایک سپاہی شہید") was struck: it '
        "is the target, named once for its members."
    ),
    "roles.operation-by-force-next": (
        "A state force acting with the ergative in the sentence right after an operation or a fight "
        'with militants that names no doer ("کارروائی میں پانچ شدت پسند مارے گئے۔ سیکیورٹی فورسز نے '
        'علاقے کو گھیرے میں لے لیا") waged it: it goes on with its own operation.'
    ),
    "roles.robbed-from": (
        'The person from whom something is snatched or looted ("ڈاکوؤں نے ایک تاجر سے نقدی چھیننے کی '
        'کوشش کی اور مزاحمت پر اسے قتل کر دیا") is the victim: robbery takes by force.'
    ),
    "roles.counted-among-people": (
        'A force or armed group, itself counted, included in a count of mere people ("تین فوجیوں سمیت '
        'چھ افراد ہلاک", "دو پولیس اہلکاروں سمیت پانچ افراد زخمی") is the victims\' only side: it takes '
        'their role, not a detail\'s; civilians so named ("دو بچوں سمیت") stay a detail.'
    ),
    "roles.operation-by-speaker-after": (
        "A state force that reports, in its own clause of the same sentence, an operation or a fight "
        'with militants that names no doer ("جھڑپ کے دوران تین عسکریت پسند مارے گئے، فوج نے دعویٰ '
        'کیا ہے") waged it, as when it reports it before (roles.operation-by-speaker).'
    ),
    "roles.listed-casualties": (
        'In a counted list of the dead or hurt whose members a comma joins ("ایک سب انسپکٹر، دو '
        'کانسٹیبل اور ایک ڈرائیور زخمی", "تین طالب علم، ایک استاد اور ایک چوکیدار ہلاک"), or whose '
        "last member a planted device struck, every counted member shares the victims' role."
    ),
    "roles.owned-ranks-listed": (
        'A body named with the count and rank or post of its member ("فوج کا ایک کرنل اور ایک میجر '
        'شہید", "فوج کے ایک کیپٹن اور دو سپاہیوں کو شہید کر دیا") shares the role of the counted '
        'victims that "اور" joins to that member: the member is one of them.'
    ),
    "roles.with-own-companions": (
        'In "X اپنے (دو) Y سمیت" ("ایک ٹیچر اپنے دو بچوں سمیت جاں بحق ہو گیا") X and the companions '
        "Y named with the reflexive went through the same: both are victims when either is."
    ),
    "roles.owner-of-described-site": (
        'The owner of a vehicle, post or building that two or three words describe, struck ("پولیس '
        'کی بکتر بند گاڑی پر راکٹ حملہ", "ایف سی کی ایک عارضی چیک پوسٹ پر"), is the target, as the '
        "owner of a plainly named one is."
    ),
    "roles.owner-of-site-inside": (
        'The owner of a vehicle, post or building inside which an event right after it happened ("ایف '
        'سی کے کیمپ میں خودکش دھماکے سے چار اہلکار جاں بحق") is the target, as the owner of a site '
        'attacked with "پر" is.'
    ),
    "roles.acting-unit": (
        'An actor that owns a team or squad acting with the ergative ("پولیس کی ایک ٹیم نے چھاپہ مار '
        'کر دو عسکریت پسندوں کو گرفتار کر لیا", "فوج اور پولیس کی مشترکہ ٹیم نے") acts through it: '
        "its role is the unit's."
    ),
    "roles.held-responsible-before": (
        'An actor held responsible with the blame told before it ("حکام نے حملے کا ذمہ دار X کو قرار '
        'دیا") is the suspected perpetrator, as in "X کو حملے کا ذمہ دار قرار دیا", not whom "کو" '
        "marks as struck."
    ),
    "roles.ranks-listed": (
        'Two members of one body, each counted and named by rank or post in one list ("فوج کا ایک '
        'کرنل اور ایک میجر شہید"), are two people in that role, not two names of one group.'
    ),
    "roles.word-inside-body-name": (
        "An unnamed group in one role is not a named body in the other whose name holds its word "
        '("محکمہ انسداد دہشت گردی نے تین دہشت گرد گرفتار کر لیے"): both are kept.'
    ),
    "roles.between-sides-members": (
        'The sides of "X اور Y کے درمیان جھڑپ" may be named with their members ("X اور Y کے '
        'کارکنوں کے درمیان", "X اور Y کے جنگجوؤں کے درمیان"): the sides keep their roles.'
    ),
    "roles.between-sides-place": (
        'A place phrase between the two sides and the fight ("X اور Y کے درمیان ضلع Z کے علاقے W میں '
        'جھڑپ") says where they fought: the sides keep their roles as in "X اور Y کے درمیان جھڑپ".'
    ),
    "roles.claimant-members": (
        'In a group\'s claim that its own people did it ("X نے دعویٰ کیا ہے کہ اس کے جنگجوؤں نے ..."), '
        "those people are the claimant, named already: they are no actor of their own."
    ),
    "roles.state-own-act": (
        'A state\'s forces saying they did something ("فوج نے دعویٰ کیا کہ اس نے ...") make a '
        "statement, not a responsibility claim."
    ),
    "roles.attributed-later": (
        "A detail sentence after the event's own that blames it on an actor (\"پولیس نے واقعے کا "
        'الزام X پر عائد کیا") or says an actor took part in it ("واقعے میں X ملوث ہیں") names its '
        "suspected perpetrator."
    ),
    "roles.members-of-unnamed-group": (
        'An organisation described but not named ("کالعدم تنظیم", "شدت پسند گروپ") and the members '
        'named right after it in the genitive ("کالعدم تنظیم کے چار دہشت گردوں کو ہلاک کر دیا") are '
        "one actor, written in full, with the members' role."
    ),
    "roles.blame-put-on": (
        'The blame named before an actor and put on it ("حکام نے دھماکے کا الزام X پر لگایا", "حملے '
        'کی ذمہ داری X پر عائد کی") makes it the suspected perpetrator, not the one "پر" marks as struck.'
    ),
    "roles.victims-belong": (
        'The body the dead or injured are said to belong to ("جاں بحق ہونے والوں کا تعلق ہزارہ '
        'برادری سے تھا", "زخمیوں کا تعلق پولیس سے ہے") is the target, also from a detail sentence.'
    ),
    "roles.victims-were": (
        'Whom a sentence says the dead or injured were ("ہلاک ہونے والوں میں زیادہ تر کسان ہیں", '
        '"مرنے والے تمام مزدور تھے") is the target, also from a detail sentence.'
    ),
    "roles.victims-majority": (
        'Whom a sentence says most of the dead or injured were ("مرنے والوں میں اکثریت مزدوروں کی تھی", '
        '"جن میں اکثریت طلبہ کی ہے") is the target, also from a detail sentence; words of age or sex '
        "tell what the dead were like."
    ),
    "roles.victims-mostly-which": (
        "Whom a relative clause right after a count of the dead or injured says most of them were, "
        'with a plain copula ("20 افراد ہلاک ہو گئے جن میں زیادہ تر مزدور تھے", "جن میں بیشتر طلبہ '
        'ہیں") is the target; words of age or sex tell what the dead were like.'
    ),
    "roles.among-the-casualties": (
        'Each one a sentence lists among the dead or injured just told ("جن میں چار اہلکار اور دو راہگیر '
        'شامل ہیں", "زخمیوں میں ایک دکاندار بھی شامل ہے") is a target of the event.'
    ),
    "roles.owner-of-coordinated": (
        'The owner of two things joined by "اور" that the case marker after them makes struck ("مسیحی '
        'برادری کے گھروں اور گرجا گھروں کو نذر آتش کر دیا") is the target, as the owner of one is.'
    ),
    "roles.struck-militants-belong": (
        "In a state force's operation whose victims are militants, the group a sentence says they "
        'belonged to ("دہشت گردوں کا تعلق X سے تھا") was struck with them: it is a target, not the doer.'
    ),
    "roles.crowd-present": (
        'Civilians said to crowd the place when it was struck ("دھماکا اس وقت ہوا جب بازار خریداروں '
        'سے بھرا ہوا تھا", "جب مسجد میں نمازیوں کا رش تھا") are its target.'
    ),
    "roles.people-counted": (
        "When an incident's sentences name no victim but count people dead or injured (\"حملے میں "
        '5 افراد جاں بحق"), those people ("افراد") are its target; not in a blast of a device, a '
        "strike from afar or a clash (roles.blast-people-no-target, roles.strike-people-no-target, "
        "roles.clash-people-fighters)."
    ),
    "roles.included-no-actor": (
        'People named by age or sex only as included in a count that follows ("چار بچوں اور دو خواتین '
        'سمیت آٹھ شہری جاں بحق", "دو بچوں سمیت پانچ افراد کو قتل کر دیا") tell who the counted were: '
        "they are no actor of their own, whatever role the sentence would give them; a label of "
        'occupation or kin so named ("دو اساتذہ سمیت", "بیوی اور بیٹی سمیت") stays an actor.'
    ),
    "roles.allied-air-forces": (
        "States or forces named together as the doers of every strike from the air that names one "
        '("امریکہ اور برطانیہ نے یمن میں ... فضائی حملے کیے") carried out the strikes the article '
        "then tells place by place with no doer, as one force does (roles.one-air-force)."
    ),
    "roles.site-gives-way-to-dead": (
        "A post, school, hospital, line or other public site struck in an attack that killed "
        'people ("چیک پوسٹ کے قریب دھماکے سے 12 افراد ہلاک", "اسپتال پر حملے میں پانچ افراد جاں بحق") '
        "only tells where the dead were: it is no target. A site named for those inside it (a home, "
        'tent, shop, market or vehicle: "occupied_site", "vehicle_noun") or named with its people '
        '("مسجد کے نمازی") or its damage ("بندرگاہ کو نقصان پہنچا") stays, and so does any site where '
        "nobody died, or where the dead were its attackers."
    ),
    "roles.home-gives-way-to-dead": (
        'A home, shop, building or vehicle struck in an attack that killed people ("رہائشی مکان پر '
        'بمباری سے چھ افراد جاں بحق", "گاڑی پر فائرنگ سے دو افراد ہلاک") only tells where the dead '
        "were, as a post or school does (roles.site-gives-way-to-dead): it is no target unless a "
        'genitive or its damage follows it ("گاڑی کے ڈرائیور", "مکان تباہ ہو گیا"). A site named for '
        'a gathering of many, a market, camp, tent or convoy ("امدادی قافلے پر حملے میں"), stays.'
    ),
    "roles.strike-people-no-target": (
        'In a strike from afar, by aircraft, drone, shell or missile ("فضائی حملے میں 7 افراد ہلاک", '
        '"گولہ باری سے دو افراد زخمی"), the people counted dead or injured are where it fell, not '
        "whom it was aimed at: they are no target of their own (roles.people-counted)."
    ),
    "roles.blast-people-no-target": (
        'In a blast of a device, a bomb planted or worn, a grenade ("دھماکے میں 5 افراد جاں بحق"), the '
        "people counted dead or injured are who stood near it, not whom it was aimed at: they are no "
        "target of their own (roles.people-counted)."
    ),
    "roles.clash-people-fighters": (
        'In an armed clash the people counted dead or injured ("فائرنگ کے تبادلے میں دو افراد '
        'ہلاک") are the fighters of either side, not a target: "افراد" names no victim of a battle.'
    ),
    "roles.denier": (
        'A group that denies or disowns the attack ("X نے حملے سے لاتعلقی ظاہر کی", "X نے حملے میں '
        'ملوث ہونے سے انکار کیا") only speaks: the event word after it does not make it the doer.'
    ),
    "roles.owner-chain": (
        'The owner of what was attacked may stand one genitive link further ("امن کمیٹی کے سربراہ کی '
        'گاڑی کو") or own one of its kind ("X کے ایک کمانڈ سینٹر کو"): it is the target, as the '
        "nearer owner would be."
    ),
    "roles.speaker-own-act": (
        'A body that says it did the act itself ("X کا کہنا ہے کہ اس نے ... کو نشانہ بنایا", "X نے کہا '
        'کہ انہوں نے ...") is its doer, not only a speaker.'
    ),
    "roles.own-forces-did": (
        'A body that says its own people did the deed it names first ("X نے کہا کہ بازار میں دھماکہ '
        'اس کے ایک رکن نے کیا": the event is the fronted object of "کیا") is its doer, not only a speaker.'
    ),
    "roles.speaker-own-forces": (
        'A body that says its own people or arms did the act ("X نے کہا کہ اس کے طیاروں نے ... کو '
        'نشانہ بنایا", "X کا کہنا ہے کہ ان کے جنگجوؤں نے ...") is its doer, not only a speaker.'
    ),
    "roles.protested-against": (
        'Whom or what a protest is against ("X کے خلاف احتجاجی مظاہرہ", "X کے قتل کے خلاف دھرنا") is '
        "not attacked: it is no target (GUIDELINES: only those the crowd clashes with or who attack it)."
    ),
    "roles.against-owned": (
        'An event aimed against something of the actor\'s ("X کے ٹھکانوں کے خلاف آپریشن") strikes the '
        'actor: it is the target, as in "X کے خلاف آپریشن".'
    ),
    "roles.accuser": (
        'An actor that accuses another of the deed ("X نے Y پر حملے کا الزام عائد کیا", "X نے Y کو حملے کا '
        'ذمہ دار ٹھہرایا") only speaks: it takes no part in the event.'
    ),
    "roles.told-addressee": (
        'An actor marked by "کو" before a verb of telling or ordering ("اہل خانہ نے پولیس کو بتایا '
        'کہ", "پولیس کو اطلاع دی", "ایس ایچ او کو گرفتاری کا حکم دیا") is the one told or ordered: it '
        "has no role in the event."
    ),
    "roles.aftermath-object": (
        'An actor marked by "کو" before a verb of closing, sparing or serving ("سکول کو بند کر دیا '
        'گیا", "عام لوگوں کو نقصان سے بچانے کے لیے", "زائرین کو سہولت دی جائے") is what the '
        "authorities closed, spared or served around the event: it is not what was attacked."
    ),
    "roles.target-of-charged-deeds": (
        'An actor struck in the deeds someone is said to be involved in or wanted for ("X پر حملوں '
        'میں ملوث تھے", "X پر حملوں میں مطلوب") is the target of those past deeds, not of the event told.'
    ),
    "triggers.moved-for-questioning": (
        'An abduction word right after a purpose of questioning ("ملزمان کو تفتیش کے لیے نامعلوم مقام پر '
        'منتقل کر دیا گیا") tells people moved in custody, not abducted: it is no event word.'
    ),
    "triggers.custody-moved": (
        'An abduction word whose clause names those moved, before it, as already held ("گرفتار ملزمان '
        'کو نامعلوم مقام پر منتقل کر دیا گیا") tells people moved in custody, not abducted: it is no '
        "event word."
    ),
    "types.defenders-fought-back": (
        "In an assault with grenades, rockets or mortars by others than the state on the state's forces, "
        'forces the text also makes doers ("اہلکاروں نے بھرپور مزاحمت کی") fought back: they are the '
        "other side of the fight, which stays a clash."
    ),
    "roles.victim-of-charged-deeds": (
        "An actor whose killing, abduction or other harm someone is said to be involved in or wanted "
        'for ("X کے قتل میں ملوث تھے", "X کی ٹارگٹ کلنگ میں مطلوب") was the victim of those past '
        "deeds: it takes no part in the event told."
    ),
    "roles.aftermath-site": (
        "A site that the sentence makes no target, named only in a sentence that tells no event and "
        'counts no one (where the dead or wounded were taken: "لاشیں ہسپتال منتقل کی گئیں"), is not '
        "what was hit, so it does not keep "
        "the people counted dead or injured from being the target of an attack (in an armed clash "
        "the dead may be of either side, so there it changes nothing)."
    ),
    "roles.not-involved": (
        'An actor the text says took no part ("اس حملے میں X ملوث نہیں", "X کا ہاتھ نہیں") is no '
        "perpetrator: the attribution is denied."
    ),
    "roles.attribution-denied": (
        'An attribution to an actor ("X کے ملوث ہونے", "X کا ہاتھ") that the same clause goes on to '
        'deny ("X کے ملوث ہونے کی تردید کی", "X کا ہاتھ ہونے سے انکار کیا") is the object of the '
        "denial: X is no perpetrator (the responsibility reads denied, with the denier)."
    ),
    "roles.state-aircraft-agent": (
        "A country's adjective before an aircraft or a drone that is the agent of a strike (\"برطانوی "
        'طیاروں نے بمباری کی", "ترک ڈرون نے ... کو نشانہ بنایا") names the state that struck: it is a '
        "state perpetrator, as before an event noun."
    ),
    "roles.state-adjective-list": (
        'Country adjectives joined by "اور" or a comma before one event noun or one aircraft that '
        'struck ("امریکی اور برطانوی فضائی حملوں میں", "روسی اور شامی طیاروں نے") each name a state '
        "that carried it out: each is a state perpetrator, not only the last."
    ),
    "roles.statement-from": (
        'An actor before "کی جانب سے" or "کی طرف سے" and a statement it issued ("ایف سی کی جانب سے '
        'جاری بیان کے مطابق", "فوج کی طرف سے جاری کردہ اعلامیے میں") only speaks, as in "X کے بیان '
        'کے مطابق": it is no side of the event, and a force so speaking of an operation with no doer '
        "named is its perpetrator (as roles.operation-by-speaker reads)."
    ),
    "roles.split-claim-negated": (
        'A claim of responsibility split around its doer ("حملے کی ذمہ داری ... نے قبول کی") and '
        'negated after its verb ("ذمہ داری اب تک کسی بھی تنظیم نے قبول نہیں کی") says nobody claimed '
        "the attack, however many words stand between the cue and the verb: it is unclaimed."
    ),
    "roles.report-denied": (
        'A denial whose object is a statement or a report ("پولیس نے اپنے بیان کی تردید کی", "وزارت '
        'نے ان خبروں کی تردید کی") denies what was said, not a part in the attack: the responsibility '
        "is not read as denied from it."
    ),
    "roles.no-one": (
        'An actor after "کسی"/"کسی بھی"/"کوئی" (any) in a clause that "نہیں" negates ("کسی بھی '
        'شدت پسند گروپ نے ذمہ داری قبول نہیں کی") names nobody: it takes no part in the event.'
    ),
    "roles.accused-of": (
        'An actor accused of a deed named after it ("X پر شہریوں کو نشانہ بنانے کا الزام لگایا", "X کو '
        'حملے کا ذمہ دار ٹھہرایا") is the attributed perpetrator; in "X پر حملے کا الزام Y پر" the '
        "accusation goes to Y, not X."
    ),
    "roles.attackers-belong": (
        'The group the attackers are tied to ("حملہ آوروں کا تعلق X سے تھا") is the suspected perpetrator.'
    ),
    "roles.stopped-attacker": (
        'Forces that kill, catch or overpower the attacker ("پولیس نے حملہ آور کو موقع پر ہلاک کر دیا") '
        "answer the attack: they are not its perpetrator."
    ),
    "roles.unnamed-beside-party": (
        'A party or crowd that only the lexicon makes a doer ("X کے جلسے میں خودکش دھماکا") does not '
        'stand for the unnamed attackers the text names ("خودکش حملہ آور"): they are kept.'
    ),
    "roles.site-of-site": (
        'A site whose part or convoy was struck ("سرکاری سکول کی عمارت کو آگ لگا دی", "مسافر گاڑیوں کے '
        'قافلے پر فائرنگ") is the target.'
    ),
    "roles.operation-by-speaker": (
        "An operation, or a fight with militants, that names no one waging it was the operation of "
        'the state force that acts or reports in its own sentence ("سیکیورٹی فورسز نے ... گھیرے میں لے '
        'لیا، فائرنگ کے تبادلے میں ...", "پولیس کے مطابق آپریشن کے دوران دو شدت پسند ہلاک"): that force '
        "is the perpetrator."
    ),
    "roles.press-office-reports": (
        'A force\'s press office ("آئی ایس پی آر کے مطابق ... آپریشن میں دو شدت پسند مارے گئے") '
        "reports its force's operation, arrest or strike and wages none of them: it is not the "
        "doer the speaker rules (roles.operation-by-speaker and its kin) name; a force the sentence "
        'names acting, or whose spokesman speaks ("فوج کے ترجمان کے مطابق"), still is.'
    ),
    "roles.arrest-by-speaker": (
        "An arrest that names no one making it was made by the state force that acts or reports in "
        'its own sentence ("پولیس کے ترجمان کے مطابق ... تین ملزمان کو گرفتار کیا گیا"): forces report '
        "their own arrests, as they do their operations (roles.operation-by-speaker)."
    ),
    "roles.arrested-group-default": (
        "In an arrest, an armed group that the sentence gives no part, only its lexicon's usual one "
        '(the doer), is the group of those arrested ("X سے تعلق رکھنے والے تین ملزمان گرفتار"): a '
        "force makes arrests, not a militant group."
    ),
    "roles.aircraft-group-no-doer": (
        "In a strike from warplanes, gunships or bombing from the air (no drone named), an armed "
        "group that the sentence gives no part, only its lexicon's usual one (the doer), is not its "
        'doer ("جنگی طیاروں نے بمباری کی ... علاقے میں X موجود تھے"): the aircraft are a state\'s.'
    ),
    "roles.claimant-not-source": (
        'The source a claim of responsibility is reported through ("پولیس ذرائع کے مطابق", "X کے '
        'مطابق") only speaks, and is not the claimant: the claimant is the doer named after the cue '
        '("... کی ذمہ داری Y نامی گروہ نے قبول کی"), also where its "نے" follows a noun of its own.'
    ),
    "roles.joined-crowds": (
        'Protesters or rioters joined by "اور" before one case marker ("تاجروں اور شہریوں نے احتجاجی '
        'ریلی نکالی") are two groups of the crowd: each is a perpetrator, though the crowd is '
        'otherwise named once; a description ("X کے کارکنوں اور شرپسند عناصر نے") is still the same crowd.'
    ),
    "roles.crowds-as-sides": (
        'Two crowds or parties named together as the sides of a fight ("X اور Y کے کارکنوں میں تصادم") '
        "keep the sides' roles in a riot: the first named is the perpetrator, the second the target, "
        "though a crowd is otherwise a riot's doer."
    ),
    "roles.members-counted-acted": (
        'A group named with its members counted and the ergative ("X کے سینکڑوں افراد نے دھرنا دیا", '
        '"X کے 50 کارکنوں نے ریلی نکالی") did the event, as its members counted dead were struck '
        "(roles.members-counted)."
    ),
    "roles.protest-people-no-target": (
        'The people a peaceful protest counts ("سینکڑوں افراد نے دھرنا دیا", "ہزاروں لوگ سڑکوں پر نکل '
        'آئے") are the protesters: a peaceful protest has no target, so they are not named as one.'
    ),
    "roles.qualifier-not-victim": (
        'An actor word right before a noun of a group or an area ("فلسطینی تنظیم کے دو ارکان جاں بحق", '
        '"باجوڑ کے قبائلی علاقے X میں دو افراد جاں بحق") qualifies that noun: it is no subject of the '
        "casualty word."
    ),
    "roles.age-sex-gives-way": (
        'A target named only by sex or age ("خاتون", "بچے") gives way to the incident\'s targets named '
        'otherwise and told apart from it ("X نے شہری آبادی پر گولے داغے، ایک خاتون زخمی ہو گئی"): '
        "the words tell who the dead or hurt were like, not whom the attack struck; alone, or listed right "
        'beside such a target ("ایک چرواہا اور دو بچے"), they stay.'
    ),
    "roles.informant": (
        'An actor in the genitive before a tip-off noun and "پر" ("چوکیدار کی اطلاع پر", "مقامی لوگوں کی '
        'نشاندہی پر") told the forces of the event or the device: it takes no part in it.'
    ),
    "roles.struck-side-of-other-kind": (
        "Only a doer of another kind makes a doer whose members died the target "
        "(roles.own-members-struck): armed groups named together as the doers of an attack (a group, "
        'its fighters, the group that claimed it) are one side, whose dead ("جوابی کارروائی میں 6 '
        'خوارج ہلاک") are counted and leave it the perpetrator.'
    ),
    "roles.genitive-agent-across-target": (
        'In "X کے Y کی چیک پوسٹ پر حملے", X a kind of attacker, the genitive after X agrees with the '
        "event noun across what another actor Y owns and was struck: X did it, and Y owns its target "
        '(a community or kind of people X before "کے Y کی" owns Y instead).'
    ),
    "roles.factions-fought": (
        'A group whose factions are said to fight one another ("X کے مختلف گروپوں میں جھگڑا", "X کے دو '
        'دھڑوں کے درمیان فائرنگ") is both sides of the fight: the perpetrator.'
    ),
    "roles.peaceful-protest-no-target": (
        "A peaceful protest meets no one, so it has no target: those its demands or grievance name "
        '("نامزد ملزمان کو گرفتار کیا جائے", "حکومت کے خلاف نعرے") take no role in it; a protest that force '
        "meets is no longer peaceful."
    ),
    "roles.claimant-spokesman": (
        'A group whose spokesman claims the attack ("X کے ترجمان نے ذمہ داری قبول کی"), or by whom it '
        'is claimed ("X کی جانب سے ذمہ داری قبول کی گئی"), claims it and carried it out.'
    ),
    "roles.one-side-once": (
        'A group that is a perpetrator is not its own target: its dead ("سیکیورٹی فورسز اور دہشت گردوں '
        'کے مابین فائرنگ ... ایک سپاہی شہید") are counted, not named as the other side.'
    ),
    "roles.credit-is-no-actor": (
        'The agency or reporter credited in brackets after the dateline ("جموں (پی ٹی آئی)", "کراچی '
        '(ایم کیو ایم رپورٹ)") filed the report: it is no actor.'
    ),
    "roles.case-against": (
        'The attackers a case is filed against ("واقعے کا مقدمہ نامعلوم افراد کے خلاف درج کر لیا گیا") '
        "are the suspected perpetrators, also in a later sentence."
    ),
    "roles.state-by-side": (
        'A country by whose side an attack or weapon came ("روس کی جانب سے داغے گئے میزائل", "ایران کی '
        'طرف سے ڈرون حملے") is a state perpetrator.'
    ),
    "roles.state-adjective": (
        'A country\'s adjective right before an event noun ("روسی میزائل حملے", "امریکی فضائی حملوں") '
        "names the state that carried the event out: a state perpetrator."
    ),
    "roles.by-hands-of": (
        'The actor "at whose hands" it happened ("ڈاکوؤں کے ہاتھوں مزاحمت پر ایک نوجوان قتل", "پولیس کے '
        'ہاتھوں گرفتار") did it, whatever the case marker further on.'
    ),
    "roles.crowd-side": (
        'In a clash between a crowd and another side ("پولیس اور مظاہرین کے درمیان جھڑپیں"), the crowd '
        "(protesters, rioters) is the perpetrator and the other side the target, whichever is named first."
    ),
    "roles.genitive-agent-across-place": (
        'In "X کی Y میں بمباری" with Y a place\'s own name, the feminine genitive agrees with the event '
        "noun, not the place: X did it."
    ),
    "roles.arrested-object": (
        'Who is arrested with no case marker ("پولیس نے پانچ مبینہ دہشت گرد گرفتار کر لیے", "تین ملزمان '
        "گرفتار\") is the arrest's target; in a report of an attack an arrested attacker stays its "
        "suspected perpetrator (roles.arrest-frame)."
    ),
    "roles.claimant-after-cue": (
        'In "X پر حملے کی ذمہ داری Y نے قبول کی" the claimant is Y, the agent after the word for '
        "responsibility; X, whom the attack struck, claims nothing."
    ),
    "roles.claimed-by-own-member": (
        'A group that claims ("X نے دعویٰ کیا کہ دھماکا اس کے ایک رکن نے کیا") that its own people did '
        "the deed, with words between its claim's کہ and the possessive, claims the attack and did it."
    ),
    "roles.state-genitive": (
        'A country in the genitive of a strike from afar ("روس کے میزائل حملے میں", "امریکہ کے فضائی '
        'حملوں میں") carried it out: a state perpetrator.'
    ),
    "roles.object-of-no-event": (
        'An object marked with "کو" in a clause with no event word, and with no casualty word or weapon '
        'after it ("تاجروں کو معاوضہ دینے کا اعلان کیا", "مکینوں کو گھروں میں رہنے کی ہدایت کی") is the '
        "object of a verb that does no violence: it is no target."
    ),
    "roles.aircraft-of-force": (
        'A force whose aircraft or drones act with the ergative ("X کے طیاروں نے", "X کے جنگی طیاروں '
        'نے ... بمباری کی") strikes through them: it carried the event out.'
    ),
    "roles.one-air-force": (
        "Where an article makes one state force the doer of its strikes from the air, a strike from the "
        'air it tells with no doer ("بمباری سے 20 افراد مارے گئے") is that force\'s: news names the '
        "force once and then tells its raids."
    ),
    "roles.air-strike-by-speaker": (
        "An air or drone strike on militants that names no one carrying it out was the strike of the "
        'armed force that reports it in the same sentence ("X کی فضائیہ کے ترجمان نے بتایا کہ فضائی '
        'کارروائی میں بیس جنگجو مارے گئے"): forces report their own raids. Police fly no aircraft.'
    ),
    "roles.member-named-by-force": (
        'A target named only by a member or rank word ("ایک اہلکار شہید", "کانسٹیبل زخمی") takes the '
        'name of the force its sentence names last before it (not across "جبکہ"), unless that force is '
        "the incident's doer."
    ),
    "roles.group-held-per-place": (
        "Arrests told place by place with the group each place's men belong to (\"ملتان سے کالعدم X کے 3، "
        "ڈیرہ غازی خان سے کالعدم Y کے 4 ... گرفتار\"): each place's arrest has that group as its target."
    ),
    "roles.claimant-of-unnamed-deed": (
        'A named armed group that claims an incident whose doers the article leaves unnamed ("مسلح '
        "افراد نے ...\", or no doer) names who they were: it is one of the incident's perpetrators."
    ),
    "roles.bomber-of-named-group": (
        'A suicide bombing that a named group carried out or claimed ("الشباب نے ذمہ داری قبول کی") '
        'has that group as its perpetrator; the bomber named only as such ("حملہ آور", "خودکش بمبار") '
        "is the group's member and weapon, not a second actor."
    ),
    "roles.bomber-seen-is-member": (
        "The bomber of a suicide bombing a named group carried out or claimed is its member even "
        'where the text tells how he came ("موٹر سائیکل پر سوار حملہ آور نے خود کو دھماکے سے اڑا '
        'لیا"): he is no doer seen but not identified (roles.unknown-doers-stay), and is dropped.'
    ),
    "roles.weapon-named-doer-as-force": (
        'A doer named by its nationality alone or before its weapon ("X-ی ڈرون نے", "X-ی طیاروں کی '
        'بمباری") is the same body the article makes a perpetrator elsewhere as a force with the same '
        'nationality ("X-ی فوج نے"): it takes the force\'s name.'
    ),
    "roles.named-ergative-no-victim": (
        'An actor whose personal name stands between it and the ergative ("پولیس افسر احمد خان نے '
        'بتایا کہ ... نو افراد ہلاک ہوئے") is the subject of the verb after "نے", no victim of the '
        'casualty word after it, as one right before "نے" is.'
    ),
    "roles.sheltered": (
        'Whom shelter or help is given ("حملہ آور کو پناہ دینے کا الزام", "X کو رہائش فراہم کی") is '
        "helped, not struck: no target, even in a clause that tells an arrest."
    ),
    "roles.tallied-arrested": (
        'People counted in hundreds whose arrest a sentence with a calendar period tells ("رواں ماہ '
        "... 180 مشتبہ افراد کو گرفتار کیا\") are a running total's: no actor of the event told."
    ),
    "roles.case-accused-not-more": (
        'The unnamed accused a police case is filed against ("پولیس نے ملزمان کے خلاف مقدمہ درج کر لیا") '
        "add no perpetrator to an attack whose doers the article already names by a label of their own "
        '("مخالفین", a group): a case names the same doers again in police words, not more.'
    ),
    "roles.suspects-not-more": (
        'Unnamed suspects arrested or sought for an attack ("تین مشتبہ افراد کو گرفتار کر لیا", "مشتبہ '
        'افراد کی تلاش جاری ہے") add no perpetrator to it when the article names the group that did '
        "it: they are its men, not more."
    ),
    "roles.members-any-count": (
        'A group\'s members counted by a number word above five ("طالبان کے بارہ جنگجو مارے گئے") are '
        "the group, named once as the group, as with a smaller number."
    ),
    "roles.members-vague-count": (
        'A group\'s members counted by a vague count ("داعش کے درجنوں جنگجو مارے گئے", "X کے کئی کارکن") '
        "are the group's, named once as the group, as members counted by a number are."
    ),
    "roles.rescuer": (
        'The ergative subject of a verb of recovery or rescue ("X نے مغوی کو بازیاب کرا لیا", "X نے '
        'یرغمالیوں کو چھڑا لیا") ends the captivity: it took no part in the abduction.'
    ),
    "roles.search-begun": (
        'A force that begins a search ("حملے کے بعد X نے علاقے کا محاصرہ کر کے سرچ آپریشن شروع کر '
        'دیا") responds to the event: it took no part in it.'
    ),
    "roles.state-genitive-counted": (
        "A count of the strikes between a country's genitive and the strike (\"امریکہ کے دو ڈرون حملوں "
        'میں", "روس کے کئی میزائل حملوں") does not cut the genitive: the country carried them out.'
    ),
    "roles.included-detail": (
        'People named as included in a counted group that died ("بچوں سمیت 11 افراد جاں بحق") are a '
        "detail of the count, not the subject of the casualty verb: the group counted is the target."
    ),
    "roles.including-past-name": (
        "A label with the personal name written after it, included in a group that the sentence makes "
        'the object of the event ("ایک صحافی احمد خان سمیت تین افراد کو قتل کر دیا"), is one of the '
        'victims, as in "X سمیت 3 افراد کو" (roles.including): the name stands between the label and "سمیت".'
    ),
    "roles.included-label": (
        'One person ("ایک") named by a label of office, work or kin as included in a counted group '
        'that died ("ایک عالم دین سمیت 3 افراد جاں بحق") is a victim, as in "X سمیت 3 افراد کو قتل": '
        "words of age or sex stay a detail of the count (roles.included-detail)."
    ),
    "roles.included-owner": (
        "An owner named by his property (names.owner-of-site) with no count before him, included in "
        'a counted group that died or was injured ("دکان کے مالک سمیت تین افراد زخمی"), is one known '
        'person: a victim, as "ایک دکاندار سمیت" is (roles.included-label).'
    ),
    "roles.included-label-counted": (
        'People counted by a number ("دو", "تین", "4") and named by a label of office, work or kin as '
        'included in a counted group that died or was injured ("تین مزدوروں سمیت سات افراد زخمی") are '
        "victims, as one so named is (roles.included-label); words of age or sex stay a detail."
    ),
    "roles.included-label-described": (
        "People counted and named by a label of office, work or kin with an adjective of rank or place "
        'between ("ایک سینئر صحافی سمیت 5 افراد جاں بحق", "تین مقامی تاجروں سمیت") are victims, as the '
        "counted label with none is (roles.included-label-counted)."
    ),
    "roles.owned-weapon": (
        'The owner of weapons that are struck ("حوثیوں کے میزائل لانچرز کو تباہ کر دیا") is the target: '
        "the weapon names no event of its owner's."
    ),
    "names.two-forces": (
        'The forces of two bodies named side by side ("ایک بھارتی فوجی پاکستانی فوج کی گولی کا نشانہ بن '
        'گیا") are two actors, not one name.'
    ),
    "roles.weapon-genitive-agent": (
        'The owner of the weapon someone became the target of ("پاکستانی فوج کی گولی کا نشانہ بن گیا", '
        '"دہشت گردوں کی گولیوں کا نشانہ بنے") fired it: the perpetrator.'
    ),
    "names.led-coalition": (
        'A coalition named by who leads it ("سعودی قیادت والے اتحاد", "امریکی قیادت میں اتحادی ممالک") '
        "is one actor, a coalition of states' forces, named as written: the sentence gives it its role."
    ),
    "types.arrest-by-armed-forces": (
        "An arrest made by an armed force that fights rather than polices (an army, the security "
        'forces, a paramilitary or counter-terrorism unit: "فوج نے چھاپہ مار کر پانچ افراد کو گرفتار '
        'کر لیا") is of suspects of militancy, unless the text names an ordinary crime.'
    ),
    "names.force-of-country": (
        'A noun of an armed body owned by a country with "کی" ("یوکرین کی فوج", "روس کی افواج") '
        "names that country's force: the actor is the whole phrase, as written."
    ),
    "names.national-force": (
        'A country\'s adjective before a noun of an armed body ("افغان فضائیہ", "سوڈانی فوج", '
        '"نائیجیرین بحریہ") names that country\'s armed forces, whether or not a lexicon lists them: '
        "a state force actor, named as written."
    ),
    "roles.weapon-doer-as-speaking-force": (
        'A doer named by its nationality before its weapon ("اسرائیلی ٹینکوں کے گولے") is the '
        "force of that nationality the article names even where the force only speaks of its strikes "
        '("اسرائیلی فوج نے ایک بیان میں کہا"): news names the force once and then its arms.'
    ),
    "roles.accused-refers-back": (
        'An arrest report calls those it has named or labelled by the bare word for the accused ("دو '
        'دہشت گردوں کو گرفتار کر لیا ... ملزمان کے قبضے سے"); where the arrest has another target, '
        '"ملزمان" is that target again, not a second one.'
    ),
    "roles.head-of-body": (
        'The head of a body the lexicon gives no proper name ("امن کمیٹی کے سربراہ", "تنظیم کے '
        'سربراہ") is one person named by the body led, as the head of a named one is ("حماس کے '
        'سربراہ"); "سربراہ" is not dropped as a bare word.'
    ),
    "names.honorific-in-name": (
        'An honorific that opens a personal name after a title or a label ("رہنما مولانا X", "امن '
        'کمیٹی کے سربراہ ملک X", "پیش امام حافظ X") is part of the name, though some are nouns of '
        "their own; the name ends where a postposition follows."
    ),
    "roles.addressed-event": (
        'A subject who addresses those gathered at an event ("X نے دھرنے سے خطاب میں مطالبہ کیا", '
        '"X نے مظاہرین سے گفتگو کرتے ہوئے کہا") speaks there; the event noun before "سے خطاب" is '
        "the occasion, not an act of the subject."
    ),
    "roles.label-age-name": (
        'A label, an age and a personal name ("مکھیا 52 سالہ X Y کو", "کارکن 45 سالہ X Y جاں بحق"): '
        "the age does not end the label's phrase, and its role is read after the name."
    ),
    "roles.label-then-name": (
        'A label for a civilian followed by the name of the person and then the case marker ("صحافی X Y '
        'کو قتل کر دیا", "دکاندار X پر فائرنگ") is the target, as the label alone before the '
        "marker is; the name stands between the noun and its postposition."
    ),
    "roles.force-included-among-people": (
        "The state's forces named as included in a count of mere people without a count of their own or "
        'with a word of rank after it ("پولیس اہلکاروں سمیت 13 افراد جاں بحق", "دو سینئر پولیس افسران سمیت") '
        "are the victims' side, as forces counted so are (roles.counted-among-people)."
    ),
    "roles.group-members-among-dead": (
        "A group named through its members counted after its genitive, in a list after a toll of fighters "
        '("7 شدت پسند ہلاک ہو گئے جن میں لشکر X کے دو کمانڈر بھی شامل ہیں"), is the side struck and a '
        "target, though its members are named as one more among the dead (roles.among-the-casualties)."
    ),
    "roles.included-worker": (
        "A party's worker or workers named as included in a count of casualties (\"ایک سیاسی جماعت کے کارکن "
        'سمیت 3 افراد جاں بحق", "X کے دو کارکنوں سمیت") are victims, not the protesters the word '
        "otherwise names, and so is the party they are named by."
    ),
    "roles.member-counted-one": (
        "A group or party whose one member, in the singular genitive, is the subject of a casualty "
        'word ("X کا ایک کارکن جاں بحق ہو گیا") was struck, as one whose members are counted is '
        "(roles.members-counted)."
    ),
    "roles.member-then-name": (
        "A member of a force or a party worker followed by the person's name and then the case marker "
        '("پولیس کانسٹیبل X Y کو شہید کر دیا", "کارکن X Y پر فائرنگ") is the target, as a civilian\'s '
        "label so named is (roles.label-then-name), when an event or casualty word follows the marker."
    ),
    "roles.targeted-members-of-named-group": (
        "Fighters hit, killed or arrested whom the text names only by a generic word "
        '("دہشت گردوں", "جنگجو", "شدت پسند") are the members of the named armed group the same '
        "incident targets; the group is the target, not a second one beside it."
    ),
    "roles.fighters-of-named-group": (
        "An attack that a named armed group carried out or claimed has that group as its perpetrator; "
        'doers named only by a generic word for fighters or attackers ("شدت پسندوں نے", "حملہ آوروں") '
        'are its members, not a second actor. Unknown armed men ("نامعلوم مسلح افراد") stay an actor.'
    ),
    "roles.own-member-after-fronted": (
        "A claimant that says its own people did the deed may front the place and the object before "
        'them ("X نے دعویٰ کیا کہ Y میں فورسز کی گاڑی کو اس کے جنگجوؤں نے نشانہ بنایا"): up to eight '
        'words with no agent of their own may stand between "کہ" and "اس کے"; X claims the deed. '
        'So too where X says so ("X نے کہا کہ Y میں پولیس کی چوکی پر حملہ ان کے ساتھیوں نے کیا"): X is '
        "its doer."
    ),
    "names.banned-prefix": (
        '"کالعدم" (banned) right before a named armed group begins its name as written ("کالعدم لشکر '
        'جھنگوی نے", "کالعدم بلوچ لبریشن آرمی (بی ایل اے) نے"), as in "کالعدم تحریک طالبان پاکستان".'
    ),
    "names.group-after-descriptor": (
        "A name no lexicon lists, written right after words that describe an armed group and before "
        'its agent or spokesman ("ایک غیر معروف تنظیم X کے ترجمان نے", "مزاحمتی گروہ X نے"), is that '
        "group's name: an actor, named as written; the sentence gives its role."
    ),
    "names.party-of-workers": (
        'Workers are known by their party: "X کے کارکنوں" with a party no lexicon lists ("جساف کے '
        'کارکنوں نے مظاہرہ کیا") is one actor, the party with its workers, named as written; the '
        "sentence gives it its role."
    ),
    "names.owner-of-site": (
        'An owner is known by what he owns: "X کا مالک", "X کے مالکان" ("دکان کا مالک زخمی ہو گیا") '
        "is one civilian actor, the owner with the one word of his property, named as written; the "
        "sentence gives it its role."
    ),
    "names.force-of-province": (
        "A province written right after a security force and before its case marker names the "
        'force\'s provincial command ("فرنٹیئر کور بلوچستان نے", "رینجرز سندھ کے ترجمان"): the '
        "force's name runs over it, and the marker gives the force its role."
    ),
    "roles.fought-with": (
        'An actor named with "سے" before a noun of a fight ("X سے جھڑپ", "X سے مقابلے کے دوران", '
        '"X سے فائرنگ کے تبادلے میں") in a clause that tells who died or was hurt is the other '
        "side of the fight, the perpetrator; the clause's subject, counted before it, is who "
        'died ("متعدد شدت پسند فورسز سے جھڑپ میں مارے گئے").'
    ),
    "roles.fought-alongside": (
        '"X کے ساتھ" before a noun of a fight says what "X سے" says, with or without an article '
        '("X کے ساتھ ایک مقابلے میں چار شدت پسند مارے گئے"): X is the other side of the fight.'
    ),
    "roles.suspected": (
        'An actor on whom suspicion is laid ("واقعے میں X پر شبہ ظاہر کیا جا رہا ہے", "X پر حملے کا '
        'شک ہے") is the suspected perpetrator, not the target its "پر" would otherwise make it; '
        'who holds the suspicion ("پولیس نے X پر شبہ ظاہر کیا", "پولیس کو X پر شک ہے") only speaks.'
    ),
    "roles.officials-speak": (
        'A state force followed by a noun for its officials or sources ("پولیس حکام کا کہنا تھا", '
        '"سی ٹی ڈی ذرائع کے مطابق", "فوجی عہدیداروں نے بتایا") speaks through them, as "پولیس کا '
        'کہنا تھا" does: it is no side by that mention, and an operation it reports with no doer '
        "named is its own (as roles.operation-by-speaker reads)."
    ),
    "roles.issued-statement": (
        'An actor in the genitive before the participle of issuing and a statement ("سی ٹی ڈی کے '
        'جاری کردہ بیان کے مطابق") only speaks, as with "X کی جانب سے جاری بیان" '
        "(roles.statement-from)."
    ),
    "roles.counted-needs-casualty": (
        "A counted actor is a victim by its count only when a casualty word follows it in its "
        'clause ("3 راہگیر زخمی"); counted people who come, fire or flee ("2 حملہ آور موٹر سائیکل پر '
        'آئے اور فائرنگ کر دی") keep the role the rest of the sentence or the lexicon gives.'
    ),
    "roles.counted-subject-dies": (
        "A counted actor with no case marker whose clause ends in an intransitive casualty verb "
        '("چار شدت پسند آواران میں سرچ آپریشن کے دوران جھڑپ میں مارے گئے", "متعدد '
        "اہلکار حملے میں زخمی ہوئے\") is that verb's subject: it died or was hurt, however many "
        "adverbials stand between: militants or robbers so counted are the victims, not the usual doers."
    ),
    "roles.people-acting": (
        'People named only by a count and marked with the ergative before the event noun ("موٹر '
        'سائیکل پر سوار دو افراد نے فائرنگ کر کے ایک وکیل کو قتل کر دیا", "چند لوگوں نے مندر پر '
        'حملہ کیا") carried it out: when the incident names no other doer they are its perpetrator, '
        'named as written; people who only speak ("دو افراد نے بتایا") are not.'
    ),
    "roles.attackers-belong-described": (
        'The group the attackers are tied to may be described before its name ("حملہ آوروں کا تعلق کالعدم '
        'تنظیم X سے تھا", "ملزمان کا تعلق شدت پسند گروپ X سے ہے"): X is the suspected perpetrator, as in '
        "roles.attackers-belong."
    ),
    "roles.companion-of-principal": (
        'A companion named by a possessive pronoun ("ان کا بھتیجا", "ان کی بیٹی اور ڈرائیور") of a target '
        'named before it by office or post, or of a member of a force ("امن کمیٹی کے رکن X اور ان کا '
        'بھتیجا جاں بحق"), was struck with the one the attack was aimed at: no target of its own.'
    ),
    "roles.relative-of-victim": (
        'A target named only as someone\'s relative, a noun of kinship after a genitive ("اس کا بیٹا", '
        '"X کا بھتیجا", "اس کا آٹھ سالہ بیٹا"), gives way to a target told before it: the words tell how '
        'one of the dead or hurt was related to another; alone, or with no genitive ("بہن کو"), it stays.'
    ),
    "roles.own-dead-of-operation": (
        "In an operation or fight that the state's forces waged on an armed group, the forces named "
        'among the dead ("سکیورٹی فورسز کی کارروائی میں 4 دہشت گرد ہلاک جبکہ پاک فوج کا ایک جوان شہید") '
        "fell on the side that acted: they are no target."
    ),
    "roles.driver-beside-force": (
        "A driver counted bare among the dead or injured beside a state force's men (\"تین اہلکار "
        'شہید اور ڈرائیور زخمی", "آٹھ اہلکار اور ایک ڈرائیور ہلاک") drove their vehicle: the force '
        'is the target, he is none of his own; a driver of another vehicle ("رکشہ ڈرائیور") stays.'
    ),
    "roles.armed-doers-own-dead": (
        "In an attack or fight that an armed non-state group waged, with no state force among its "
        'doers, unnamed militants only counted among the dead ("کالعدم تنظیم کے حملے میں دو اہلکار شہید '
        'جبکہ جوابی فائرنگ سے تین دہشت گرد مارے گئے", "جھڑپ میں دس جنگجو ہلاک") fell on the side '
        "that acted or on either side: they are no target (roles.own-dead-of-operation)."
    ),
    "roles.members-over-post": (
        'Of two names of one force in the same role, one by a post, station or vehicle of it ("پولیس '
        'چوکی", "پولیس موبائل") and one by its people ("پولیس اہلکار", "کانسٹیبل"), the people\'s name '
        'stands: they were struck ("پولیس چوکی پر حملے میں تین پولیس اہلکار شہید").'
    ),
    "roles.survived": (
        'Whom an attack missed ("صوبائی وزیر X پشاور میں قاتلانہ حملے میں بال بال بچ گئے", "جج کی گاڑی پر '
        'فائرنگ میں جج محفوظ رہے") was whom it was aimed at: the subject of the escape is the target.'
    ),
    "roles.also-beside-fighters": (
        'Civilians said to have died or been hurt "also" ("آپریشن کے دوران تین شہری بھی ہلاک ہوئے", "X کے '
        'علاوہ تین راہگیر بھی مارے گئے") in an incident whose target is an armed group died beside '
        "those it was aimed at: they are no target of their own."
    ),
    "roles.rank-beside-force": (
        'An officer named by a rank or post of the police ("ایس ایچ او", "اے ایس آئی", "سب انسپکٹر") beside '
        'the police in the same role ("پولیس موبائل پر فائرنگ سے ایک اے ایس آئی زخمی") is one of its '
        "members: the force is listed once, as personnel beside a force are (roles.generic-force-named)."
    ),
    "roles.people-described-acting": (
        "People named only by what they carry, ride in or wear and marked with the ergative before "
        'the event noun ("کلاشنکوف بردار افراد نے", "گاڑی میں سوار افراد نے", "اسلحے سے لیس افراد نے") '
        "carried it out, as counted people do (roles.people-acting): named as written."
    ),
    "roles.crowd-counted": (
        "People counted only in hundreds or thousands and marked with the ergative before the event "
        'noun ("سینکڑوں افراد نے پریس کلب کے سامنے احتجاج کیا", "ہزاروں لوگوں نے دھرنا دیا") are a crowd '
        "that did it, as a number of people is (roles.people-acting): the perpetrator, named as written."
    ),
    "roles.accused-is-relative": (
        'The singular accused of a crime report ("ملزم فرار ہو گیا") beside a doer named by kinship '
        '("بھائی نے بہن کو قتل کر دیا") is that relative, and the relative beside the accused named by '
        'title and name ("ملزم اکرم") is that person: one actor, listed by the relative\'s word or by name.'
    ),
    "roles.title-after-name": (
        'A bare title ("ملزم") after the incident has named a person of that kind by name in the '
        'same role ("یاسر نامی ملزم نے ... ملزم کی گرفتاری کے لیے چھاپے") refers back to that '
        "person: it is the same actor, listed once (the reverse of roles.title-named-later)."
    ),
    "roles.clash-with": ('In "X کی Y کے ساتھ جھڑپ" X fought Y: X is the perpetrator and Y the target.'),
    "non-events.seizure-keeps-arrest": ("Weapons seized are no event, but the arrest reported with them is."),
    "places.station-of-place": (
        'A place before its genitive and a police station or post ("مستونگ کے تھانے پر حملہ", "X کی '
        'پولیس چوکی") names where that building stands: the police after it do not make it a title.'
    ),
    "places.list-comma": 'The commas of a coordinated list ("A، B اور C") do not end a clause.',
    "places.list-serial-comma": (
        'A comma right before the "اور" of a list of three or more items ("A، B، اور C", the serial '
        "comma) does not end a clause either: the list is read whole."
    ),
    "places.enclosing-owned-elsewhere": (
        "A province that another incident of the article, at another town, names as its own place is "
        "not added to an incident that lies in it but does not name it: news gives the hierarchy with "
        "the incident it tells (see places.enclosing-named-elsewhere). A district holds both."
    ),
    "places.enclosing-named-elsewhere": (
        "The district or province the article names elsewhere joins an incident that lies in it "
        "(but see places.enclosing-named-later-apart and places.province-over-round-up)."
    ),
    "places.bare-area-over-placed": (
        "A district or province named elsewhere does not join an incident that already names a "
        "town with its district, or the dateline's town: copy gives an incident's area with it, and "
        "one placed at a town of a district it names, or at the town the report is filed from, has "
        'it. A province introduced by its noun ("صوبہ X", "ریاست X") frames the whole report and '
        "still joins."
    ),
    "places.enclosing-named-later-apart": (
        "A district or province named only after an incident, in a paragraph that tells nothing "
        "of it, does not join it: copy gives an incident's area before it or beside it, and one "
        "named further on is background."
    ),
    "places.province-over-round-up": (
        "A province the article names over incidents at three or more different places of it is "
        "the scope of the round-up and joins none of them; a city's name made a province by its "
        'noun ("صوبہ X", places.province-noun-before-name) is the region the whole report is '
        "about and still joins each."
    ),
    "places.province-noun-before-name": (
        'A name right after a noun for a province or state ("صوبہ X", "ریاست X") names that '
        "province, though a city or a country has the same name: it holds the towns named in it."
    ),
    "places.province-noun-picks-province": (
        'A name right after a noun for a province ("صوبے قندوز", "صوبہ غزنی") that the gazetteer knows '
        "both as a province and as a city names the province: another province told after it is "
        "another place of the same level, and the city is not where the event was."
    ),
    "places.border-beside-town": (
        'A border or a highway ("لائن آف کنٹرول", "پاک افغان سرحد") is a line, no place of an '
        "incident that the article also puts in a town, village or sector: the town is where it was."
    ),
    "places.highway-beside-district": (
        'A highway between towns ("X ہائی وے", "قومی شاہراہ") is a line, no place of an incident '
        "that a district or town also holds (its own or the dateline's): the district or town is "
        'where it was ("Y میں انڈس ہائی وے پر"), unlike a city\'s road ("Z روڈ").'
    ),
    "places.town-inside-site-name": (
        'A town or country written inside the name of a site ("X بازار", "X اسپتال") names the '
        "site, which the incident lists: that mention is no place of its own, unless the town is the "
        "incident's only town, district or province."
    ),
    "places.police-station-name": (
        'A police station is named after the locality it serves ("تھانہ X پر حملہ", "تھانہ X کی '
        "موبائل\"): a rare name after the station's noun is a place of the event."
    ),
    "places.held-territory-as-country": (
        'A territory named by who holds it ("مقبوضہ X", "Y کے زیر انتظام X") is named for its '
        "status, as a country is: it is no place of an incident that has a town or district in it."
    ),
    "places.spokesman-at": (
        'A place where a spokesman speaks from ("X میں فوج کے ترجمان نے دعویٰ کیا کہ") is not where '
        "the event he tells of happened when the clause names another place for it."
    ),
    "places.police-jurisdiction": (
        'A police station\'s area ("تھانہ X کے علاقے Y") is a jurisdiction, not a place: Y is where it was.'
    ),
    "places.station-limits-locality": (
        'A police station is named after the locality it serves: in "تھانہ X کی حدود میں", where the '
        "station's limits name no place of their own, X is a place of the event; a station's area "
        '("تھانہ X کے علاقے Y") is still Y\'s.'
    ),
    "places.country-of-article": (
        "An incident with no place the gazetteer knows lies in the one country that all the "
        "article's known places lie in."
    ),
    "segments.described-area-joins": (
        'A place the gazetteer does not know, read as the owner of a described area ("X کے جنگلاتی '
        "علاقے میں\"), in a clause that tells no event of its own beside an incident's, joins that "
        "incident even where it has a town: the area noun gives no size to X."
    ),
    "places.owner-of-described-area": (
        'In "X کے جنگلاتی علاقے" the adjective describes an area of X: X is the place, also when the '
        'adjective is a word for people ("حلب کے شہری علاقوں", "باجوڑ کے قبائلی علاقے").'
    ),
    "places.lead-places": (
        "The places of the lead sentences before the first event word are where the main incident happened."
    ),
    "places.quantified-place-noun": (
        'A place noun after a quantifier ("متعدد علاقے", "مختلف دیہات") is generic: no name goes with it.'
    ),
    "places.inside-a-name": (
        'A place inside the name of a group ("تحریک لبیک پاکستان") says who, not where: a rarer '
        "name in its sentence is still read as a place."
    ),
    "places.inside-a-group-name": (
        'A place inside the longer name of a group that is no state force ("بلوچستان لبریشن آرمی", '
        '"سرایا القدس", "بلوچستان نیشنل پارٹی") says who, not where: it is no place of the incident.'
    ),
    "places.state-name-as-place": (
        'A country name that also names a party ("اسرائیل") is a place before "میں" or a part of '
        'a place ("اسرائیل کے شہر"), and where it is struck ("اسرائیل پر میزائل داغے").'
    ),
    "places.town-of-a-named-country": (
        "A town known only from GeoNames is read where it lies in a country the article names, "
        "not only in the article's main country."
    ),
    "places.country-part-as-country": (
        'A compass part of a country ("جنوبی شام", "مغربی افغانستان") is listed, as the country is, '
        "only when the incident names no town, district or province: 'جنوبی شام کے شہر درعا میں' is "
        "placed in the town."
    ),
    "places.station-named-for-town": (
        'A police station named after a town the gazetteer knows ("تھانہ کوٹ مومن کی حدود میں", '
        '"تھانہ میریان کے علاقے") serves that town, which is a place of the event, most specific '
        "after the village or site named in it."
    ),
    "places.suffix-name-before-cue": (
        'A name written apart whose last word is a toponym\'s ending ("پورہ", "خیل", "کوٹ") '
        "right before a place noun is read whole: 'ڈوڈی پورہ گاؤں کو گھیرے میں لیا' names the "
        "village 'ڈوڈی پورہ'."
    ),
    "places.region-part-as-region": (
        'A compass part of a region ("جنوبی کشمیر", "جنوبی لبنان") says where in the region the '
        "town or district named next lies, as a compass part of a country does: 'جنوبی کشمیر کے "
        "ضلع کلگام میں' is placed in the district; alone, the part is the place. The Gaza Strip's "
        'parts ("شمالی غزہ", "جنوبی غزہ") are the units it is governed by, and stay.'
    ),
    "places.acting-country-not-article": (
        "A country that no clause reads as where something happened (only as one that acts or owns "
        'the force or weapon: "روس کے جنگی طیاروں نے") does not count among the article\'s places '
        "when its one country is sought."
    ),
    "places.country-as-place": (
        "An incident with no place of its own (and no dateline) is placed in the country the "
        "article's places all lie in, named as the article names it."
    ),
    "places.governed-mein": (
        'A word before "میں" that a predicate governs ("X میں ملوث", "X میں شامل") is what someone is '
        "involved in, not a place."
    ),
    "places.dateline-encloses-area": (
        'An area the gazetteer does not know, read beside a place noun ("پشاور: X کے علاقے میں"), '
        "lies in the dateline's city or district when the text names no owner for it or an owner "
        'that lies there ("کراچی: ملیر کے علاقے X"): a report names the district of a place in '
        "another district, so the dateline stays a place of the event, after the area."
    ),
    "places.dateline-encloses-near": (
        'A spot the gazetteer does not know, named as what the event was near ("پشاور: X کے قریب '
        "فائرنگ\"), lies around the dateline's town as an area named alone does "
        "(places.dateline-encloses-area): the dateline stays a place of the event, after it."
    ),
    "places.time-of-day-no-owner": (
        'A time of day after a day\'s genitive ("بدھ کی صبح X کے علاقے میں") tells when, not whose '
        "area X is: the area has no owner named, and lies in the dateline's city "
        "(places.dateline-encloses-area)."
    ),
    "places.dateline-encloses": (
        'A part of the dateline\'s city ("پشاور: حیات آباد میں") has the city around it: both are listed.'
    ),
    "places.dateline-abroad": (
        'A dateline in one country ("اسلام آباد:") does not place an incident the text puts in '
        'another country ("افغانستان میں").'
    ),
    "places.all-body-name": (
        'A country or province right after "آل" (all) and before another word ("آل پاکستان تاجر '
        'اتحاد", "آل انڈیا مجلس") opens the name of a body that spans it: no place of the event.'
    ),
    "places.initials-open-acronym": (
        'A country written as its initials ("یو کے", "یو ایس") with another letter\'s name right after '
        'it ("یو کے ایم ٹی او") opens the initials of a body: no place of the event.'
    ),
    "places.dateline-filed-abroad": (
        "A dateline town in a country where the article places none of its events, while it places "
        'them in another ("بیروت (ایجنسیاں) شام کے شہر X میں ..."), is where the agency filed '
        "from: it is no place of any incident, nor the town around the quarters the article names."
    ),
    "places.where-said": (
        'Where a statement was made ("کوئٹہ میں ... جاری کیے گئے بیان", "اسلام آباد میں پریس '
        'کانفرنس") is not where the event happened.'
    ),
    "places.village-address-comma": (
        'A comma between a village\'s name and its district or tehsil ("گاؤں X، ضلع Y میں", "موضع X، '
        'تحصیل Y") does not end a clause: the two name one place and its address.'
    ),
    "places.area-in-owner-country": (
        'A name right after a place and a place noun ("X کے علاقے Y", "X کے گاؤں Y") lies in X: a '
        "town of that name the gazetteer puts in another country is a namesake, and the name is a "
        "local place of X's country the gazetteer does not know."
    ),
    "places.route-start": (
        'A place followed by "سے" and a verb of starting ("X سے شروع ہو کر Y پر اختتام پذیر ہوئی") '
        "is where a march or rally set off: one of its places, not an origin."
    ),
    "places.rally-set-off-from": (
        'A place followed by "سے" and a rally or procession taken out ("X سے احتجاجی ریلی نکالی", "X سے '
        'جلوس نکالا") is where the protest was held: one of its places, not an origin.'
    ),
    "places.road-before-roadside-site": (
        'A road\'s name right before a site on the road and a case marker ("X روڈ پیٹرول پمپ پر", '
        '"X روڈ بس اسٹاپ پر") names the road where the site stands: the road is a place of the event.'
    ),
    "places.road-named-after-site": (
        'A road noun right after a site noun names a road after the site ("جیل روڈ پر", "یونیورسٹی روڈ '
        'پر", "ایئرپورٹ روڈ پر"): the two words are the road\'s name, a place of the event.'
    ),
    "places.site-name-part": (
        'A site\'s name may hold a common noun after its first, proper word ("گھنٹہ گھر چوک").'
    ),
    "places.coordinated-agent": (
        'A country coordinated with a country that acts ("امریکا اور برطانیہ نے") acts too: it is '
        "not where the event happened."
    ),
    "places.office-encloses-nothing": (
        'A province named only in an office ("مہاراشٹر کے سابق وزیر", "خیبرپختونخوا کے وزیر '
        "اعلیٰ\") does not enclose the article's incidents."
    ),
    "places.dateline-comma-round-up": (
        'A dateline that lists known cities with commas before its credit ("کوئٹہ، تربت (مانیٹرنگ '
        "ڈیسک)\") is a desk round-up's: it gives no place, and its names are not places of the text."
    ),
    "places.reported-from": (
        'A place before "سے" and a report or reporter ("ادھر کرک سے موصولہ اطلاعات کے مطابق", "چارسدہ '
        'سے ہمارے نامہ نگار کے مطابق") is where the events the report tells happened, like a dateline.'
    ),
    "places.taken-from": (
        'A place before "سے" + abduction or arrest, or before "کو نشانہ", is where it happened.'
    ),
    "sentences.breakdown-before-conjunction": (
        'A clause that ends on a town\'s number right before "جبکہ" ("X میں دو اور Y میں تین جبکہ Z میں '
        'چار دہشت گرد گرفتار کیے گئے") has its noun and verb left out: the conjunction does not cut it '
        "from the clause whose noun and verb it shares."
    ),
    "places.town-of-bypass": (
        'The one town a bypass or ring road is named after ("ساہیوال بائی پاس کے قریب سے", "لاہور رنگ '
        'روڈ پر") is where the road lies: a place of the event, unlike the towns a road joins '
        "(narrows places.town-in-road-name and places.towns-naming-road)."
    ),
    "places.taken-from-object": (
        'In an article whose first strong event word is an arrest, a town before "سے" is where '
        'people were arrested also when a count and its object with "کو" stand between it and the '
        'arrest word ("X سے دو دہشت گردوں کو بدھ کو گرفتار کیا"), with no agent, participle, verb or '
        "clause of its own (widens places.taken-from)."
    ),
    "places.hospital-official-speaks": (
        'A hospital followed by a genitive and one of its staff who speaks ("سول ہسپتال کے '
        'میڈیکل سپرنٹنڈنٹ نے بتایا", "میڈیکل کمپلیکس کے ترجمان کے مطابق") is where the dead and '
        "hurt were brought and counted, not where the event was, even in a clause that counts them."
    ),
    "places.refuge-is-not-where": (
        'A place that people reached after fleeing ("قصبے سے فرار ہو کر X پہنچنے والے مہاجرین", "بھاگ کر X '
        'پہنچ گئے") is where they took refuge, not where the event happened.'
    ),
    "places.destination-is-not-where": (
        "Where the wounded were taken, or the hospitals put on alert for them, is not where the "
        "event happened."
    ),
    "places.weapon-origin": (
        'A place in the genitive before a weapon ("برطانیہ کے میزائل") says whose the weapon is, '
        "not where it struck."
    ),
    "places.force-named-by-place": (
        'A place naming a force or body ("لاہور پولیس", "سندھ حکومت", "کشمیر میڈیا سروس") is not '
        "where the event happened."
    ),
    "places.home-before-age": (
        'A place in the genitive right before a person\'s age ("ضلع سوات کے 31 سالہ سپاہی", "لاہور '
        'کی 25 سالہ خاتون") says where that person is from, not where the event happened.'
    ),
    "places.bound-for": (
        'Where a vehicle or the attackers were headed ("کوئٹہ جانے والی بس", "افغانستان فرار") is '
        "not where the event happened."
    ),
    "places.bound-for-site-of": (
        "Where people or a vehicle were headed, named as a place's market, town or house (\"X کی "
        'منڈی جا رہے تھے", "X کے بازار جانے والی بس"), is not where the event happened, as the place '
        "alone is not."
    ),
    "non-events.accident-cause-apart": (
        "A clause with no event word of its own that names a cause no one intends (a short "
        'circuit, a gas leak, a cylinder or boiler, a collision: "آگ شارٹ سرکٹ سے لگی", "ٹینکر ایک '
        'ٹرک سے ٹکرا گیا تھا") tells the blast or fire of its sentence or the one before as an '
        "accident, in an article with no weapon and no claim of responsibility, unless that "
        "clause names a doer."
    ),
    "non-events.accident-denied": (
        "An accident word that a negation follows, with at most a genitive or a postposition of "
        'cause between ("یہ دھماکہ گیس سلنڈر کا نہیں بلکہ بم کا تھا", "آگ شارٹ سرکٹ سے نہیں لگی"), '
        "is denied as the cause and tells no accident."
    ),
    "non-events.without-event": (
        'An event word that a word for "without" qualifies, right after it with "کے" or right '
        'before it with at most "کسی" ("لڑائی کے بغیر علاقہ خالی کر دیا", "بغیر کسی لڑائی کے"), names '
        "what did not happen."
    ),
    "non-events.meeting-topic": (
        "An event word that names what a meeting reviewed, was briefed on or discussed, later in its "
        'clause ("اجلاس کو آپریشن X کی پیش رفت پر بریفنگ دی گئی", "... پر عملدرآمد کا جائزہ لیا گیا"), '
        "is the meeting's topic, not an event told, unless the clause gives a casualty figure."
    ),
    "non-events.many-before": (
        'A clause that puts its event words before another time ("اس سے پہلے", "ماضی میں"), counts '
        'them or what they befell vaguely as many ("کئی", "متعدد") and ends in the completive, in a '
        'sentence that names no day ("اس سے پہلے بھی کئی تعلیمی اداروں کو نشانہ بنایا جا چکا ہے"), sums up '
        "earlier events and tells none of them."
    ),
    "non-events.nth-in-series": (
        'A clause that says "this is the Nth" of its events or victims ("قتل ہونے والے یہ تیسرے صحافی '
        'ہیں", "یہ اس ماہ پولیس پر تیسرا حملہ ہے") counts the event told in a series and tells none of '
        "its own."
    ),
    "non-events.said-practice": (
        'An event word that a speaker says is going on, in the present progressive after "کہ" ("صدر '
        'نے کہا کہ روس شہریوں کو نشانہ بنا رہا ہے", "کارکنوں کو قتل کیا جا رہا ہے"), accuses a '
        "practice and tells no event, unless its clause gives a casualty figure or names a weapon."
    ),
    "non-events.tally-breakdown-toll": (
        "An event word told after events counted as a tally and a relative phrase that opens their "
        'breakdown ("رواں برس 1500 سے زائد کارروائیاں کی گئیں جن میں 70 ملزم مارے گئے") gives the '
        "tally's toll, of many events, and tells no event of its own."
    ),
    "non-events.weapon-hazard": (
        'A mine or bomb word owned by a noun of clearing, awareness or contamination ("بارودی سرنگوں '
        'کی صفائی", "بارودی سرنگوں سے آگاہی", "کھیت بارودی سرنگوں سے آلودہ ہیں"), with no other event '
        "word between them, in a clause with no casualty figure, names a hazard, not a blast."
    ),
    "non-events.narrated-practice": (
        'An event word in the present progressive in plain narration, with no "کہ" before it, whose '
        'subject is a bare noun that names no actor ("سستے ڈرونز مہنگے ٹینکوں کو نشانہ بنا رہے ہیں"), '
        "in a clause with no casualty figure and no place, describes a practice, as an analysis of a "
        "war does, and tells no event (non-events.said-practice reads it after کہ)."
    ),
    "non-events.weapon-kind-of-war": (
        'Weapon words in the genitive of a war noun ("خندقوں، بارودی سرنگوں اور توپ خانے کی اس جنگ '
        'میں"), with no other event word between them, in a clause with no casualty figure, name the '
        "kind of the war, not a strike or a blast."
    ),
    "non-events.possible-event": (
        'An event word whose verb, at most two words on, takes the modal "سکنا" ("خودکش حملہ کر سکتے '
        'ہیں", "نشانہ بنایا جا سکتا ہے", "حملہ ہو سکتا ہے") tells what may happen, not what happened.'
    ),
    "non-events.displacement-cause": (
        'An event word that a postposition of cause ("کے باعث", "کی وجہ سے") makes the cause of people '
        'displaced later in its clause ("فوجی آپریشن کے باعث تین اضلاع سے بے گھر ہونے والوں کی تعداد") '
        "names the war or campaign that drove them out, not an incident."
    ),
    "non-events.display-of": (
        '"X کا مظاہرہ کرنا" is to display X: "مظاہرہ" after a genitive and before a form of "کرنا" '
        'shows a quality or a skill ("تحمل کا مظاہرہ کرنے کی اپیل"), no protest, and an event word so '
        'displayed ("کارروائی کا مظاہرہ کیا", at an exercise) is shown, not done.'
    ),
    "non-events.capability": (
        'An event word whose infinitive is followed by a word for capability ("ٹینکوں کو تباہ کرنے کی '
        'صلاحیت رکھتا ہے", "ہدف کو نشانہ بنانے کی اہلیت") tells what a weapon or a force can do, '
        'not what it did, as the modal "سکنا" does (non-events.possible-event).'
    ),
    "non-events.displacement-since": (
        'An event word followed by "since it began" ("جنگ چھڑنے کے بعد سے", "جنگ کے آغاز '
        'سے") in a clause that counts people displaced ("... لاکھ شہری نقل مکانی کر گئے") names the '
        "war that drove them out, as a postposition of cause does (non-events.displacement-cause)."
    ),
    "non-events.hoped-to-stop": (
        'An event word followed by a verb of stopping in the subjunctive ("ایسا معاہدہ جس سے لڑائی رک '
        'سکے", "کوشش ہے کہ جنگ ختم ہو جائے") names the fighting whose end is hoped for or aimed at: '
        "no event is told, as with a call to stop it (non-events.stop-called)."
    ),
    "non-events.drill-framing": (
        'An article with a sentence that says what was seen was a drill ("یہ ایک ماک ڈرل تھی", '
        '"یہ محض مشق تھی") reports staged acts: its gunmen, hostages and blasts are no incident, '
        "as an article that calls them a rumour reports none (non-events.rumour-framing)."
    ),
    "non-events.over-years": (
        'Event words told over a stretch of years with its length ("فرقہ وارانہ تشدد پچھلی ایک '
        'دہائی میں کم ہوا ہے", "پچھلے دس برسوں میں حملے کم ہوئے") sum up many events over years: no '
        "incident, unless the clause gives a figure or a time of its own or sets one event against the "
        'years with a superlative ("دو برسوں میں سب سے بڑا حملہ").'
    ),
    "non-events.accident-corrected": (
        "An accident word is corrected, and tells no accident, when a later clause of its sentence "
        'names a weapon with no negation ("ابتدائی طور پر دھماکہ سلنڈر پھٹنے کا بتایا گیا تاہم بعد میں '
        'پولیس نے تصدیق کی کہ دھماکہ خیز مواد سائیکل میں نصب تھا").'
    ),
    "non-events.accident-framing": "An article that calls its blasts and deaths accidents reports no attack.",
    "non-events.ordinary-arrests": (
        "Arrests count only of suspected militants, spies, protesters or activists, or beside "
        "the political violence the article reports."
    ),
    "non-events.words-as-weapons": (
        'An event word that words of speech own in the genitive ("الزامات کی توپوں سے گولہ باری") '
        'or an adjective of words qualifies ("لفظی گولہ باری", "زبانی حملے") is a figure of speech.'
    ),
    "non-events.one-of-several": (
        'An event word followed by "سمیت" and a count of events ("X حملے سمیت کئی حملوں") in a clause '
        "naming no place is an item of a tally, not an event told."
    ),
    "non-events.honoured-deed": (
        'The event words of a "-والا" participle naming the one an award is conferred on ("... جان دینے '
        'والے اہلکار کو تمغہ دیا گیا") tell the deed honoured, not an event.'
    ),
    "non-events.recalled-unplaced": (
        "An event told in the past perfect before the article tells any, with no place of its own and "
        "no day in its sentence, is recalled with neither: no incident."
    ),
    "non-events.recalled-vague-time": (
        'A time ago that no date resolves ("چند روز قبل", "کچھ عرصہ پہلے") in the sentence of an event '
        "told only in the past perfect after the lead, with no place of its own, is no day: the event "
        "is recalled with neither place nor date, as with no time at all (non-events.recalled-unplaced)."
    ),
    "non-events.figurative": (
        "An attack or blast of a disease, of pests, in sport or at the box office is no violence."
    ),
    "non-events.body-killed-relative": (
        'A killing or shooting word in a relative clause on a body found ("دو لاشیں برآمد ہوئیں جنہیں '
        'گولیاں مار کر قتل کیا گیا تھا") tells how the body came to be: "برآمد" does not make it a '
        "seizure, and the killing is an event."
    ),
    "non-events.body-is-not-seized": (
        'A body found ("تشدد زدہ لاش برآمد ہوئی") is no seizure: "برآمد" does not cancel the killing '
        "its event word reports."
    ),
    "non-events.plan-over-phrase": (
        'A decision, approval or announcement of an operation ("فوجی آپریشن کی منظوری دے دی", '
        '"آپریشن شروع کرنے کا فیصلہ") is a plan, not an event, even where the plan word begins '
        "inside the event phrase it names."
    ),
    "non-events.planned-operation-stays": (
        'An operation the article first calls a plan ("مجوزہ آپریشن", "آپریشن کی منظوری دے دی") stays '
        'a plan in its later sentences: "the operation" told again ("آپریشن کا مقصد دہشت گردوں کا '
        'خاتمہ ہے") is that plan, no event, unless its clause gives a figure, a place of its own or a '
        "beginning, or recalls an earlier operation."
    ),
    "segments.claim-of-recalled": (
        'A clause that claims or disowns an event ("کسی تنظیم نے دھماکے کی ذمہ داری قبول نہیں کی") '
        "with no figure, place or day of its own, after a recalled incident in an article that tells "
        "no main event, names that incident's event: it joins it instead of opening a main one."
    ),
    "segments.victims-of-recalled": (
        'A clause whose event words are each followed by "in" and a relative participle of a '
        'casualty verb ("دھماکے میں جاں بحق ہونے والے ایک دکاندار کے بھائی نے ...") names the '
        "victims of an event: with no place or day of its own, after a recalled incident in an "
        "article that tells no main event, it joins that incident instead of opening a main one."
    ),
    "non-events.search-after-event": (
        "A search operation told after a recalled event, in an article that tells no main event "
        '("واضح رہے کہ ... دھماکہ ہوا تھا۔ واقعے کے بعد علاقے میں سرچ آپریشن جاری ہے"), in a clause '
        "that gives no figure and no arrest, is the forces looking for the event's attackers: no "
        "event of its own, and no main one."
    ),
    "non-events.plan-adds-nothing": (
        'A clause that only plans, decides or announces an event ("جس کے بعد حکومت نے فوجی '
        'آپریشن شروع کرنے کا فیصلہ کیا") adds no actor to the event told before it.'
    ),
    "non-events.threat-keeps-arrest": (
        'A plan or threat named as the charge ("دہشت گردی کی منصوبہ بندی کے الزام میں گرفتار") does '
        "not cancel the arrest: the arrest was made."
    ),
    "counts.kin-pair-object": (
        'A pair of relatives named together as the object of a killing or wounding verb ("میاں بیوی '
        'کو قتل کر دیا", "ماں بیٹے کو گولیاں مار کر قتل کر دیا") is two people, as in the subject.'
    ),
    "counts.adjective-toll": (
        "A casualty word used as an adjective before a plural noun of people, then the toll stated or "
        'given ("شہید اہلکاروں کی تعداد چھ بتائی", "ہلاک شدت پسندوں کی تعداد 12 ہے"), states the toll '
        'as "ہلاک ہونے والوں کی تعداد" does; not a figure the count "became" ("... کی تعداد 5 ہوگئی"), '
        "which may be a running total of the group's dead."
    ),
    "counts.kin-pair-before-adverbial": (
        "A pair of relatives as the subject, with the event's adverbial of one or two words between "
        'it and the casualty word ("باپ بیٹا فائرنگ سے جاں بحق ہو گئے", "میاں بیوی دھماکے میں '
        'زخمی"), is two people.'
    ),
    "counts.kin-of-one": (
        'A list item followed by a relative of "his" or "her" ("پولیس اہلکار اور اس کا بھائی جاں بحق", '
        '"ایف سی اہلکار اور اس کی بیوی") names one person, though its noun may be plural: the '
        'singular "اس" refers back to one.'
    ),
    "counts.also-by-figure": (
        'An additive word ("بھی", "مزید") adds a figure\'s people to those told before only when it '
        "stands by the figure: right before its count, among its counted words or right after its "
        'casualty word ("2 اہلکار بھی شہید", "مزید 3 افراد زخمی"), not elsewhere in the clause.'
    ),
    "counts.member-and-one": (
        'A force\'s member with no number joined by "اور" to one person ("لیویز اہلکار اور چوکیدار '
        'جاں بحق", "ایف سی اہلکار اور ایک راہگیر زخمی") is one more: two labels joined with no count '
        "are two people, though the member's noun may be plural."
    ),
    "counts.one-gapped-adverbial": (
        'Fillers right before a casualty word whose verb is left out before "جبکہ" or a comma ("موقع '
        'پر ہی") say nothing of who died: an aged name ("45 سالہ اکرم موقع پر جاں بحق، ...") or a person '
        "noun and name before them is one person, and names listed before them are as many as the items."
    ),
    "counts.statement-names-source": (
        'What a body\'s statement is said to say ("فوج کے ایک بیان میں کہا گیا ہے کہ 14 جنگجو مارے گئے") '
        'is given by that body, as "X کے مطابق" is: a different figure of it is another account.'
    ),
    "counts.named-kin-in-list": (
        'A relative of the one before named with his name ("دکاندار اکرم اور اس کا بیٹا ساجد علی '
        'جاں بحق ہو گئے") is one item of a list of people named one by one: two.'
    ),
    "counts.aged-item-longer": (
        'A list item whose age stands after a noun ("دکاندار 55 سالہ حاجی اکرم اور ...") names one '
        "person by the noun and a name of up to two words: three words in all, one item."
    ),
    "counts.negation-before-verb": (
        '"نہیں" may stand before the casualty word as well as after it: "کوئی" and "نہیں" before it '
        '("ان کا کوئی جنگجو نہیں مارا گیا") rule it out as "کوئی شخص ہلاک نہیں ہوا" does.'
    ),
    "counts.rather-keeps-speaker": (
        '"بلکہ" (but rather) goes on with what the speaker of the clause before it says ("طالبان نے '
        'کہا کہ ان کا کوئی جنگجو نہیں مارا گیا بلکہ نو شہری ہلاک ہوئے"): its figures are that '
        "speaker's account, set against another as the speech is."
    ),
    "counts.toll-so-far": (
        'A toll "so far" ("اب تک") of one event struck on one day ("دھماکے میں اب تک 22 افراد جاں بحق '
        'ہو چکے ہیں", "ہلاکتوں کی تعداد اب تک 14 ہو گئی") is that event\'s toll, not a tally of many '
        'events: not after "سے" (since), with no calendar period, stretch of time, counted or plural '
        "event, fight going on, or other place."
    ),
    "counts.ongoing-fight-toll": (
        'The toll "so far" of a fight going on since a day or for a few days ("جمعرات سے جاری '
        'جھڑپوں میں اب تک سات افراد ہلاک") is the toll of that one fight, not a tally of many events.'
    ),
    "non-events.after-funeral": (
        '"نماز جنازہ کے بعد" before a strong event word ("نماز جنازہ کے بعد ہزاروں افراد نے حکومت مخالف '
        'مظاہرہ کیا") tells when the event happened, after the funeral: the funeral is no reaction there.'
    ),
    "non-events.rite-is-occasion": (
        'A reaction word right before "کے دوران" or "کے موقع پر" ("نماز جنازہ کے دوران خودکش '
        'حملہ") names the occasion at which the event told after it happened, not a reaction.'
    ),
    "segments.crowd-clash-beside-fight": (
        "A later sentence with no place of its own telling only a clash that protesters are a side of "
        '("بعد ازاں مظاہرین اور حفاظتی دستوں کے درمیان جھڑپیں ہوئیں"), after an armed fight or attack '
        "with no crowd in it, is a riot of its own, whatever the forces are called."
    ),
    "segments.arrested-relative-no-tally": (
        'A tally word in a relative clause after an arrest ("... ایک ملزم کو گرفتار کیا گیا جو متعدد '
        'مقدمات میں مطلوب تھا") tells who was arrested, wanted for many past events: the arrest is '
        "still an event, not a sum of events, and the event words that name the cases there report none."
    ),
    "segments.other-site-other-strike": (
        "A clause placed only at sites the incident told does not hold, whose strong event word is of "
        "another sub-event type than all of the incident's and whose toll differs from its own, tells "
        'another attack at another site of the town ("بازار میں بم پھٹنے سے 6 جاں بحق، جبکہ چوکی پر '
        'خودکش حملے میں 2 اہلکار شہید"): another incident.'
    ),
    "segments.share-of-victims-no-tally": (
        'The tally word "تعداد" after a relative phrase of breakdown and a word of size ("جن میں بڑی '
        "تعداد خواتین اور بچوں کی تھی\") tells who most of one event's dead were, not a sum of events."
    ),
    "segments.in-large-numbers-no-tally": (
        'The tally word "تعداد" after a word of size and before "میں" ("فضائی حملے میں بڑی تعداد میں '
        'شہری مارے گئے") tells how many fell or took part in one event, in large numbers, not a sum of '
        "events."
    ),
    "segments.scene-when-no-tally": (
        'A tally word in the scene of an "at the time when" clause ("دھماکہ اس وقت ہوا جب لوگوں کی بڑی '
        'تعداد وہاں موجود تھی") tells how many were there when the event happened, not a sum of events.'
    ),
    "non-events.denied-content": (
        'What a speaker denies ("اس امر کی تردید کی کہ حملے میں تنظیم کا کوئی کمانڈر مارا گیا") names the '
        "event told before and did not happen: its event words open no incident."
    ),
    "non-events.running-total": "A count over a stretch of time is a running total, not an event.",
    "non-events.year-total": (
        'A casualty figure in a clause dated only by whole years ("سنہ 2019 میں", "2022 میں", "گزشتہ '
        'برس") that tells no one event (no counted event noun in the singular or after "ایک"), with '
        'only plural event nouns ("ڈرون حملوں میں") or a hundred people or more, is the year\'s '
        "total over many events: no incident and no figure."
    ),
    "non-events.glued-completive": (
        'The completive written onto its light verb ("خلاف ورزی کرچکا ہے", "ہلاک ہوچکے ہیں") is the '
        'completive as when written apart ("جا چکے ہیں"): with a calendar period it sums up a stretch '
        "of time."
    ),
    "non-events.war-since-total": (
        "A casualty figure told of a war or violence going on since a month or a year, or for months "
        'or years, in the completive ("مئی 2023 سے جاری نسلی تشدد میں 250 سے زائد افراد ہلاک ہو چکے '
        'ہیں", "دو سال سے جاری لڑائی میں ہزاروں افراد مارے جا چکے ہیں") is the war\'s running total, '
        "not the toll of an event: no incident and no figure."
    ),
    "non-events.period-total": (
        "A casualty figure in a clause that names a calendar period and ends in the completive "
        '("رواں سال صوبے میں حملوں میں 300 سے زائد شہری مارے جا چکے ہیں") is a running total of the '
        "period, not the toll of the event told."
    ),
    "non-events.arrests-over-time": (
        'Arrests counted in hundreds or thousands ("سینکڑوں دہشت گرد", "1200 ملزمان") in a sentence '
        'that names a stretch of a year or more, or up to now ("گزشتہ برس", "اب تک"), are a '
        "running total of many arrests, not an event."
    ),
    "triggers.operation-ending-in-arrest": (
        "An operation or raid that only arrests people, with no fighting and nobody killed or "
        'injured ("کارروائی کرتے ہوئے تین مشتبہ افراد کو گرفتار کر لیا"), is an arrest.'
    ),
    "triggers.armed-attack-at-dateline": (
        'An attack that the sentence says an armed group made ("دہشت گردوں نے تھانے پر حملہ کیا") '
        "is an event at the dateline's place, even with no place, figure or stronger event word."
    ),
    "weapons.listed-not-used": (
        'A weapon word that begins a list ("لڑاکا طیاروں، توپوں اور جنگی جہازوں کی خریداری", "ڈرونز اور '
        'میزائلوں کی فراہمی") whose last item is followed by what is done with weapons not used in an '
        "event (bought, sold, supplied, made) is handled too: the postposition after a list is all "
        "of it, so no weapon listed is used and none is an event word."
    ),
    "weapons.bodies-found": (
        'Bodies found ("گولیوں سے چھلنی نعشیں برآمد کی گئیں") are no arms recovered: '
        "the weapon that marks the bodies is the killing's weapon."
    ),
    "weapons.compound-head": (
        "A weapon word right after a word that makes it the last part of the name of something "
        'else ("تھنک ٹینک", "آئل ٹینک", "واٹر ٹینک", "اینٹی ڈرون سسٹم") is no weapon.'
    ),
    "weapons.container-of-substance": (
        'A weapon word owned by a substance in the genitive ("ایندھن کے دو ٹینکوں میں آگ لگ گئی", '
        '"پانی کے ٹینک") names a container of it, a fuel or water tank, and no weapon.'
    ),
    "weapons.listed-after-substance": (
        "A weapon word that follows a list's conjunction after a substance in the genitive and "
        'its noun ("آنسو گیس کے گولے اور ربڑ کی گولیاں") is the next item of the list, a weapon, '
        "not a container of that substance."
    ),
    "weapons.not-used": (
        'A weapon named as what was seized, supplied, made, bought or sold ("نو کلاشنکوف قبضے میں '
        'لے لیے", "ڈرون بنانے"), as what was only planned ("بم نصب کرنے کی منصوبہ بندی", "راکٹ '
        'حملوں کی منصوبہ بندی"), or as what carried people ("ہیلی کاپٹر کے ذریعے ہسپتال منتقل"), '
        "is no weapon of the event."
    ),
    "weapons.none-held": (
        'A weapon named after "any" in a clause that a negation denies ("اس کے پاس کوئی اسلحہ نہیں '
        'تھا", "نہ ہی کوئی ہتھیار برآمد ہوا") was not there: it is no weapon of the event.'
    ),
    "weapons.none-of-any-kind": (
        'A weapon named after "any kind of" in a clause that a negation denies ("دھماکے میں کسی قسم '
        'کا دھماکہ خیز مواد استعمال نہیں ہوا", "کسی طرح کا اسلحہ برآمد نہیں ہوا") was not there, as '
        'after a bare "any" (weapons.none-held): it is no weapon of the event and shows no intent '
        "that would keep an accident an attack."
    ),
    "weapons.kind-of-events-summed": (
        'A weapon named in the kind of several events that a lead sums up ("فائرنگ اور دستی بم حملے کے '
        'مختلف واقعات میں", "راکٹ حملوں کے واقعات میں") names what kinds of events they were, not a weapon '
        "of the incident the lead joins: each incident takes its weapons from its own clauses."
    ),
    "weapons.compound-name": (
        "A weapon word that begins the name of something else, a team, a shield, a defence, a law "
        'or a unit ("بم ڈسپوزل اسکواڈ", "بم پروف گاڑی", "میزائل شکن نظام", "دھماکا خیز مواد ایکٹ", '
        '"راکٹ یونٹ"), is no weapon of the event; nor is the staff of a baton charge ("لاٹھی چارج"), '
        "an act like firing."
    ),
    "weapons.struck-object": (
        'A weapon word, alone or first in a compound ("ڈرون اڈے"), marked with "کو" as the object '
        'of a verb of targeting ("فوجی ہیلی کاپٹر کو راکٹ سے نشانہ بنایا", "میزائل تنصیبات کو نشانہ '
        'بنایا") names what was struck, not an instrument of the event.'
    ),
    "weapons.recovered-at-scene": (
        "Weapons told found at the scene of a fight, between the scene and the word of recovery "
        '("موقع سے دو رائفلیں اور ایک پستول برآمد ہوئی", "جھڑپ کی جگہ سے"), are what it was '
        "fought with and are the weapons of an armed clash; weapons taken from people "
        '("ملزمان کے قبضے سے اسلحہ برآمد", "گرفتار کر کے اس سے پستول برآمد") are not, nor is a gun '
        "found where someone was shot, which may be anyone's."
    ),
    "weapons.site-of-weapons": (
        'A weapon word right before a site where such weapons are kept or launched ("ڈرون '
        'ہینگر", "میزائل تنصیبات", "ڈرون اڈے") names the site, struck or told, and is no '
        "weapon the incident used; it still tells whose site was struck."
    ),
    "weapons.destroyed-vehicle": (
        'A tank, aircraft or helicopter told destroyed or shot down ("4 ٹینک تباہ ہو گئے", "فوجی '
        'ہیلی کاپٹر مار گرایا", "کئی طیارے تباہ کر دیے") is what the attack struck, no weapon of the '
        "incident; a drone, missile or rocket shot down was fired by the other side and stays a "
        'weapon, and an aircraft that destroyed something ("طیاروں نے ... تباہ کر دیا") is one.'
    ),
    "weapons.condemned": (
        'A weapon named in a clause of condemnation ("دفتر خارجہ نے ڈرون حملوں کی مذمت کی") names '
        "the kind of attack condemned, not an instrument the clause tells used: the incident "
        "takes its weapons from the clauses that tell the attack."
    ),
    "weapons.carried-by": (
        'A vehicle with "سے" right before the place and the verb of moving ("زخمیوں کو ہیلی کاپٹر '
        'سے ہسپتال منتقل کیا گیا") carried people, like one with "کے ذریعے", and is no weapon.'
    ),
    "weapons.taken-away": (
        'Weapons that the attackers took away, after a short list ("حملہ آور چوکی سے اسلحہ اور '
        'گولہ بارود بھی ساتھ لے گئے", "اہلکاروں کا اسلحہ چھین کر فرار ہو گئے", "اسلحہ اٹھا لیا"), '
        "are plunder, not weapons used in the event."
    ),
    "weapons.found-and-defused": (
        'A device told found and then defused ("سڑک کنارے نصب دیسی ساختہ بم برآمد کر کے ناکارہ بنا '
        'دیا") is the weapon of the disrupted use, not arms seized: the word of recovery keeps it.'
    ),
    "weapons.spy-plane-is-drone": (
        'An aircraft called a spy plane ("امریکی جاسوس طیاروں نے گاڑی کو نشانہ بنایا", "جاسوس طیارے سے '
        'دو میزائل داغے") is the drone the report names: in an incident that lists a drone it is '
        "not listed again."
    ),
    "weapons.recovery-sought": (
        'A weapon owned by the noun of recovery ("اسلحہ کی برآمدگی کے لیے لے جا رہی تھی") names '
        "arms to be found or found, not arms used in the event."
    ),
    "weapons.store-owned": (
        "A store or factory after a weapon makes the weapon one not used only when the weapon owns "
        'it, in the genitive or as the first word of a compound ("اسلحے کا ایک گودام", "اسلحہ '
        'ڈپو"); a weapon that fell on a store of something else ("میزائل بندرگاہ کے گودام پر گرا", '
        '"راکٹ ایک فیکٹری پر گرے") was used.'
    ),
    "types.armed-workers-clash": (
        "Party workers or supporters whom the clause calls armed right before their noun "
        '("دو سیاسی جماعتوں کے مسلح کارکنوں کے درمیان اچانک فائرنگ کا تبادلہ") and who clash fight as armed '
        "sides: an armed clash, not a violent demonstration."
    ),
    "types.launcher-in-summary": (
        "Missiles, rockets or shells fired in incidents that a lead clause sums up as air or drone "
        'strikes ("دو ڈرون حملوں میں ... پہلا حملہ ... جس پر دو میزائل داغے گئے") were fired by '
        "those aircraft or drones: each is an air or drone strike, unless its own clauses name "
        "an aircraft of their own."
    ),
    "weapons.at-gunpoint": (
        'A weapon held as a threat, before "کے زور پر" or "کی نوک پر" ("ملزمان نے اسلحے کے زور پر نقدی '
        'چھین لی", "بندوق کی نوک پر یرغمال بنایا"), names how a robbery or a kidnapping was forced, no '
        "weapon the incident lists; a shot fired after it keeps its own weapon."
    ),
    "weapons.own-over-shared-lead": (
        "An incident whose own clauses name a weapon takes no weapon from a lead that sums up "
        'several incidents ("روس نے رات بھر میں 50 میزائل اور 40 ڈرون داغے ... کیف میں ڈرون کا ملبہ '
        'گرنے سے دو افراد ہلاک"): the lead lists the weapons of them all; one with none of its own '
        "still takes the lead's, and so does each event a lead counts by its kind (\"دو میزائل حملوں "
        'میں ... پہلا حملہ ... دوسرا حملہ").'
    ),
    "weapons.placeless-lead-kept": (
        "A clause shared by several incidents gives its weapon to one whose own clauses name none "
        'when its sentence says where the events were or counts them ("X اور Y میں طیاروں نے نشانہ '
        'بنایا", "دو بم دھماکوں میں") or opens the report before any such sentence; a shared sentence '
        "with no place and no count told after one that names the place is a detail of one account "
        '("فوج نے دعویٰ کیا کہ نوجوان نے چاقو سے حملہ کیا", "جن میں سے زیادہ تر راکٹوں سے کیے گئے"), '
        "and its weapon stays with the event it tells."
    ),
    "weapons.no-arms-used": (
        "An arrest, ground taken or regained, and a peaceful protest are no use of arms: such an "
        "incident lists no weapon. A weapon its clauses name is what the arrested are suspected "
        'of using ("بم نصب کرنے کا شبہ"), what was not fired ("کوئی گولی نہیں چلی") or an arm of '
        "the fight for the ground, which is an incident of its own."
    ),
    "triggers.phrase-over-marker": (
        'A context word that begins inside a longer event phrase is part of it: in "مسلح تصادم میں" '
        '(an armed clash) "تصادم میں" is no collision.'
    ),
    "segments.same-figure-retold": (
        "A toll told again is the same figure, not a new incident's: a figure of the same outcome "
        "(killed or injured) and the same value or range as one the incident already has, of the "
        'same people, in a clause at no place but the incident\'s ("تین افراد جاں بحق ہو گئے" in '
        'the lead, "تین افراد جاں بحق ہوئے" again in a detail or a quote). Where the incident has no '
        "place yet, a clause at a place retells its figure only with words that refer back to "
        'people already counted and give no number of their own ("نوجوان کو قتل کر دیا", "تینوں '
        'افراد کو"). The same value is a new figure when added ("مزید", "بھی"), when it counts '
        'another group of people ("دو پولیس اہلکار" after "دو شہری": a force\'s members, civilians, '
        "attackers), or at a named place the incident's places neither are nor hold."
    ),
    "segments.abduction-apart": (
        "An abduction told after a killing, shots or an attack, or a killing of people counted "
        'after an abduction with no word for the captives ("چار لڑکیوں کو اغوا کر لیا گیا جبکہ تین '
        'کسانوں کو قتل کر دیا گیا"), is another incident: the captives are not the dead.'
    ),
    "roles.beaten-target": (
        'In mob violence, civilians named as the patient of a beating, before "کو" or "پر" and '
        'a beating word ("دو نوجوانوں کو ڈنڈوں سے تشدد کا نشانہ بنایا", "چوروں پر تشدد"), are the '
        "ones beaten, its target, not the crowd; so are civilians named as its dead or wounded "
        '("نوجوان جاں بحق") (narrows roles.crowd).'
    ),
    "segments.abduction-guard": (
        "After an abduction, a killing or wounding of the captives' own guard, named by its duty "
        'and owned by a pronoun or the captives ("ان کی حفاظت پر مامور اہلکار کو قتل کر دیا"), '
        "belongs to the abduction: one incident, not another (narrows segments.abduction-apart)."
    ),
    "types.blast-of-strike": (
        "A blast with no device named, in an incident that names an aircraft, drone, missile, "
        "rocket or shell, is the strike's blast: it takes that weapon's type, not a planted bomb's."
    ),
    "types.bare-blast-in-strikes": (
        'A bare blast ("دھماکا", "دھماکے") with no device named, in a report of air strikes or '
        "shelling, is one more of them; told only as a blast, it gets no doer from the other strikes."
    ),
    "types.riot-without-demonstration": (
        'A riot word that names no demonstration ("پتھراؤ", "ہنگامہ آرائی", "جلاؤ گھیراؤ"), told with no '
        "protest word, no protesters and no state force in its incident, is a mob's violence, not a "
        "violent demonstration."
    ),
    "types.forces-fire-on-crowd": (
        "Shots with the state's forces among their doers beside a rioting crowd, and no protesters "
        "named as doers, are the forces' fire on the crowd: force used against protesters, not the "
        "crowd's mob violence."
    ),
    "types.retaliation-by-its-means": (
        '"جوابی کارروائی میں" before a strike or a blast told after it in its clause ("حزب اللہ نے '
        'جوابی کارروائی میں اسرائیلی فوج کے اڈے کو راکٹوں سے نشانہ بنایا") frames that strike as the '
        "retaliation: the strike types the event, not an exchange of fire."
    ),
    "types.suicide-disputed": (
        'A suicide attack put in dispute where it is told, denied or rejected ("خودکش حملے کی '
        'تردید"), said not to have been one ("خودکش حملہ نہیں تھا"), told as one of two possibilities '
        '("خودکش حملہ تھا یا ...") or claimed by a party whose claim the sentence rejects ("اس دعوے کو '
        'مسترد کر دیا"), does not make the event a suicide bombing.'
    ),
    "types.suicide-blast-over-siege": (
        "A suicide bombing (a bomber, or a vehicle full of explosives driven at its target) stays a "
        "suicide bomb when the forces then fight the attackers down: the blast is the assault's "
        "main act, not the fight after it."
    ),
    "types.missiles-and-drones": (
        'A strike told with missiles, rockets or shells first and drones second, joined by "اور" '
        '("میزائلوں اور ڈرونز سے حملہ"), is a missile attack: the weapon named first leads.'
    ),
    "types.counted-nationals-are-people": (
        'A target named by a nationality or a state\'s name alone and counted ("2 اسرائیلی ہلاک") is '
        "people of that nation, civilians, not the state's forces: a force is named by its own word."
    ),
    "types.blast-then-gunmen": (
        "A blast with no device named (no bomb, mine or suicide word) told with attackers who fired "
        'or carried firearms ("دھماکا ہوا اور اس کے بعد فائرنگ ... حملہ آوروں کے پاس رائفلیں تھیں") is '
        "an assault by gunmen: an attack on civilians, a clash with the state's forces."
    ),
    "triggers.harm-during-abduction": (
        "Killing or shots told in a clause of their own that names no captive, in an abduction's "
        "incident with no more than one killed, befell others while the captives were taken: the "
        "incident stays an abduction (several killed make it an attack)."
    ),
    "triggers.abducted-then-killed": (
        'An abduction whose captive is then killed ("اغوا کرنے کے بعد قتل کر دیا") is an attack.'
    ),
    "triggers.figure-later-in-sentence": (
        "A weak event word whose sentence, or the next sentence's first clause, goes on to give a "
        'casualty figure in a clause of its own ("شدت پسندوں نے چوکی پر حملہ کیا، دو اہلکار زخمی ہو '
        'گئے") reports an event.'
    ),
    "triggers.time-before-taking": (
        'A time adverbial may stand between "پر" after the place taken and the verb of taking ("گاؤں '
        'X پر پیر کو دوبارہ قبضہ کر لیا"): the place before "پر" is still what was taken.'
    ),
    "triggers.territory-needs-a-place": "Territory changes hands only when a place is what was taken.",
    "triggers.seat-taken": (
        'Ground changes hands when the seat of a place is what was taken ("ضلع X کے صدر مقام پر قبضہ '
        'کر لیا", "X کے ہیڈکوارٹر پر قبضہ"): the place before the genitive is the place.'
    ),
    "triggers.control-taken-from": (
        'Ground changes hands when the control of a place is taken from someone ("قصبے X کا '
        'کنٹرول روسی افواج سے واپس لے لیا"): the place before the genitive is the place, the '
        "words between name whom it was taken from."
    ),
    "triggers.place-object-taken-from": (
        'Ground changes hands when a place is the object in "کو" of a verb of taking back or freeing '
        'from someone ("گاؤں X کو دشمن کے قبضے سے واپس لے لیا", "قصبے Y کو باغیوں سے آزاد کرا لیا"): '
        'the place before "کو" is the place, the words between name whom it was taken from.'
    ),
    "triggers.stronghold-taken": (
        'Ground changes hands when a military post, base or camp is what was taken ("قصبے X کے '
        'قریب ایک اہم فوجی چوکی پر قبضہ کر لیا", "Y میں واقع کیمپ پر قبضہ"): a position held by force, '
        "unlike a building, is ground; the place of the clause is where it lies."
    ),
    "triggers.areas-of-place-taken": (
        'Ground changes hands when areas or parts of a place are what was taken ("ضلع X کے بیشتر '
        'علاقوں پر قبضہ کر لیا", "شہر کے تمام اہم علاقوں کا کنٹرول حاصل کر لیا"): the place in the '
        "genitive before them, or the place a settlement noun there stands for, is the place taken."
    ),
    "triggers.taken-after-assault-on-place": (
        'A taking that follows an attack on or siege of a place as a conjunctive participle ("قصبے X کا '
        'محاصرہ کر کے آس پاس کے گاؤں پر قبضہ کر لیا", "ضلعی مرکز پر حملہ کر کے ... دفاتر پر قبضہ") takes '
        "ground at that place, whatever it names as taken there."
    ),
    "triggers.settlement-taken": (
        'A place followed by a noun of a settlement or area ("قندوز شہر پر قبضہ", "X کے علاقے پر") is '
        "the place taken, as the place alone is."
    ),
    "places.common-word-is-no-name": (
        'A common word before a place noun ("قبائلی علاقے", "مقبوضہ وادی") describes it; it is no name.'
    ),
    "places.dateline-credit": 'A credit after a dateline ("کوئٹہ (ویب ڈیسک):") is no part of the place.',
    "places.dateline-nested-slash": (
        'A dateline of two places parted by a slash, one in the other ("سوات/مینگورہ:", a district and '
        "its town), is no desk round-up: the town is the dateline and the district a place of the text."
    ),
    "places.nationality-before-place-noun": (
        'A country\'s adjective right before a place noun and a name ("امریکی شہر X", "برطانوی شہر X") '
        "puts the name in that country, also where the gazetteer knows it only from GeoNames."
    ),
    "segments.summary-region-holds-listed": (
        'A district or province named with the places of a list that lie in it ("ضلع خیبر میں باڑہ اور '
        'جمرود میں") is where they lie, not one more place of the summary with an incident of its own.'
    ),
    "places.name-and-surroundings": (
        'A name read after a place noun ends at "اور" before words for the area around it '
        '("گاؤں X اور ملحقہ علاقوں میں", "گاؤں X اور گرد و نواح پر"): X is the event\'s place.'
    ),
    "places.road-noun-before-name": (
        'A road noun written before its name ("شارع X", as the Arabic order has it) is part of the '
        'name: "شارع X پر فائرنگ" was on that road, named whole; "شارع عام" (a public road) names none.'
    ),
    "places.sites-of-a-list": (
        'The case marker after the last of two named sites ("X چوک اور Y روڈ پر", "X بازار اور Y '
        'مارکیٹ میں") governs the first too: both are places of the event.'
    ),
    "places.areas-of-a-list": (
        'A place noun after a list of two names ("X اور Y کے علاقوں میں") makes each of them a '
        "place, the first as much as the one right before the noun, unless it is a common word."
    ),
    "places.after-cue-rare-name": (
        'Before a plural place noun that follows its names ("X اور Y کے علاقوں میں") a common word '
        'names no place ("دشمن کے علاقوں پر"): the name must hold a rare word.'
    ),
    "places.cue-name-before-and": (
        'A name read after a place noun may end at the "اور" of a list of two, as at a case marker '
        '("وادی X اور باڑہ میں", "تحصیل X اور ضلع Y کے علاقے"): it is the first place of the list.'
    ),
    "segments.split-back-to-earlier": (
        "A clause split off from the act of violence just told (arrests elsewhere, a protest after it) "
        "that tells, at the town of an earlier incident of the article, an event of that incident's kinds "
        "on no other day retells that incident: round-ups name their events in the lead and again below."
    ),
    "places.round-up-dateline": (
        'A dateline naming several cities ("اسلام آباد / پشاور:") gives no place: it is a desk round-up.'
    ),
    "counts.credit-is-no-count": (
        'A number in a dateline\'s credit ("لورالائی (92 نیوز)") names a channel or agency and counts nobody.'
    ),
    "roles.unclaimed-so-far": (
        'A responsibility said "so far" ("حملے کی ذمہ داری اب تک کسی نے قبول نہیں کی", "تاحال") is the '
        "event's, not a running total: with no figure the clause tallies nothing."
    ),
    "segments.crowd-continues": (
        'A clause of a crowd\'s words only ("پولیس نے مظاہرین پر آنسو گیس پھینکی") continues the protest '
        "told before it (a protest split off after an act of violence), not the act of violence."
    ),
    "segments.lead-over-places": (
        'A lead that names only a country or province ("امریکہ نے یمن میں حملے کیے") before incidents '
        "at several places inside it is no incident of its own: its actors and day hold for each of them."
    ),
    "segments.owner-country-no-reach": (
        "A country named only in the genitive as the owner of a province, district or town of a "
        'lead ("X کے شمالی صوبے Y میں") says where that part lies: with no casualty figure and no '
        'plural event noun ("حملوں") in the lead, it does not make the lead cover incidents told '
        "at other places of the country."
    ),
    "segments.province-named-lead": (
        'A lead whose place is named after a noun for a province ("صوبے X میں", though a city has '
        "the same name) is at that province: it covers the incidents at towns of the province told "
        "after it on its day, as a lead at a province does."
    ),
    "segments.covered-joins": (
        "A draft whose only places (a province or country) contain the place of an incident told "
        "before tells more of that incident: its clauses join it, not only its totals."
    ),
    "dates.printed-date": (
        "Without a publication date, the article's own printed date (in its head, in the dateline's "
        'brackets as in "سکھر (18 اپریل 2016)", or a timestamp line) stands in for it.'
    ),
    "dates.clock-no-dateline": (
        "A colon between two digits is a clock's (\"صبح 9:30 بجے\"), not a dateline's: a full date "
        "before it in the first sentence tells when the event happened and does not stand in for the "
        "publication date."
    ),
    "dates.timestamp-clock-words": (
        "A site's timestamp line prints clock times, time zones and a label of publication beside "
        'its date ("وقت اشاعت: منگل 24 اگست 2010، 13:10 GMT 18:10 PST"): they are no words of prose, '
        "so the line is still a timestamp, and its date stands in for a missing publication date."
    ),
    "dates.printed-after-credit": (
        "A full date right after the dateline's credit in brackets (\"مینگورہ (نامہ نگار) 30 مئی 2009ء "
        '— ...") is the day the report was printed: without a publication date it stands in for it, '
        "as one inside the brackets does."
    ),
    "dates.printed-after-credit-mark": (
        "A full date after the dateline's credit in brackets and a mark the site sets between them "
        '("ڈیرہ اسماعیل خان (نمائندہ) | 15 جنوری 2024", "(ویب ڈیسک) — 3 مئی 2019") is the day the report '
        "was printed, as one right after the credit is (dates.printed-after-credit): without a "
        "publication date it stands in for it."
    ),
    "dates.printed-in-credit": (
        "A full stop inside the dateline's credit in brackets (\"ڈیرہ بگٹی (اردوپوائنٹ اخبار تازہ ترین۔ 12 "
        'مارچ 2015ء) ...") ends no sentence: a full date before the brackets close is the day the '
        "report was printed, and stands in for a missing publication date."
    ),
    "dates.month-of-named-year": (
        'A month or a day of a month after a year ("گزشتہ سال فروری میں", "پچھلے برس 12 جنوری کو") is '
        "that month or day of that year, not of the latest year that holds it."
    ),
    "dates.date-within-named-period": (
        'A month or a day of a month right after a year or a month that holds it ("رواں برس 22 '
        'اکتوبر کو", "گزشتہ ماہ 13 نومبر کو", "اس سال جون میں") is that month or day: the wider '
        "period only says which year or month it falls in."
    ),
    "dates.same-period-as-told": (
        '"The same month" or "the same year" ("اسی مہینے", "اسی ماہ", "اسی سال", "اسی برس") is the month '
        "or year of the date told just before it, in its sentence or the one before; a month right "
        'after "the same year" is that month of that year.'
    ),
    "dates.march-after-time-word": (
        'A bare "مارچ" with a date postposition after it is the month, not a protest march, when a '
        'year ("رواں سال مارچ میں", "گزشتہ برس مارچ میں") or an "earlier" connective ("اس سے قبل '
        'مارچ میں") stands right before it; a protest march is named by its own word ("لانگ مارچ").'
    ),
    "dates.weekday-of-last-week": (
        'A weekday right after "last week" ("گزشتہ ہفتے جمعے کو", "پچھلے ہفتے کے منگل کو") is that day '
        "of the previous Monday-Sunday week, not the latest such day before publication."
    ),
    "dates.today-outlet-name": (
        '"آج" right before a word of a news outlet ("آج نیوز", "آج ٹی وی") or right after a word for a '
        'newspaper ("روزنامہ آج") is the outlet\'s name, not the day of publication: it is no date.'
    ),
    "dates.late-part-of-day": (
        'A weekday with "late" before its part of the day ("منگل کی دیر رات", "جمعے کی دیر شام": late '
        "on that night or evening) is that day, as the part of the day alone is."
    ),
    "dates.saturday-in-stretch": (
        'ہفتہ at one end of a stretch of days whose other end is a weekday ("جمعرات سے ہفتے تک", '
        '"ہفتے سے پیر تک") is Saturday, not the week.'
    ),
    "dates.emphatic-day": (
        'A weekday followed by the emphatic particle "ہی" ("منگل ہی کو", "ہفتے ہی کی شام", "جمعے ہی '
        'کے روز": that very day) is that day: the particle stands between the day and its '
        "postposition or part of the day and does not make the weekday a name."
    ),
    "counts.hundreds-so-far": (
        'A toll so far of a hundred people or more ("جاری کارروائی میں اب تک 300 سے زائد افراد ہلاک") '
        'counts the dead of a war or campaign, as "سینکڑوں" and "ہزاروں" do: no one fight going '
        "on, and no incident of its own."
    ),
    "dates.listed-lead": (
        "A lead that lists the day's events of several kinds in one clause (\"جمعے کو خودکش دھماکوں، "
        "سڑک کنارے نصب بم اور راکٹ حملوں میں ...\") sums up that day, as a round-up's lead does: its "
        "day goes to every main incident the article then tells with no time of its own, however far down."
    ),
    "dates.lead-toll-tells": (
        'A lead that tells people killed or injured ("... گرائے گئے بیرل بموں سے 24 افراد ہلاک ہو گئے") '
        "tells an event even with no event word: the day it names goes to the main incidents told "
        "right after it (dates.lead-date)."
    ),
    "dates.later-same-day": (
        'A main incident with no date of its own, first told in a sentence that opens with "later" '
        '("بعد ازاں", "بعد میں"), took place on the day of the main incident told before it, not on '
        "the day of the report."
    ),
    "dates.same-day-as-main": (
        'An incident told "the same day/evening" ("اسی شام", "اسی رات") in a clause read as '
        "background, with no background incident told before it, happened on the day of the main "
        "incident told before it: the phrase points at the day just told."
    ),
    "dates.month-first": (
        'A date printed month first, with its year ("اپریل 16، 2015", "جون 5, 2021", as sites set '
        "English-style timestamps) is that day."
    ),
    "dates.past-days": (
        'The last few days ("گزشتہ تین دنوں کے دوران", "پچھلے دو روز میں", "گزشتہ چار دن سے") run '
        "from that many days before the publication day to the publication day."
    ),
    "dates.lead-after-headline": (
        "When the text's first line is a headline (no full stop) with no date of its own "
        '("پشاور میں فائرنگ، تین افراد جاں بحق⏎پشاور (نامہ نگار) شہر میں بدھ کو ..."), the lead '
        "whose day dates the incidents told after it is the first told sentence on a later line, "
        "not the headline."
    ),
    "dates.march-recalled-month": (
        'A bare "مارچ" is the month, not a protest march, also in a past-perfect recall: "مارچ میں" '
        "after a place or at the head of its clause, the clause closing on a past or completive "
        'auxiliary ("کوئٹہ میں مارچ میں بھی دھماکہ ہوا تھا"); a march keeps its own word ("لانگ '
        'مارچ", "آزادی مارچ"), its participants or setting off ("مارچ میں شریک", "مارچ نکالا"), or '
        'a verb of its own ("مارچ کا اعلان", "مارچ کرنے"). Between other months see dates.month-pair.'
    ),
    "dates.month-pair": (
        'Months listed or joined as a stretch, with a date postposition or a year after them ("فروری '
        'اور مارچ میں", "جنوری، فروری اور مارچ میں", "اپریل سے جون تک"), are one range from the first day '
        "of the first to the last day of the last, not the last month alone."
    ),
    "dates.hours-from-that": (
        "A main incident with no day of its own, first told in a sentence that opens a few hours or "
        'minutes before or after the event just told ("اس سے چند گھنٹے قبل X میں ...", "کچھ دیر بعد '
        '..."), took place on the day of the main incident told before it, not on the day of the report.'
    ),
    "dates.after-event-told": (
        "A main incident with no day of its own, first told in a clause that puts it after the event "
        'just told ("واقعے کے بعد فورسز نے جوابی کارروائی میں X پر گولہ باری کی"), took place on the day '
        "of the main incident told before it, not on the day of the report."
    ),
    "dates.printed-beside-hijri": (
        "A line of the article's head that prints a full Gregorian date beside the Hijri date "
        '("جمعرات 26 جمادی الثانی 1436ھ، 16 اپریل 2015ء") is a timestamp: without a publication date '
        "its Gregorian date stands in for it; the Hijri date's words do not make the line a sentence."
    ),
    "places.direction-in-name": (
        'After a noun for a place, a direction before a word no word list knows ("کانگو کے مشرقی صوبے '
        'شمالی کیوو میں") is part of the name, not a word describing the area.'
    ),
    "places.named-nami": (
        'A name given with "نامی" before a noun for a place ("ڈیاؤرا نامی قصبے پر حملہ", "X نامی گاؤں '
        'میں") is a place, whether a gazetteer knows it or not.'
    ),
    "places.area-of-compass-part": (
        "An area named after another place's genitive and a compass word of two words (\"کینیا کے شمال "
        "مشرقی علاقے X\") is that place's area, as after a one-word one, and not one of the dateline's town."
    ),
    "places.told-happening": (
        'A clause that names the event by a noun and says it happened ("واقعہ X میں پیش آیا", '
        '"دھماکہ Y کے علاقے میں ہوا") tells where that event was: its rare names and named sites are '
        "the event's places, as in a clause with an event word of its own."
    ),
    "places.rare-name-before-mein": (
        'Rare words before "میں" near an event word name a place no gazetteer knows ("بستی ملوانہ میں").'
    ),
    "places.rare-name-in-a-term": (
        'A rare word before "میں" that ends a lexicon term of several words ("پریشر ککر میں نصب تھا") '
        "is a word of that common noun, not the name of a place no gazetteer knows."
    ),
    "places.dateline-topic": (
        'A dateline that is a country\'s name and common words after it ("یوکرین جنگ: ...") is the '
        "topic label of a headline, not a town the gazetteer lacks: it names no place."
    ),
    "places.plural-no-name": (
        'An unknown word before "میں" that is the oblique plural of a known word ("بنکروں میں پناہ '
        'لی", "مورچوں میں") is a common noun, not the name of a place no gazetteer knows.'
    ),
    "places.dated-dateline": (
        "A line that opens with a name of up to three words (its region in brackets may follow), a "
        'comma, a day and a month and a credit in brackets ("بالاسور (اڈیشہ)، 15 دسمبر (ایجنسی)") '
        "is a dateline even where no word list knows the name: the day and the credit make it one, "
        "and the day is the report's, not the event's."
    ),
    "places.dateline-formats": (
        "A dateline need not end in a colon: a known place before a credit in brackets or a dash "
        '("پشاور (نامہ نگار) ...", "کوئٹہ — ...") is one too.'
    ),
    "places.border-keeps-dateline": (
        'A border or a highway ("پاک افغان سرحد", "لائن آف کنٹرول", "شاہراہ قراقرم") is no other '
        "town: the dateline's town is still where an event on it happened."
    ),
    "places.distance-from": (
        'A place a distance is measured from ("ہرات سے 40 کلومیٹر دور") is the nearest named '
        "place: where the event happened."
    ),
    "places.distance-to-region-by-noun": (
        "A place a distance is measured from is not where the event happened when the distance "
        'leads right on to a district or province the text names by its noun ("X سے 200 کلومیٹر دور '
        'Y ضلع کے Z گاؤں میں"), also one the gazetteer does not know: it only measures the way there; '
        "a village named after the distance keeps it as its nearest town (narrows places.distance-from)."
    ),
    "places.distance-to-other-region": (
        "A place a distance is measured from is not where the event happened when the distance "
        'leads right on to a province or district that does not hold it ("بغداد سے 60 کلومیٹر شمال '
        'میں صوبہ دیالہ کے شہر ..."): it only measures the way there (narrows places.distance-from).'
    ),
    "places.funeral-is-not-where": (
        'Where the dead were prayed for or buried, or their home towns ("نماز جنازہ X میں ادا", '
        '"آبائی علاقے X روانہ"), is not where they died: a clause with no event word that tells it '
        "gives no place."
    ),
    "places.funeral-after-event": (
        'In a clause that tells the event before the funeral of its dead ("X میں فائرنگ سے جاں بحق ہونے '
        'والے وکیل کی نماز جنازہ Y میں ادا", "... کو Y میں سپرد خاک کیا"), the place of the funeral or '
        "burial, with no event word after it, is not where they died."
    ),
    "places.bare-noun-is-dateline": (
        'A bare province or district noun in the genitive before a place ("قندھار: صوبے کے ضلع '
        'اسپن بولدک", "بنوں: ضلع کی تحصیل X") is the dateline\'s province or district when the '
        "dateline's town gives it its name: the dateline stays a place of the event."
    ),
    "places.list-shares-postposition": (
        'The postposition after the last place of a list ("پنجاب اور سندھ کو گیس کی فراہمی معطل", '
        '"کوئٹہ اور کراچی سے آنے والے") governs every place of it: what it says of the last, it '
        "says of each."
    ),
    "places.state-before-its-attack": (
        'A country in the genitive before an attack ("روس کا بڑا فضائی حملہ", "امریکہ کے ڈرون '
        'حملے") is who attacked, not where.'
    ),
    "places.home-country-first": (
        'A name that places of several countries bear ("حیدرآباد") names the Pakistani one when the '
        "article's other places say no country: most Urdu news is Pakistani."
    ),
    "places.name-holds-no-vocabulary": (
        "A name read before a place noun holds no event or actor word: it begins after the last "
        '("پولیس کے مطابق دھماکہ شہر کے ایک بازار میں ہوا" names no place "مطابق دھماکہ").'
    ),
    "places.demand-is-not-where": (
        'A place in what someone demands ("مطالبہ کیا کہ مچھ میں کان کنوں کے قتل میں ملوث افراد کو '
        'گرفتار کیا جائے") is not where the event happened: the demand is a wish.'
    ),
    "places.compass-in-name": (
        "A compass word right after a place noun begins the name when an uncommon word follows "
        'it ("صوبے شمالی کیوو", "ریاست جنوبی کردفان"); before a common word ("صوبے شمالی علاقوں") it '
        "describes, as before."
    ),
    "places.home-is-not-where": (
        'Someone\'s home ("گوادر کا رہائشی تھا", "ریاست بہار کا رہنے والا", "سوات اور شانگلہ سے '
        'تعلق رکھنے والے", "کا تعلق سوات اور شانگلہ سے ہے") is not where the event happened, also '
        "in a clause with an event word."
    ),
    "places.dateline-after-headline": (
        "A known place with a dateline's colon, credit or dash at the start of a line after a "
        'headline (a line with no full stop: "X میں کارروائی، 6 دہشت گرد ہلاک", then "راولپنڈی: ...") '
        "is the dateline."
    ),
    "places.dateline-under-headline": (
        'A headline may itself open with a place and a colon ("خیبر: بارودی سرنگ دھماکے میں تین بچے '
        'جاں بحق"): when that line has no full stop and the next line opens with a known place and '
        'a dateline\'s colon, credit or dash ("لنڈی کوتل (نامہ نگار) ..."), the second is the dateline '
        "and the first the headline."
    ),
    "places.district-name": (
        'The word between a genitive and "ضلع" names a district, also when it is a common word '
        '("ہریانہ کے نوح ضلع میں").'
    ),
    "places.one-place-one-name": (
        'Two names of one place ("کوبانی (عین العرب)") are listed once, by the first.'
    ),
    "places.province-apart-from-city": (
        "Two names of one gazetteer place are two places when a noun for a province stands by one "
        'and not the other ("الحدیدہ صوبے" and "بندرگاہ حدیدہ", "صوبہ X" and "X شہر"): a province named '
        "like its chief city is not the city (narrows places.one-place-one-name)."
    ),
    "places.dateline-within": (
        "A dateline's town stays where the text names only the district or province around it "
        '("پشاور: خیبر پختونخوا میں ...").'
    ),
    "places.bodies-found-at": (
        'A place bodies were recovered from ("X سے دو افراد کی لاشیں برآمد ہوئیں") is where they '
        "were found, not an origin."
    ),
    "places.dateline": ("A dateline names where the main incidents happened unless the text says otherwise."),
    "places.toponym-final-word": (
        'A rare word and a word that ends many place names, written apart, before "میں" ("ممش خیل '
        'میں", "شیر زئی میں") are a name the gazetteer does not know, though the last word is common.'
    ),
    "places.heh-variant": (
        "A foreign name written with do-chashmi he (ھ) where the gazetteer writes the plain he (ہ) "
        '("ننگرھار", "ننگرہار") names the same place (with ``places.spelling-variant``).'
    ),
    "places.place-noun-ends-no-name": (
        'Words before "کے نواح", "کے مضافات" or "کے مقام" that end in a place noun ("کے مطابق شہر کے '
        'نواح میں") name no place: the noun stands for a place named elsewhere.'
    ),
    "places.dateline-town-region": (
        'A dateline that names a town and then the province or region it lies in ("کوٹلی آزاد کشمیر '
        '(نامہ نگار)") names one place, the town, not a round-up of two.'
    ),
    "places.owners-before-agent": (
        "The places that own the place before a main clause's ergative subject in a genitive chain "
        '("بلوچستان کے ضلع کچھی کی تحصیل مچ میں مسلح افراد نے ... کام کرنے والے ...") are the '
        "event's too, not a relative clause's."
    ),
    "places.adjoining": (
        'A place before "سے" and a word of adjoining ("جمرود سے ملحقہ علاقے میں", "X سے متصل گاؤں میں") '
        "is the nearest place named to the event, where it happened, not where someone came from; "
        'a country so named ("افغانستان سے ملحقہ سرحدی علاقے") is across a border.'
    ),
    "places.came-from-is-not-where": (
        'A place that a vehicle or people came from ("پشاور سے آنے والی بس پر مردان میں فائرنگ") is '
        'not where the event happened; one that a report came from ("کرک سے آنے والی اطلاعات") is.'
    ),
    "roles.lead-perpetrator": (
        "The group an article most often says acts is the perpetrator of its main incidents."
    ),
    "roles.lead-not-against-own-kind": (
        "The armed group an article most often says acts (roles.lead-perpetrator) is not the "
        "perpetrator of a main incident aimed at armed men of its own kind, an operation against "
        'militants or a strike on their hideouts ("شدت پسندوں کے خلاف کارروائی میں", "جنگجوؤں کے '
        'ٹھکانوں کو نشانہ بنایا گیا"): that is done to them, not by them.'
    ),
    "roles.lead-elsewhere": (
        "The group an article most often says acts is not the perpetrator of a main incident in "
        "another country than every place where the article puts its deeds (Hezbollah's attacks in "
        "south Lebanon do not make it the bomber of Rafah)."
    ),
    "triggers.remote-type-shared": (
        'A bare "حملہ" in a report of air strikes or shelling is one more of them.'
    ),
    "types.bare-attack-like-strike-before": (
        "In a report of strikes of several kinds, from the air and by rockets or shells, a bare "
        '"حملہ" (triggers.remote-type-shared) is one more of the strike told last before it, not '
        "of the kind the article reports most."
    ),
    "segments.dateline-before-turn": (
        "An incident with no place but the dateline, told before a sentence that turns to another "
        'front ("بنوں: تھانے پر حملہ ... دریں اثنا لکی مروت میں دھماکہ"), is the dateline\'s own '
        "news: it is not folded into the incident of that other front."
    ),
    "segments.other-day-scene": (
        "A clause with no event word that names a day other than the current incident's and a town "
        "that incident does not name sets the scene of another event: it is no detail of that incident."
    ),
    "segments.scene-when-tense": (
        'An event told to have happened "at the time when" ("اس وقت ... جب") takes its tense from '
        'its own verb before "جب": a past or completive auxiliary after "جب" ("جب لوگ جمع تھے") '
        "sets the scene and does not make the event recalled."
    ),
    "segments.scene-where-tense": (
        'An event told in the simple past at a place "where" something was ("مکان پر بمباری کی '
        'جہاں لوگ جمع تھے") takes its tense from its own verb before "جہاں": a past auxiliary '
        "after it sets the scene and does not make the event recalled."
    ),
    "segments.scene-while-tense": (
        'An event told after a scene in the past progressive and "کہ" ("اہلکار گشت پر جا رہے تھے کہ '
        'ان پر حملہ ہوا") takes its tense from its own verb after "کہ": the past auxiliary of the '
        "scene tells what was going on and does not make the event recalled."
    ),
    "segments.scene-stance-tense": (
        'An event told after a scene of being somewhere or on some duty, a past auxiliary and "کہ" '
        '("ٹیم گشت پر تھی کہ ان پر فائرنگ ہوئی", "دستہ تلاشی مہم پر نکلا تھا کہ اس پر حملہ ہوا") takes '
        'its tense from its own verb after "کہ": the auxiliary tells where the doers were, not that the '
        "event is recalled."
    ),
    "segments.gapped-verb-tense": (
        'In a recall (a sentence with a background note such as "یاد رہے کہ", or the one right after it), '
        'a clause that ends in a bare harm word before a comma or "جبکہ", its verb left out ("X کو قتل '
        'جبکہ Y کو زخمی کر دیا تھا", "پانچ افراد جاں بحق، دس زخمی ہو گئے تھے"), shares the verb told at '
        "the end of the next clause of its sentence and so its tense: it is in the past perfect when "
        "that clause is."
    ),
    "segments.state-predicate-tense": (
        'A past auxiliary right after the light verb of a kept state or after "شامل" ("حملہ آور نے خودکش '
        'جیکٹ پہن رکھی تھی", "حملہ آوروں نے چہرے ڈھانپ رکھے تھے", "جن میں دو بچے بھی شامل تھے") tells a '
        "state that held at the time of the news, not an earlier event: it does not put the clause in "
        "the past perfect."
    ),
    "segments.presence-predicate-tense": (
        'A past auxiliary right after a word of being present, aboard or posted ("جب وہاں سینکڑوں '
        'لوگ موجود تھے", "گاڑی میں چار افراد سوار تھے", "جو چوکی پر تعینات تھے") tells where people '
        "were at the time of the news, not an earlier event: it does not put the clause in the past "
        "perfect."
    ),
    "segments.country-lead-retold": (
        'A lead that puts its event only in a country ("شام میں ... فضائی حملے میں کم از کم چھ ہلاک"), '
        "followed within three sentences by a main incident of its kind at a town or an unknown place "
        "with the same killed or injured figures and none that differs, is that incident told first: "
        "its clauses join it."
    ),
    "segments.recalled-event-phrase": (
        'A phrase that names an earlier event before "کے بعد", "کے جواب میں" or "کے ردعمل میں", with a '
        'time of its own that points back ("گزشتہ ماہ X میں ایک دکاندار کے قتل کے ردعمل میں", "تین روز قبل X '
        'میں پولیس وین پر حملے کے جواب میں"), followed by an event word of the news told, is '
        "cut off there: the earlier event keeps its time, place and toll, and the news keeps its own. "
        '"واقعے کے بعد پولیس نے ..." names no time of its own: the same event, no cut.'
    ),
    "segments.recalled-own-time": (
        "A past-perfect clause after the main news with a time of its own that points before the "
        'main news\'s day ("ایک روز قبل ... ہوائی حملہ کیا تھا", "گزشتہ ہفتے ... دھماکہ ہوا تھا", "اگست میں '
        '... حملہ کیا تھا جس میں دو افراد مارے گئے تھے") with a toll of its own recalls an earlier event: '
        "a background incident with its own toll and places, even at a place told before; the day "
        "before publication counts as the main news's when it has no day of its own."
    ),
    "segments.recalled-toll": (
        'A recalled clause (a background marker, or a time followed by "بھی") in the past perfect '
        "with an event noun and a casualty figure but no event word, at a day or place of its own "
        '("واضح رہے کہ 12 فروری کو بھی اسی نوعیت کے واقعے میں دو افراد مارے گئے تھے"), is an earlier '
        "incident of the kind just told."
    ),
    "segments.recalled-toll-not-tally": (
        "A recalled toll of plural events over a stretch of time with no day, week or month of its own "
        '("پچھلے سال باغیوں کے حملوں میں دو ہزار سے زیادہ دیہاتی ہلاک ہو گئے تھے") is a tally of many '
        "events, not an earlier incident."
    ),
    "segments.recalled-toll-dated": (
        "A recalled toll in the past perfect with no event word or event noun at all is still an "
        "earlier incident of the kind just told when it names a day, week or month of its own followed "
        'by "بھی" ("یہ وہی جیل ہے جہاں جنوری میں بھی 12 قیدی مارے گئے تھے"); a year alone is a tally.'
    ),
    "segments.note-tells-more": (
        'A clause of a sentence that opens with a note to the reader ("یاد رہے کہ", "قابل ذکر ہے کہ", '
        '"بتا دیں کہ") tells more of the event just told when it is not in the past perfect and has no '
        'time, town or word of an earlier time of its own ("قابل ذکر ہے کہ حملے میں تین فوجی ہلاک ہو '
        'گئے"); otherwise it recalls an earlier event.'
    ),
    "segments.recalled-here": (
        "A weak event word in a past-perfect clause after the main news that puts it at the same "
        'place ("اسی مقام پر", "اسی اسکول کو") at an earlier time "too" ("چند ماہ قبل بھی ... نشانہ '
        "بنایا گیا تھا\") reports a recalled event at that place (the dateline's, when the event "
        "told before has no other)."
    ),
    "segments.region-total": (
        'A lead that gives the toll of a whole region ("غزہ کی پٹی میں 40 فلسطینی شہید"; a town named '
        'like its province, written bare, "غزہ", names the province) and is followed by incidents at '
        "two or more places in it with no larger tolls sums them up: it is no incident of its own, "
        "and they share its actors and total: the clauses told before the first of them, and not "
        "with one that says nobody was hurt in it, nor, for a toll of attacks, with an arrest, a "
        "defused bomb or a protest. A lead whose opening goes on, in a later sentence before "
        'them, to a smaller toll of its own ("سب سے بڑا دھماکہ ... اس میں 60 ہلاک") tells the '
        "first of them at length: it stays an incident and is folded into none."
    ),
    "segments.region-total-victims-own": (
        "The incidents a region's total sums up take its doers but not its victims: the victims a "
        'total names ("پولیس اور عام شہریوں پر حملوں میں 8 ہلاک") are those of all of them together, '
        "and each incident's are the ones told with it."
    ),
    "segments.protested-event": (
        'In a protest after an act of violence already told, the event word before "کے خلاف" '
        '("نوجوان کے قتل کے خلاف احتجاج کیا") names what is protested, the act told before: the '
        "clause reports the protest only, an incident of its own."
    ),
    "segments.country-placed-undated": (
        "An incident with no place of its own and no date that resolves still counts when the one "
        'country the article names places it ("یوکرین پر روسی ڈرون حملوں میں 5 افراد ہلاک" with no '
        "publication date): a country is a place."
    ),
    "segments.turn-detail-elsewhere": (
        'A sentence that opens by turning to another front ("ادھر", "دوسری جانب") and tells no event '
        "names places of something else: those the incident's places do not hold are not its places."
    ),
    "segments.sites-side-by-side": (
        'Named sites listed side by side ("X چوک اور Y روڈ پر جھڑپیں ہوئیں") are where one event '
        "ran its course in one town, not a summary of an event at each: one incident holds them."
    ),
    "segments.listed-places-struck": (
        'A clause that tells one event word at several places side by side with a toll ("روسی '
        'میزائلوں نے خارکیف اور اوڈیسا کو نشانہ بنایا جس میں 10 افراد ہلاک") reports an event at each '
        "of them, as it would at one place, even when its event word is weak."
    ),
    "segments.list-owner": (
        'A place whose plural place noun owns the list after it ("غزہ کے علاقوں جبالیہ اور رفح میں '
        'بمباری") says where the listed places lie: it is not one more place struck, and goes with each.'
    ),
    "segments.quarter-of-the-city": (
        'A place named as a part of "the city" with no name before it ("شہر کے علاقے X میں", "شہر کے '
        'X ضلعے میں") lies in the city last named before it in its sentence, or else in the city of '
        "the incident just told (unless a dateline names another): the event told there is that "
        "city's, not another front."
    ),
    "segments.listed-beside-region": (
        "A town named like its province, listed side by side with other towns of its country "
        '("عراق کے شہروں بغداد، موصل اور کرکوک میں دھماکے"), is one more item of the list: it is not a '
        "region's total that the other towns of the list are parts of."
    ),
    "segments.listed-province": (
        'A province listed side by side with towns or districts ("ہلمند اور قندھار میں حملے") that '
        "holds none of them is one more place of the list, with an incident of its own; one that "
        "holds a listed place only says where it lies."
    ),
    "segments.toll-per-listed-place": (
        'A clause that breaks one toll down by place, each town with "میں" and its own number and the '
        'last number before the people and the casualty word ("ضلع A میں تین اور ضلع B میں دو افراد '
        'ہلاک"), tells an incident at each town with its own number as its toll.'
    ),
    "segments.toll-breakdown-of-told": (
        "A clause with no event word that breaks a toll down by the places of incidents already told "
        '("... دو اضلاع A اور B میں چوکیوں پر حملے کیے جن میں 13 اہلکار ہلاک ہوئے۔ پولیس نے کہا کہ A میں '
        '8 اور B میں 5 اہلکار ہلاک ہوئے") gives each of them its own number: it tells the same events again.'
    ),
    "segments.toll-per-listed-province": (
        'A toll broken down by province, each with "میں" and its own number ("صوبہ A میں آٹھ اور صوبہ B میں '
        'پانچ اہلکار ہلاک"), is broken down as one by town (segments.toll-per-listed-place): each province '
        "told side by side, none holding another, is an incident with its own number as its toll."
    ),
    "segments.outskirts-owner-of-listed": (
        "In a list of places, one named in the genitive before a word for its outskirts, a noun for an "
        'area and the name after them ("ملتان کے نواحی علاقے شجاع آباد اور بہاولپور میں") says where the '
        "place after it lies, as an owner before a singular place noun does: it is no place struck of "
        "its own."
    ),
    "segments.owner-of-listed-place": (
        "In a list of places, one named in the genitive before a singular place noun and the name after "
        'it ("کرک کے علاقے تخت نصرتی اور بنوں کے علاقے ککی میں") says where the places after it lie, '
        "up to the next such owner: it goes with them, and is no place struck of its own."
    ),
    "segments.strike-beside-clash": (
        'A summary of strikes from afar ("جبالیہ اور رفح میں بمباری سے 20 افراد شہید") at a place where '
        "a fight or attack on the ground was told is another incident there: one event per place, "
        "day and type."
    ),
    "segments.also-event": (
        'A clause whose strong event word is counted with "ایک" and followed by "بھی" (also), and '
        'that names a place ("اسرائیلی فوج نے خان یونس میں ایک ڈرون حملہ بھی کیا"), tells one more event: it '
        "joins only an incident of the same kind at the very same place."
    ),
    "segments.also-at-site": (
        'A named site followed by "پر بھی"/"میں بھی" in a clause whose strong event words are of kinds '
        'the incident before has none of ("گرین زون پر بھی مارٹر گولے داغے گئے" after a suicide '
        "bombing) tells another event there: another incident."
    ),
    "segments.also-there": (
        'An event at a town or district followed by "میں بھی"/"پر بھی" (there too) that the incident '
        'before it does not hold ("ڈھاکہ میں ... چٹاگانگ میں بھی جھڑپیں ہوئیں") is the like at another '
        "place: another incident."
    ),
    "segments.damage-elsewhere": (
        "In a round-up of strikes, a clause with no event word that tells damage at a town no "
        'incident has yet ("چرنیہیف میں ایک صنعتی تنصیب کو نقصان پہنچا") is the next strike.'
    ),
    "segments.listed-front": (
        'A sentence that turns to another front ("ادھر", "دوسری جانب") and tells the like at several '
        'places side by side ("ادھر X اور Y میں بھی مظاہرے ہوئے") opens an incident at each of them '
        "apart, as it would at one place: a lead with no place of its own before it stays the "
        "dateline's news and is not folded into the first of them."
    ),
    "segments.participle-lead-retold": (
        'An event with no time of its own told only as a participle that qualifies a noun ("خاران '
        'سے اغوا ہونے والے اساتذہ کی بازیابی") is the dated incident of the same kind told later '
        "at its places, not news of the publication day."
    ),
    "segments.retold-lead-kind": (
        "After a lead that tells two events in one sentence, the second with no place of its own "
        '("..., جبکہ ایک دوسرے واقعے میں ..."), a clause that names a place and tells an event of '
        "the first one's type and none of the second's retells the first at its place: it joins "
        "the first, not the placeless second."
    ),
    "segments.placeless-merged": (
        "A main incident with no place of its own is part of the first one that has."
    ),
    "segments.protest-met-by-force": (
        "A clause reporting a protest against an act of violence and the forces breaking it up "
        '("ہلاکتوں کے خلاف لوگوں نے احتجاج کیا جس پر فورسز نے آنسو گیس کے گولے داغے") reports the '
        "protest only, an incident of its own after the act of violence, as a protest alone does."
    ),
    "segments.named-days-differ": (
        'Two days named in words that can never name the same day ("منگل کو" and "جمعرات کو", '
        '"گزشتہ روز" and "آج") are different days even where the article has no publication date '
        "to resolve them: an incident with no place of its own on the other day is another "
        "incident at the same place, as with resolved days."
    ),
    "segments.named-days-same": (
        'Two days named in words that always name the same day ("نماز جمعہ کے دوران" and "جمعے کی '
        'نماز", "سنیچر کو" and "سنیچر کی صبح") are the same day even where the article has no '
        "publication date to resolve them: they do not keep an incident from joining another, as "
        "resolved days that agree do not."
    ),
    "segments.places-each-with-locative": (
        'Two places each told with its own "میں" and what was struck there, joined by "اور" ("X میں '
        'ایک اسکول اور Y میں ایک مکان پر فضائی حملوں میں ...") sum up an event at each, as a list does.'
    ),
    "segments.other-province": (
        'After a lead at several provinces ("پنجاب اور سندھ میں ... جاں بحق"), an event at a town the '
        "gazetteer puts in one of them is more of the lead at that province, not of the incident at "
        "another province told just before it."
    ),
    "segments.scattered-part-own-event": (
        'After a lead that sums up events at various parts of a town ("X کے مختلف علاقوں میں ... 5 '
        'افراد ہلاک"), a clause with an event word and a figure of its own at a site or a quarter of '
        "that town is one of the events summed up, not more of the lead, also when the quarter is "
        'named with the town\'s name ("نیو X").'
    ),
    "segments.finer-namesake-apart": (
        'A district named by the words that open its province\'s name ("ضلع خیبر" and "خیبر '
        'پختونخوا") is another place than the province, not the same one.'
    ),
    "segments.other-compass-part": (
        'Two parts of one place named by different compass words ("شمالی کشمیر", "جنوبی '
        'کشمیر") are not the same place: an event told at one is not more of an event at the other.'
    ),
    "segments.another-event-inside": (
        'Words for another event ("ایک اور واقعے میں", "ایک الگ واقعے میں") after the place or time '
        'a clause opens with and before its event words ("اسی علاقے میں ایک اور واقعے میں مسلح '
        'افراد نے ... قتل کر دیا") report another incident, as when they open the sentence.'
    ),
    "segments.turn-then-another": (
        'A turn word that opens a clause ("ادھر", "دریں اثنا", "اسی طرح") followed by words for another '
        'event ("ادھر X میں ایک اور واقعے میں ...") tells another event, even at the place and on the '
        "day just told: the words for another event decide, as when no turn word comes before them."
    ),
    "segments.another-named-event": (
        "Words for another event that hold the clause's event word (\"اسی روز X میں ایک اور کارروائی "
        'میں فورسز نے ...") report another incident after a place or time, as "ایک اور واقعے میں" '
        "does."
    ),
    "segments.turn-other-quarter": (
        'A clause that turns to another event ("اسی روز", "ادھر", "دوسری جانب") at another quarter '
        'of the town just told ("اسی روز X کے علاقے Y میں خودکش حملہ ..." after a blast at a market '
        "or another quarter of X) does not join that incident for the town they share: the quarter "
        "is where it happened."
    ),
    "segments.counted-day-apart": (
        'An event told on a day counted from the event just told ("اس کے اگلے روز", "دو دن بعد", "اس '
        "سے ایک روز قبل\") at a town or district that event's places do not hold is another incident, "
        "though they share a district or province and the article gives no date to resolve either day."
    ),
    "segments.same-day-elsewhere": (
        'A clause that tells its event "the same day" or "the same night" ("اسی روز", "اسی رات") '
        "at a town or district that the incident before it does not hold is another incident, "
        "though they share the district or province: nobody tells one event as happening the "
        "same day as itself."
    ),
    "segments.other-quarter": (
        "A clause with an event word of its own at a quarter of a town that the incident before it "
        'names another quarter of ("کوئٹہ کے علاقے ہزار گنجی میں دھماکہ ... کوئٹہ کے علاقے سریاب میں '
        'ایک دکاندار کو قتل کر دیا گیا") is another incident: the town they share does not make '
        "them one."
    ),
    "segments.city-quarter-apart": (
        'A quarter named as one of "the city" ("کراچی: شہر کے علاقے لیاری میں") is a quarter of the town '
        "the incident holds, so a clause with an event word of its own at another quarter of that town "
        '("کراچی کے علاقے اورنگی ٹاؤن میں") is another incident (as segments.other-quarter reads it).'
    ),
    "segments.quarter-than-site": (
        "A clause with a strong event word and figures of its own at a quarter of a town "
        '("بغداد کے علاقے Y میں") after an incident placed at a site of that town and no quarter of it '
        '("شہر کے مرکزی X بازار میں") is another incident: the town they share does not make them one.'
    ),
    "segments.protest-after-event": (
        "A later sentence reporting only a protest that it says came after the act of violence just "
        'told ("واقعے کے بعد تاجروں نے دکانیں بند کر کے احتجاج کیا") opens an incident of its own, '
        'as a protest "against" it does.'
    ),
    "segments.like-recalled-here": (
        'A recalled event with no place of its own, likened to the main news by a time followed by "بھی" '
        '("خیال رہے کہ 22 اکتوبر کو بھی وزیراعظم کی رہائش گاہ پر ڈرون حملہ کیا گیا تھا"), happened at '
        "the place of the incident told before it: the like happened there too."
    ),
    "segments.scattered-names-town": (
        'A clause that sums up strikes on various parts of a place ("X کے مختلف شہروں پر حملہ کیا") '
        "and names, after a relative, a town with a toll of its own that no other incident names "
        '("جس میں Y میں 11 افراد ہلاک") tells an incident at that town, not only a summary.'
    ),
    "segments.lead-sum-of-parts": (
        "A first incident whose toll is the sum of the exact tolls of two or more incidents told "
        "after it on its day is their total, not an incident of its own."
    ),
    "segments.and-dated-place": (
        'The "اور" that opens another event may have its day and a place noun between it and the '
        'place ("... جاری رہا اور اتوار کے روز شمالی شہر X میں ... حملے میں"): it still parts the '
        "two events."
    ),
    "segments.days-of-a-range": (
        'An incident told over two or more days at one place ("X پر منگل اور بدھ کو ڈرون حملے") whose '
        'clauses then tell its events day by day ("منگل کی صبح ...", "بدھ کی صبح ایک بار پھر ...") '
        "is one incident per day told."
    ),
    "segments.arrest-other-quarter": (
        "Arrests made in a raid at a quarter of the town of the act of violence that the act's places "
        'do not name ("کابل کے علاقے X میں چھاپہ مار کر ... گرفتار کر لیا") are a later raid, an '
        "Arrests incident of its own."
    ),
    "segments.retaliation": (
        'A clause that opens with words of an answer ("جواب میں") and tells a strike from afar '
        '(rockets, shells, an air strike) made by those the incident before it struck ("... فضائی '
        "حملے میں حزب اللہ کے دو جنگجو مارے گئے۔ جواب میں حزب اللہ نے شمالی اسرائیل پر راکٹ "
        'داغے") is another incident, by the other side.'
    ),
    "segments.sibling-own-toll": (
        "A district or town beside the incident's, in a clause with a strong event word of its own "
        'and a toll of an outcome the incident has no figure for ("کوئٹہ میں ... دھماکے میں 26 '
        'افراد جاں بحق ... مستونگ میں بم پھٹنے سے ایک اہلکار زخمی ہو گیا"), is another incident, '
        "even of the same kind and in the province both lie in."
    ),
    "segments.plotter-arrested": (
        'An event word followed by a noun for who planned or helped it ("دھماکے کے ماسٹر مائنڈ", '
        '"حملے کے سہولت کار") in a clause that reports an arrest names whom they arrested: the '
        "clause reports the arrest, not the event again."
    ),
    "roles.crowd-struck-no-doer": (
        'A crowd as such ("ہجوم") the sentence gives no role is the doer of protests and riots only: '
        'in an attack or blast it entered or struck ("X کے ہجوم میں گھس کر خود کو اڑا لیا") it is no doer.'
    ),
    "roles.owner-of-crowd": (
        'In "X کے ہجوم پر فائرنگ" a crowd word is no party that X acted on: X owns the crowd, '
        'and whom the event struck (not "X کی ہجوم پر فائرنگ": the genitive agrees with the event '
        "noun, X fired)."
    ),
    "roles.owner-of-entered-crowd": (
        'A civilian noun that owns a crowd word entered ("X کے ہجوم میں گھس کر", "X کے مجمع میں داخل '
        'ہو کر") was struck by what the entering led to, however far the event word follows.'
    ),
    "roles.crowd-of-owner-no-party": (
        'A crowd word after an actor and "کے" ("X کے ہجوم پر فائرنگ") is no actor of its own: its '
        "owner stands for it, so it takes no role beside X."
    ),
    "roles.unnamed-struck-by-force": (
        "In an incident whose sentences make a state force its doer, an unnamed group (armed men, "
        "militants, attackers) that is a perpetrator only by the actor lexicon's usual part is whom the "
        'force struck ("پولیس نے چھاپہ مارا ... شدت پسند"): the target.'
    ),
    "roles.told-doers-not-struck": (
        'Unnamed attackers whom the sentences already make the doers ("شدت پسندوں نے چوکی پر حملہ کیا"), '
        'named again by a word of the same group ("حملہ آور فرار ہو گئے"), are those doers: a state '
        "force's answer in the same incident did not strike them (no roles.unnamed-struck-by-force)."
    ),
    "roles.ergative-not-struck": (
        'An unnamed group that is the ergative subject of its own clause ("X نے ... طلب کیا") acted '
        "there: a state force's deed in the same incident did not strike it, and it keeps the doer's "
        "part (no roles.unnamed-struck-by-force)."
    ),
    "roles.owner-of-relative": (
        'A person named before a genitive and a noun of kinship ("ایک کسان کا بیٹا جاں بحق", "X کے دو '
        'بھائی زخمی") only says whose relative the relative is: the relative takes the part, the owner '
        "none."
    ),
    "roles.genitive-agrees-past-feminine": (
        'The genitive agrees with the noun it owns: "کے" before a feminine noun of a place or vehicle '
        'and a postposition ("X کے مسجد پر میزائل حملے") owns the masculine event noun after them, not '
        'the feminine noun (which would take "کی"), so X is the event\'s doer, not the owner of what '
        "was struck."
    ),
    "roles.genitive-agrees-past-weapon": (
        'The masculine event noun a "کے" before a feminine noun agrees with may stand after a weapon '
        'word that is an event word of its own ("X کے مسجد پر بیلسٹک میزائل حملے"): X is still the '
        "doer of the attack, not the owner of what was struck."
    ),
    "roles.lexicon-default": (
        "An actor the actor lexicon lists as a perpetrator (an armed group, attackers, a bomber) "
        "that the sentence gives no role is the perpetrator of the event the clause tells."
    ),
    "segments.recalled-struck": (
        "A weak attack word that names whom it struck, in a past-perfect clause after the main "
        "news that recalls an earlier time, reports an earlier attack even with no place of its own: "
        'a day followed by "بھی" ("واضح رہے کہ گزشتہ ماہ بھی امن کمیٹی کے ایک رکن کو نشانہ بنایا گیا '
        "تھا\"; without a publication date it is then at the main news's place), or a note to the "
        "reader and a day that resolves."
    ),
}

#: The basic readings an :class:`~urdu_events.models.Reason` may name besides :data:`RULES`:
#: they are how the reader always works, so they cannot be switched off.
READINGS: dict[str, str] = {
    "triggers.lexicon": "The type of the event word that the trigger lexicon lists.",
    "types.by-actors": "The type the actors decide (forces attacked: a clash; protesters: a demonstration).",
    "places.gazetteer": "A place name the gazetteer knows.",
    "places.cue": 'A name read beside a place noun ("ضلع X", "X کے علاقے").',
    "places.site": 'A named site read before a site noun ("X اسپتال").',
    "roles.speaker": "An actor who only speaks has no role.",
    "roles.case-marker": 'The case marker after the actor ("X پر", "X کو"): the target.',
    "roles.attributed": 'The text attributes the event to the actor ("X ملوث", "X پر الزام").',
    "roles.casualty-subject": "The actor is who was killed or injured.",
    "roles.counted-victims": "A counted actor before a casualty word is a victim.",
    "roles.owner-of-target": 'The actor owns what was attacked ("X کے گھر پر").',
    "roles.genitive-agent": 'The actor in the genitive of an event noun did it ("X کی فائرنگ").',
    "roles.genitive-patient": 'The actor in the genitive of a killing or abduction suffered it ("X کا قتل").',
    "roles.none": "The sentence gives the actor no role.",
    "roles.coordinated": 'The role of the actor it is coordinated with ("X اور Y پر").',
    "roles.claimant": "A group that claims the attack carried it out.",
    "roles.acting-state": 'A country that acts ("X نے ... حملے کیے") is a state perpetrator.',
    "roles.crowd": "In protests and riots the crowd is the perpetrator, the forces it meets the target.",
    "counts.number": "The number before the casualty word.",
    "counts.joined": 'Numbers joined by "اور" or listed with commas, added up.',
    "counts.collective": 'A collective numeral ("دونوں", "تینوں").',
    "counts.one-person": 'A noun naming one person ("خاتون جاں بحق").',
    "counts.shared-total": "A total for several places: each gets 0 to the total.",
    "counts.none-phrase": 'A phrase ruling casualties out ("کوئی جانی نقصان نہیں").',
    "dates.text": "A time expression in the incident's sentences, resolved against the publication date.",
    "dates.publication-default": "A main incident with no time expression takes the publication date.",
    "dates.unresolved": "No date could be resolved.",
}

_OFF: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "urdu_events_rules_off", default=frozenset()
)
#: The set :func:`consulted` is recording into, in this context; ``None`` when none is.
_CONSULTED: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "urdu_events_rules_consulted", default=None
)
#: Whether a rule has been switched off, or the rules asked about recorded, in this process, in
#: any thread or context. Until then every rule is on everywhere and nothing records, and
#: :func:`on` (called hundreds of times per document) answers without reading the context. Set
#: before any context holds a rule switched off or a recording, never reset.
_ANY_OFF = False


def on(rule: str) -> bool:
    """Whether ``rule`` is switched on in this extraction."""
    if not _ANY_OFF:
        return True
    asked = _CONSULTED.get()
    if asked is not None:
        asked.add(rule)
    return rule not in _OFF.get()


@contextlib.contextmanager
def switched_off(rules: Iterable[str]) -> Iterator[None]:
    """Switch ``rules`` off for the code run inside the ``with`` block, besides those an
    enclosing block has switched off (an extractor's ``disable`` inside a caller's switch adds
    to it)."""
    global _ANY_OFF
    off = frozenset(rules)
    if off:
        _ANY_OFF = True  # before the context holds them: on() then reads the context
    token = _OFF.set(off | _OFF.get())
    try:
        yield
    finally:
        _OFF.reset(token)


@contextlib.contextmanager
def consulted() -> Iterator[set[str]]:
    """Record the ids of the rules that :func:`on` is asked about inside the ``with`` block.

    Yields the set the ids are added to as they are asked, whether the rule is on or off;
    the reading itself is unchanged. A rule a reading never asks about cannot change what it
    reads, so switching it off is sure to give the same output (``scripts/ablation.py`` reads
    each document once this way and switches off only the rules it consulted). The record is
    of this context only, like :func:`switched_off`: other threads are not recorded. In a
    block nested in another, the inner set holds what the inner block asked, and the outer
    set gains it when the inner block ends.

    ::

        with consulted() as asked:
            doc = pipeline(doc)
        # switching off any rule outside ``asked`` reads ``doc`` the same
    """
    global _ANY_OFF
    _ANY_OFF = True  # before the context holds the set: on() then reads the context
    outer = _CONSULTED.get()
    asked: set[str] = set()
    token = _CONSULTED.set(asked)
    try:
        yield asked
    finally:
        _CONSULTED.reset(token)
        if outer is not None:
            outer |= asked
