"""Actors of an item's clauses: the units a clause makes its actors, with or without a duty word
(区住建局要…, 各职能部门建立…, 建设单位完成…), the agents of 由, the partners of 会同/牵头/联合, and lists
of units that share their head word (民政、市场监督管理和相关部门). Names come from :mod:`.unit_names`
and :mod:`.unit_lists`, subjects before a duty word from :mod:`.subjects`, agents after 由 from
:mod:`.agents`; this module reads who acts in a clause."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, org_suffixes, word_list, word_pattern
from ..segment import first_word, tag_at
from .agents import agents_before_any_verb, modifies_a_noun
from .owners import NO_OWNERS, Owners
from .subject_cases import about_a_case
from .subjects import (CLAUSE_WINDOW, SUBJECT_WINDOW, bound_by_particle, modified_units, receives, subject_ends,
                       subject_owners, subject_unit)
from .unit_lists import CONJUNCTIONS, split_outside_brackets, split_units
from .unit_names import (ADDRESS, BARE_LEVEL, GENERIC, HAN_ONLY, LEVEL_CHARACTERS, SENTENCE_MARK, TRAILING_NOTE,
                         ends_a_name, is_unit, suffix_pattern, tags, unit_endings, verbal_name)

ABBREVIATED_LEVELS = "省市县区"  # 省局, 区局: the level's bureau
CLAUSE_OPENER_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "a"})  # no unit's name opens on these
CONTINUATION = re.compile(r"[、/]|以及|及|和|与|或者|或")  # a list of units goes on (或者 is a word of its own)
AGENT_VERB_LENGTH = 4  # 由…集团分批通知: the verb closing a clause after 由 and its agent
FIRST_UNIT_END = 16  # the first unit of a subject ends this near the clause's start
FOLLOWER_WINDOW = 6  # characters after a subject read to tell the word that follows it
GENERIC_END = re.compile("部门|单位|机构")
ETC_DOMAIN = re.compile(f"([{HAN_CLASS}]{{2,10}})等(?:部门|单位|机构)")  # 人力资源社会保障等部门: the domain as written
MAX_LISTED = 10  # 人力资源和社会保障 (with the level before it)
NAME_OPENER_STOPS = frozenset({"v", "vd", "d", "a", "ad", "p", "c", "u", "uj", "ul", "m", "i", "l"})
OFFICIAL_WORDS = ("负责同志", "负责人", "主要负责", "分管负责")  # after units: their officials, no actor
PASSIVE_MARKS = ("由", "被")  # after a clause's first units: they are what is acted on
PARTNER_WINDOW = 160  # 会同国家发展改革委、工业和信息化部、…等部门: lists of partners run long
PREDICATE_FOLLOWERS = frozenset({"v", "vd", "d", "ad", "a", "p", "i", "nr"})  # jieba tags of what follows a subject
OPENING_FOLLOWERS = frozenset({"vn", "nz"})  # verbs jieba reads as nouns (申报) after the units opening a sentence
CHARGE_STOPS = frozenset({"c", "d", "ad", "a", "p"})  # tags of words no charged unit's name holds after its first
KNOWN_NAME_LENGTH = 3  # 水利部 (a name), not 干部 (a word)
NAME_TAGS = frozenset({"n", "ns", "nt", "nz", "x", "j"})  # jieba tags of the words of a name
COMPOUND_TAGS = frozenset({"n", "vn", "nz"})  # a noun after a word jieba takes for a person: 社区|养老|服务设施
PLACE_ENDING = "所"  # 场所, 看守所: places, though 所 ends names of bodies (镇财政所)
LEADING_TIME = re.compile(r"^(?:每年|每季度|今年|明年)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|上旬|中旬|下旬)?(?<=[年月日底旬])(?:以前|前|起|后)?")
ABBREVIATION_STOPS = frozenset({"p", "c", "u", "uj", "ul", "r"})  # one-character words that abbreviate nothing
SINGLE_VERB_TAGS = frozenset({"n", "v"})  # jieba's tags of 商 (consult) between two names: 北京市|商|国家计委
MAX_RELATIVE = 12  # 已经建设并使用的|工作平台要: how long a relative clause and its head may run
CONTACT = re.compile("^(?:咨询|联系|办公|服务)?(?:电话|地址)")  # …科,咨询电话:…: where a unit is reached
RELATIVE = re.compile(f"[{HAN_CLASS}]{{1,4}}的")  # 配置的, 负责建设的: a verb ending a modifier
RELATIVE_VERB_TAGS = frozenset({"v", "vn", "vd"})  # jieba's tags of the verbs of such a modifier (建设: vn)
QUOTES = re.compile("[“”\"‘’]")
SHARED_PREFIXES = ("各级", "各")  # 各级发展改革、财政部门: each is 各级…部门
UNKNOWN_NAME_TAGS = frozenset({"x", "nt", "j"})  # the domain dictionary's names, organizations jieba knows, abbreviations (党委)


def actor_owners(clause: str, *, subjects: Owners | None = None, bare: bool | Callable[[], bool] = True) -> Owners:
    """The units a clause of an item makes its actors: its subject (区住建局要…, and without a duty
    word: 各职能部门建立…, 建设单位完成…), the agents of 由 (由区民政部门督促…) and the units a
    subject works with (会同相关部门, 牵头各成员单位). ``subjects``: the clause's duty subjects when
    already read; ``bare``: look for a subject without a duty word (where one can stand), or a function
    that tells, asked only where it matters."""
    if not unit_endings().search(clause):
        return NO_OWNERS
    clause = LEADING_TIME.sub("", clause)  # 3月底前省统计局完成…, 2024年市财政局将…: the time before the subject
    owners = subject_owners(clause) if subjects is None else subjects
    if not owners:
        owners = _subject_before_a_predicate(clause, bare)
    owners = owners.merged(charged_units(clause))
    for match in word_pattern("actor_openers.tsv").finditer(clause):
        after, partners = clause[match.end():], match.group() != "由"
        if partners and clause[match.start() - 1:match.start()] == "由":
            continue  # 由联合评审办公室…: the word opens the agent's name
        if partners and tag_at(clause, match.end()) is None:
            continue  # 如联合国等单位…: the word is part of a longer one, no opener
        if partners and after.startswith(word_list("own_organs.tsv")):
            continue  # 推进联合党委试点: a body's organ right after the word names a joint body, no partner
        if not partners and modifies_a_noun(after):
            continue  # 由区财政负担的部分: a noun phrase, no agent
        owners = owners.merged(_bare_subject(after, partners=partners, agent=not partners)
                               or _shared_head_subject(after, partners=partners)
                               or (NO_OWNERS if partners else agents_before_any_verb(clause[match.start():])))
    return owners


def _subject_before_a_predicate(clause: str, bare: bool | Callable[[], bool]) -> Owners:
    """Units opening the clause before a predicate (``bare``) or a list sharing its head word, else only one
    before a duty word: …,财政、教育等部门要… stands anywhere. ``bare`` may be a function asked only where a
    unit could open the clause or a list share a head word (in most clauses neither: nothing to ask)."""
    shares = _may_share_a_head(clause)
    if not shares and not (_may_open_on_a_unit(clause) and _opens_on_a_name(clause)):
        return NO_OWNERS  # what _bare_subject and _shared_head_subject find first: nothing, either way
    if bare if isinstance(bare, bool) else bare():
        return _bare_subject(clause) or _shared_head_subject(clause)
    return _shared_head_subject(clause, duty=True)


def _may_open_on_a_unit(clause: str) -> bool:
    """_bare_subject's first test: a unit's name ends near the clause's start."""
    first = _suffix_end().search(SENTENCE_MARK.split(clause[:SUBJECT_WINDOW], maxsplit=1)[0])
    return first is not None and first.end() <= FIRST_UNIT_END


def _opens_on_a_name(clause: str) -> bool:
    """_bare_subject's second test: the clause does not open on a verb, adverb or preposition."""
    return first_word(SENTENCE_MARK.split(clause[:SUBJECT_WINDOW], maxsplit=1)[0])[1] not in CLAUSE_OPENER_TAGS


def _may_share_a_head(clause: str) -> bool:
    """_shared_head_subject's first test: a list (、) before a 部门/单位/机构."""
    head = SENTENCE_MARK.split(clause[:PARTNER_WINDOW], maxsplit=1)[0]
    generic = GENERIC_END.search(head)
    return generic is not None and "、" in head[:generic.start()]


def charged_units(clause: str) -> Owners:
    """The units a letter or an opinion charges after 请, 建议 or 责成 (请你省继续…, 建议市交通局和区财政局
    先就…): the units right after the word, up to a predicate. The word must be one of its own (not
    申请, 请求), and the units names (not 建议|加快推进…)."""
    found = NO_OWNERS
    for match in word_pattern("charge_openers.tsv").finditer(clause):
        if tag_at(clause, match.start()) is None or tag_at(clause, match.end()) is None:
            continue  # 申请, 请求: the word is part of a longer one (at the clause's end nothing is charged)
        after = clause[match.end():]
        found = found.merged(_charged_after(after) or _shared_head_subject(after, partners=True))
    return found


def _charged_after(head: str) -> Owners:
    head = SENTENCE_MARK.split(head[:SUBJECT_WINDOW], maxsplit=1)[0]
    addressee = next((a for a in word_list("addressees.tsv") if head.startswith(a)), None)
    if addressee is not None:
        return Owners((addressee,))
    words = tags(head)
    if not words or _opens_a_clause(words):
        return NO_OWNERS  # 建议加快推进…: what is advised, not whom
    for match in _suffix_end().finditer(head):
        end = _past_note(head, match.end())
        rest = head[end:]
        if not rest or _continues(rest) or rest[:1] == "的" or _inside_brackets(head, end):
            continue
        if _tag_at(words, end) not in PREDICATE_FOLLOWERS:
            continue  # not the end of a word, or no predicate after it
        units = split_units(head[:end])
        return Owners(tuple(units)) if units and all(_charged_unit(u) for u in units) else NO_OWNERS
    return NO_OWNERS


def _charged_unit(unit: str) -> bool:
    """A unit's name after 请/建议: no conjunction, adverb, adjective or preposition after its first
    word and at most one verb (国家能源局派出机构; 市政府研究具体意见并提交委员会 is what is asked)."""
    if not is_unit(unit):
        return False
    following = [tag for _, tag in tags(unit)[1:]]
    return not any(tag in CHARGE_STOPS for tag in following) and following.count("v") <= 1


def opening_subject(opening: str, following: str) -> Owners:
    """The units opening a sentence's first clause when its second clause opens on a duty word:
    各区政府、各委办局,必须…; 施工单位进场施工时,应当… (units that own the duty though a comma, and
    what they do first, stand between them and the duty word)."""
    if word_pattern("duty_modals.tsv").match(following) is None or not unit_endings().search(opening) \
            or receives(following, 0):
        return NO_OWNERS  # …被评定为示范站的,|可享受补贴: the units receive
    head = opening[:CLAUSE_WINDOW]  # the whole first clause, however long its modifier (发生…的文化企业,应当…)
    if "的" not in head and _opens_a_clause(tags(head[:FIRST_UNIT_END])):
        return NO_OWNERS  # 推进…, 对…: the clause opens on its verb or a preposition, not on units
    for match in _suffix_end().finditer(head):
        end = _past_note(head, match.end())
        rest = head[end:]
        if _continues(rest) or rest[:1] == "的" or _inside_brackets(head, end):
            continue
        tag = _tag_at(tags(head[:end + FOLLOWER_WINDOW]), end)
        if tag is None and rest:  # no word starts there; at the clause's end the duty word follows it
            continue
        if _verb_and_particle(rest):
            return NO_OWNERS  # 各级政府建设的设施,|应当…: the units open a relative clause, its head is the subject
        units = split_units(head[:end])
        if not units or not all(subject_unit(u) for u in units):
            units = modified_units(head[:end])  # 设置负压病房的医疗机构,要…
        if units and (not rest or tag in PREDICATE_FOLLOWERS | OPENING_FOLLOWERS and not _name_goes_on(tag, rest)):
            return Owners(tuple(units))
        return NO_OWNERS  # the first unit's name is followed by no predicate: no list of units opens it
    return NO_OWNERS


def _verb_and_particle(rest: str) -> bool:
    """建设的…, 报送的…: nothing but a verb before 的, which makes the units and the verb a modifier of the
    noun after it (not 作为园区的…, a verb and its object)."""
    match = RELATIVE.match(rest)
    return match is not None and all(tag in RELATIVE_VERB_TAGS for _, tag in tags(match.group()[:-1]))


def item_units(item: str) -> Owners:
    """The units each piece of a list item opens on, where a lead-in (…应当提供以下信息:) gives the
    items their duty and the items name who bears it without a verb (公安部门有关…信息;, 民政部门、
    外交部门、法院有关…信息, …信息、住房公积金管理机构有关…信息): the units of the leading pieces that
    are nothing but names, up to the first piece that opens on a name and goes on, and every later
    piece opening on a name. A domain before 等部门 (人力资源社会保障等部门) is kept as written."""
    clause = SENTENCE_MARK.split(item, maxsplit=1)[0]
    found: list[str] = []
    listing = True  # still in the leading run of names
    for piece in (p.strip() for p in split_outside_brackets(clause)):
        whole = _listed_units(piece)
        if listing and whole:
            found += whole
            continue
        listing = False
        found += _opening_units(piece)
    return Owners(tuple(dict.fromkeys(found))) if found else NO_OWNERS


def _listed_units(piece: str) -> list[str]:
    """A piece that is nothing but one unit's name (民政部门), or a domain before 等部门."""
    etc = ETC_DOMAIN.fullmatch(piece)
    if etc:
        return [etc.group(1)]
    units = split_units(piece)
    words = tags(piece)
    return units if (len(units) == 1 and units[0] == piece and subject_unit(piece) and piece not in GENERIC
                     and words[0][1] not in CLAUSE_OPENER_TAGS  # not 提档园区
                     and (len(words) == 1 or _named_unit(piece) or _long_ending(piece))
                     ) else []  # 法院, 街道办事处; not 谋划部署


def _opening_units(piece: str) -> list[str]:
    """The name a piece opens on, followed by a word of its own that continues no name."""
    for match in _suffix_end().finditer(piece[:SUBJECT_WINDOW]):
        end = _past_note(piece, match.end())
        rest = piece[end:]
        if not rest or _continues(rest) or rest[:1] == "的" or _inside_brackets(piece, end):
            continue
        tag = _tag_at(tags(piece[:end + FOLLOWER_WINDOW]), end)
        if tag is None or _level_goes_on(piece[:end], rest) or _name_goes_on(tag, rest):
            continue  # 住房城乡|建设部门, 区级社区|养老服务设施
        return _listed_units(piece[:end])
    return []


def _long_ending(unit: str) -> bool:
    """自然资源部门, 街道办事处: the name ends on a suffix of two characters or more."""
    suffix = suffix_pattern().search(unit)
    return suffix is not None and len(suffix.group()) > 1


def _level_goes_on(unit: str, rest: str) -> bool:
    """住房城乡|建设部门: a name ending on a level's character (乡, 村) that a department's ending follows
    within a few characters goes on: the level is a word of the name."""
    return unit[-1:] in LEVEL_CHARACTERS and GENERIC_END.search(rest[:FOLLOWER_WINDOW]) is not None


def _only_a_name(clause: str) -> bool:
    units = split_units(clause)
    return len(units) == 1 and units[0] == clause and subject_unit(clause) and _named_unit(clause)


def contact_unit(opening: str, following: str) -> Owners:
    """A sentence opening on nothing but a unit's name, its next clause on where to find it (天河区…工作科,
    天河区…1号楼5016室, | …科,咨询电话:…): the unit that receives and answers, the owner of its item."""
    if CONTACT.search(following) is None and ADDRESS.search(following) is None:
        return NO_OWNERS
    return Owners((opening,)) if _only_a_name(opening) else NO_OWNERS


def listed_opening(opening: str, subject: Owners) -> Owners:
    """A sentence opening on a clause that is nothing but a list of units, its second clause on more
    units and their duty word (市民政局、区民政局,各街道办事处应当…): the first list shares the duty."""
    if not unit_endings().match(opening[-1:]) or _opens_a_clause(tags(opening[:FIRST_UNIT_END])):
        return subject
    units = split_units(opening)
    if units and all(subject_unit(u) and _named_unit(u) for u in units):
        return Owners(tuple(units)).merged(subject)
    return subject


def _bare_subject(head: str, *, partners: bool = False, agent: bool = False) -> Owners:
    """Units opening ``head`` and followed by a predicate (a verb, adverb or preposition as jieba tags
    it): 各职能部门建立健全…, 市财政部门按规定…. The shortest list of units that such a word follows
    wins; a unit's end that another suffix continues (市财政|部门) or a list goes on after (、 和) is
    no end. ``partners``: units after 会同/牵头, where any word may follow (会同相关部门,根据…); ``agent``:
    units after 由: where no predicate follows them but a short verb ends the clause (jieba reads it as a
    noun or a numeral: 由…服务处汇总, 由…集团分批通知), they are its agents."""
    clause = SENTENCE_MARK.split(head, maxsplit=1)[0]
    head = clause[:PARTNER_WINDOW if partners else SUBJECT_WINDOW]
    first = _suffix_end().search(head)
    if first is None or first.end() > FIRST_UNIT_END:
        return NO_OWNERS  # no unit's name ends near the start: no unit opens the clause (most clauses)
    if not partners and first_word(head)[1] in CLAUSE_OPENER_TAGS:
        return NO_OWNERS  # 推进…, 加强…: most clauses open on their verb (read from the dictionary alone)
    words: tuple[tuple[str, str], ...] = ()
    read = 0  # how far into the head ``words`` reach
    found = NO_OWNERS
    for match in _suffix_end().finditer(head):
        end = _past_note(head, match.end())
        rest = head[end:]
        if not rest and not partners or _continues(rest) or rest[:1] == "的" or _inside_brackets(head, end) \
                or bound_by_particle(head, end):
            continue
        if end + FOLLOWER_WINDOW > read:  # the units and the word after them are enough to read
            opening = not words
            read = end + FOLLOWER_WINDOW
            words = tags(head[:read])
            if opening and not partners and _opens_a_clause(words):
                return NO_OWNERS  # 推进…, 加强…: most clauses open on their verb, and name no subject
        tag = _tag_at(words, end)
        if tag is None:
            continue  # not a word boundary (主要 holds no 要)
        units = split_units(head[:end])
        if not units or not all(subject_unit(u) for u in units) or not _named_list(units):
            continue
        if not partners:
            if rest.startswith(OFFICIAL_WORDS):
                return NO_OWNERS  # 由…等部门负责同志组成: the units' officials, people
            passive = rest.startswith(PASSIVE_MARKS)  # 试点城市由省级部门推荐: the units are acted on
            # RELATIVE: 各级政府配置的设施应…: the units open a clause that names the subject, not the subject;
            # a copula (区供水公司属国有企业): the units are described, not charged
            predicate = (tag in PREDICATE_FOLLOWERS and not _name_goes_on(tag, rest)
                         or _known_verb().match(rest) is not None
                         or tag == "vn" and _verb_after(words, end))  # 国家能源局研究建立…
            if passive or receives(rest, 0) or RELATIVE.match(rest) or _relative_clause(rest) or rest.startswith(
                    word_list("copula_verbs.tsv")):
                return NO_OWNERS  # 服务机构可按规定申请补贴: it receives, and owns nothing by it
            if not predicate:
                if agent and len(rest) <= AGENT_VERB_LENGTH:
                    found = Owners(tuple(units))  # 由…服务处汇总: a short verb, read as a noun, ends the clause
                continue  # 省政府|督查室在…: the name goes on past a word that ends a shorter one
            if _only_a_name(head):
                return NO_OWNERS  # 区人社局就业促进科: a clause that is one name has no predicate after a part
            if about_a_case(first_word(rest)[0], clause[end:], inner=True):
                return NO_OWNERS  # 某组织按照…享受过…的不再给予补贴: whom the case is about
            return Owners(tuple(units))
        found = Owners(tuple(units))  # 牵头区旧区改造工作组各成员单位: the longest list; 会同有关部门 (a group owner)
    return found


def _relative_clause(rest: str) -> bool:
    """各区|已经上线的服务平台要…: the units open a relative clause whose head, after 的, is the
    subject of the duty word that follows it, not the units."""
    before = rest.split("的", 1)
    return len(before) == 2 and len(before[0]) <= MAX_RELATIVE and word_pattern("duty_modals.tsv").search(
        before[1][:MAX_RELATIVE]) is not None and word_pattern("duty_modals.tsv").search(before[0]) is None


def _name_goes_on(tag: str, rest: str) -> bool:
    """居家社区|养老服务中心: jieba reads 养老 as a person's name, but a longer unit's ending follows
    within a few characters, or a noun right after it (区级社区|养老服务设施), so the name or the
    noun phrase goes on."""
    if tag != "nr":
        return False
    following = tags(rest)[1:2]
    return _suffix_end().search(rest[:FOLLOWER_WINDOW]) is not None or (
        bool(following) and following[0][1] in COMPOUND_TAGS)


def _continues(rest: str) -> bool:
    """The name or the list goes on: 市财政|部门, 区民政部门|、镇人民政府 (but not 区建管委|委托, nor
    …总公司|及时清算: a conjunction of one character that opens a longer word joins nothing)."""
    suffix = _suffix_end().match(rest)
    joined = CONTINUATION.match(rest)
    if joined is not None and len(joined.group()) == 1 and joined.group() not in "、/":
        joined = joined if first_word(rest)[0] == joined.group() else None
    return joined is not None or suffix is not None and len(suffix.group()) > 1


def _shared_head_subject(clause: str, *, partners: bool = False, duty: bool = False) -> Owners:
    """A list of units that share their head word opening a duty clause: 民政、市场监督管理和相关部门
    应当… (民政部门, 市场监督管理部门, 相关部门); 区发展改革、财政、税务等有关部门在… (as written).
    ``partners``: after 会同/联合, where any word may follow; ``duty``: only before a duty word."""
    head = SENTENCE_MARK.split(clause[:PARTNER_WINDOW], maxsplit=1)[0]
    generic = GENERIC_END.search(head)
    if generic is None or "、" not in head[:generic.start()]:
        return NO_OWNERS  # no list before a 部门/单位/机构: nothing shares a head word
    for match in _suffix_end().finditer(head):
        end = _past_note(head, match.end())
        rest = head[end:]
        if not rest and not partners or _continues(rest):
            continue
        units = shared_head_units(head[:end])
        if units:
            if rest.startswith(OFFICIAL_WORDS):
                return NO_OWNERS  # 教育部、民政部等部门负责同志: their officials
            if partners:
                return Owners(tuple(units))
            tag = _tag_at(tags(head), end)
            stated = subject_ends().match(rest) is not None or not duty and tag in PREDICATE_FOLLOWERS
            return Owners(tuple(units)) if stated else NO_OWNERS
    return NO_OWNERS


def shared_head_units(text: str) -> list[str]:
    """Units listed by the words that tell them apart, sharing the head word of the list's last unit:
    with 等 (区发展改革、财政、税务等有关部门) they are kept as written; without it the head is
    given to each (各级发展改革、财政部门和市残联 → 各级发展改革部门, 各级财政部门, 市残联). [] for
    anything else."""
    pieces = _without_levels([p.strip() for p in split_outside_brackets(text.strip())])
    if len(pieces) < 2:
        return []
    etc = next((k for k, p in enumerate(pieces) if "等" in p), None)
    if etc is not None:
        names = [*pieces[:etc], pieces[etc].split("等", 1)[0]]
        # 区建设管理委(区交通委)、区水务局等部门: a unit's note (its other name) is no part of the piece read
        bare = [TRAILING_NOTE.sub("", n) for n in names]
        return names if len(names) > 1 and not _opens_on_a_duty(bare[0]) and all(
            _listed_name(n, domain=True) and not _holds_a_preposition(n) for n in bare) else []
    tail = [p for p in CONJUNCTIONS.split(pieces[-1]) if p]
    generic = next(((k, g) for k, p in enumerate(tail) for g in GENERIC if p.endswith(g)), None)
    if generic is None:
        return []
    at, suffix = generic
    leading = [*pieces[:-1], *tail[:at]]
    if not all(_listed_name(n) and n not in GENERIC and (n in org_suffixes() or not suffix_pattern().search(n))
               for n in leading) \
            or not all(subject_unit(u) and _named_unit(u) for u in tail[at:]):
        return []  # 民政、…和相关部门; not 区民政部门、镇政府督促运营机构 (named units need no head)
    prefix = next((p for p in SHARED_PREFIXES if leading[0].startswith(p)), "") or _level_prefix(leading[0])
    named = [n if n.startswith(prefix) else prefix + n for n in [*leading, tail[at][:-len(suffix)]]]
    return [n + suffix for n in named] + tail[at + 1:]


def _opens_on_a_duty(name: str) -> bool:
    """应…, 请科技部: a duty word or a charge (请, 建议) opening the list, no part of a unit's name."""
    return (word_pattern("duty_modals.tsv").match(name) is not None
            or word_pattern("charge_openers.tsv").match(name) is not None)


def _level_prefix(name: str) -> str:
    """市人力资源和社会保障、民政部门: a level written as a word of its own before the first unit is
    every unit's level (市民政部门); not the 市 of 市场监管."""
    first = tags(name)[0][0]
    return first if first in ABBREVIATED_LEVELS and len(first) == 1 else ""


def _without_levels(pieces: list[str]) -> list[str]:
    """市、区教育、公安…等单位: the levels the list opens on are the levels of every unit in it, no
    unit of their own; the units are the words that tell them apart (教育, 公安, …)."""
    levels = 0
    while levels + 1 < len(pieces) and len(pieces[levels]) == 1 and pieces[levels] in LEVEL_CHARACTERS \
            and pieces[levels + 1][:1] in LEVEL_CHARACTERS:
        levels += 1
    return [pieces[levels][1:], *pieces[levels + 1:]] if levels else pieces


def _listed_name(name: str, *, domain: bool = False) -> bool:
    """A piece of a list of units: a few characters of Han, not opening on a verb or a particle;
    a ``domain`` before 等部门 (公安、审计等部门) may be any word."""
    if not 2 <= len(name) <= MAX_LISTED or HAN_ONLY.fullmatch(name) is None:
        return False
    if domain:
        return True
    first, tag = tags(name)[0]
    return len(first) == 1 or tag not in NAME_OPENER_STOPS  # 住建: one-character words abbreviate


def _holds_a_preposition(name: str) -> bool:
    """成员由教育部, 北京市商国家计委: a clause around a name, not a domain of a list (公安、审计等部门)."""
    words = tags(name)
    return any(tag == "p" for _, tag in words) or _two_names(words)


def _opens_a_clause(words: tuple[tuple[str, str], ...]) -> bool:
    """The head opens on a verb, adverb, preposition …: no unit's name starts so (建设单位 does)."""
    first, tag = words[0]
    return tag in NAME_OPENER_STOPS or tag == "vn" and not (len(words) > 1 and words[1][0] in org_suffixes())


def _named_list(units: list[str]) -> bool:
    """Units that look like names; in a list beside a name, a bare ending names its class (街道和…管理机构)."""
    named = [_named_unit(u) for u in units]
    return all(named) or len(units) > 1 and any(named) and all(n or u in org_suffixes() for n, u in zip(named, units))


def _named_unit(unit: str) -> bool:
    """A unit as a subject without a duty word must look like a name: it opens on no verb, adverb or
    preposition (推进中小金融机构, 是…), holds no quotation, and a one-character ending is a word of
    its own or ends a name jieba does not know (区规划资源局, not 世界百年变局 or 城镇)."""
    if len(unit) < 2 or unit in GENERIC or BARE_LEVEL.match(unit) or QUOTES.search(unit) or unit in org_suffixes():
        return False  # an ending alone (办公室 of 治理工作联合办公室) names no unit
    words = tags(TRAILING_NOTE.sub("", unit))
    first, first_tag = words[0]
    if (first_tag in NAME_OPENER_STOPS or first_tag == "vn" and not (len(words) == 2 and words[1][0] in org_suffixes())) \
            and not verbal_name(words):
        return False  # 发展嵌入式社区, 协同盐渎街道; but 建设单位, 监督管理部门, 就业见习单位
    if any(CONJUNCTIONS.fullmatch(word) and not (k + 1 < len(words) and words[k + 1][1] in UNKNOWN_NAME_TAGS)
           for k, (word, _) in enumerate(words)):
        return False  # 深化零基预算改革和省以下财政: a clause (工业和信息化部 is one word, 市规划和自然资源局 a name)
    if _two_names(words):
        return False  # 北京市商国家计委: a region consulting a body, not one name
    last, tag = words[-1]
    if last in word_list("weak_subjects.tsv"):
        return False
    if ends_a_name(unit, len(unit) - 1):
        return True  # 区级残联|组织: a long ending (残联组织) that jieba splits into a noun and a verb
    suffix = suffix_pattern().search(last)
    return last in word_list("collective_owners.tsv") or suffix is not None and (
        len(suffix.group()) > 1 or last == suffix.group() or tag in UNKNOWN_NAME_TAGS
        or _level_abbreviation(last) or _known_name(words))


def _two_names(words: tuple[tuple[str, str], ...]) -> bool:
    """A place jieba knows (ns) and a word of one character that ends no name, then a name of two
    characters or more: two names and the verb joining them (北京市|商|国家计委), not one name."""
    return any(first == "ns" and len(middle) == 1 and tag in SINGLE_VERB_TAGS and unit_endings().match(middle) is None
               and len(last) > 1 for (_, first), (middle, tag), (last, _) in zip(words, words[1:], words[2:]))


def _known_name(words: tuple[tuple[str, str], ...]) -> bool:
    """水利部, 地震局, 国家劳动保障部: a noun jieba knows, of three characters or more and ending on a
    one-character suffix, after nothing but names, names a body (two-character nouns so ending are words:
    干部, 格局; one ending on 所 is a place: 场所, 看守所; a verb before it makes a clause: 办公室设在教育部).
    Words of one character are abbreviations whatever jieba tags them (区|住|建|园林局)."""
    last, tag = words[-1]
    return (tag == "n" and len(last) >= KNOWN_NAME_LENGTH and not last.endswith(PLACE_ENDING)
            and all(t in NAME_TAGS or len(w) == 1 and t not in ABBREVIATION_STOPS for w, t in words[:-1]))


def _level_abbreviation(word: str) -> bool:
    """省局, 市局, 区局: a level and a one-character ending name the level's bureau (乡村, 县乡 are no units)."""
    return len(word) == 2 and word[0] in ABBREVIATED_LEVELS and word[1] not in LEVEL_CHARACTERS


def _past_note(head: str, end: int) -> int:
    """镇人民政府(街道办事处): the bracketed note after a unit belongs to it."""
    if head[end:end + 1] in ("(", "（"):
        close = next((i for i in range(end + 1, len(head)) if head[i] in ")）"), -1)
        return close + 1 if close > 0 else end
    return end


def _inside_brackets(head: str, end: int) -> bool:
    """国务院有关部门(单位|): a unit's ending inside a bracket that is still open is no end."""
    return sum(head.count(c, 0, end) for c in "(（") > sum(head.count(c, 0, end) for c in ")）")


def _verb_after(words: tuple[tuple[str, str], ...], position: int) -> bool:
    """The word after the one starting at ``position`` is a verb, not a duty word (研究|建立, but not
    医院考核|应采用: there the noun 考核 is the subject)."""
    offset = 0
    for k, (word, _) in enumerate(words):
        if offset == position:
            following = words[k + 1] if k + 1 < len(words) else ("", "")
            return following[1] == "v" and word_pattern("duty_modals.tsv").fullmatch(following[0]) is None
        offset += len(word)
    return False


def _tag_at(words: list[tuple[str, str]], position: int) -> str | None:
    """The tag of the word starting at ``position``, "" at the end; None inside a word."""
    offset = 0
    for word, tag in words:
        if offset == position:
            return tag
        offset += len(word)
        if offset > position:
            return None
    return "" if offset == position else None


@cache
def _suffix_end() -> re.Pattern[str]:
    return re.compile(alternation((*org_suffixes(), *word_list("collective_owners.tsv"))))


@cache
def _known_verb() -> re.Pattern[str]:
    """Duty and agent verbs that jieba may tag as nouns (指导, 印发) after a subject."""
    return re.compile(alternation((*word_list("subject_verbs.tsv"), *word_list("agent_verbs.tsv"))))
