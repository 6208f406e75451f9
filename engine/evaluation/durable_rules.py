"""One household at a time through durable-rules, behind the engine's own interface.

Known pitfalls of durable-rules 2.0.28 (../shared/ENGINEERING-NOTES.md) and how they are handled:
* A fact matching no rule raises MessageNotHandledException → every ruleset has a catch-all
  rule on the sentinel field ``_k``, so a record always matches something.
* Missing/null attributes silently match nothing → input is validated by pydantic first; each
  fact carries an explicit ``_m_<fact>`` flag and unknowns are compiled as Kleene logic.
* An exception inside an action lands in the returned state → no Python action runs at all: the
  engine drains the C core's queue of fired rules itself (``_assert``), and an error while draining
  empties the queue before it is reported, so the next record never sees this one's rules.
* Identical / same-id facts are rejected → one fixed session id, and every fact is retracted
  right after it is evaluated (measured flat over 1M records).
* A registered ruleset cannot be redefined → each (period, families) ruleset is registered once, lazily.
* The host's dispatcher threads race with the caller and the C core is not thread-safe →
  ``_run`` is disabled and one lock serialises assert…retract.
"""
from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass

import durable_rules_engine as core

from durable.engine import Host

from engine.law.conditions import All, Leaf, leaves
from engine.errors import EngineConsistencyError
from engine.law.periods import Period

SENTINEL = {"_k": "f"}
CATCH_ALL = "__seen__"
OPS = {"lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte", "neq": "$neq"}
TRUE, FALSE = "TRUE", "FALSE"  # compile-time constants, simplified away


class _QuietHost(Host):
    def _run(self):  # no background dispatcher: actions run inline, on the caller's thread
        pass


def _and(parts):
    parts = [p for p in parts if p is not TRUE]
    if any(p is FALSE for p in parts):
        return FALSE
    if not parts:
        return TRUE
    return parts[0] if len(parts) == 1 else {"$and": parts}


def _or(parts):
    parts = [p for p in parts if p is not FALSE]
    if any(p is TRUE for p in parts):
        return TRUE
    if not parts:
        return FALSE
    return parts[0] if len(parts) == 1 else {"$or": parts}


def _plain(fact: str) -> str:
    return fact


def _missing(fact, name=_plain):
    return {f"_m_{name(fact)}": 1}


def _present(fact, name=_plain):
    return {f"_m_{name(fact)}": 0}


def _compare(leaf: Leaf, threshold, name=_plain):
    field = f"v_{name(leaf.fact)}"
    if leaf.op == "eq":
        return {field: threshold}
    if leaf.op == "in":
        return _or([{field: v} for v in leaf.values])
    return {OPS[leaf.op]: {field: threshold}}


def _leaf_branches(leaf: Leaf, period: Period, facts_registry: dict, name=_plain):
    """[(guard, threshold | None-if-unknown)] — one branch per value of the placeholder fact."""
    if leaf.param is None:
        return [(TRUE, leaf.value)]
    ph = leaf.placeholder
    if ph is None:
        pv = period.params[leaf.param]
        return [(TRUE, pv.value if pv.known else None)]
    out = []
    for code in facts_registry[ph]["values"]:
        pv = period.params[leaf.param.replace("{" + ph + "}", code)]
        out.append(({f"v_{name(ph)}": code}, pv.value if pv.known else None))
    return out


def compile_true(node, period, facts_registry, name=_plain):
    """Condition under which the node is certainly true. ``name`` maps a fact to its field (a family
    sharing a ruleset with others reads its own facts under its own names)."""
    if isinstance(node, Leaf):
        guards = [_present(f, name) for f in node.facts_read()]
        branches = []
        for guard, thr in _leaf_branches(node, period, facts_registry, name):
            if thr is None and node.param is not None:
                continue  # an unknown legal value is never certainly satisfied
            branches.append(_and([guard, _compare(node, thr, name)]))
        return _and(guards + [_or(branches)])
    parts = [compile_true(c, period, facts_registry, name) for c in node.children]
    return _and(parts) if isinstance(node, All) else _or(parts)


def compile_not_false(node, period, facts_registry, name=_plain):
    """Condition under which the node is true or unknown (Kleene): not certainly false."""
    if isinstance(node, Leaf):
        missing = [_missing(f, name) for f in node.facts_read()]
        branches = []
        for guard, thr in _leaf_branches(node, period, facts_registry, name):
            if thr is None and node.param is not None:
                branches.append(guard)
            else:
                branches.append(_and([guard, _compare(node, thr, name)]))
        return _or(missing + [_or(branches)])
    parts = [compile_not_false(c, period, facts_registry, name) for c in node.children]
    return _and(parts) if isinstance(node, All) else _or(parts)


def _with_sentinel(cond):
    if cond is TRUE:
        return SENTINEL
    return _and([SENTINEL, cond])


@dataclass(frozen=True)
class _Group:
    """One registered ruleset: the rules of several families of one period, and how to encode a record."""
    name: str
    rules: tuple  # (family, rule) in order
    fields: tuple  # (field, fact, index of the family whose own value it is | None = shared)


def _own_name(index: int):
    def name(fact: str) -> str:
        return f"{fact}__{index}"
    return name


class InteractiveEngine:
    """Evaluates rule states (True / False / None) for one fact record, per period.

    Several families are evaluated with one assert (``states_of``): their rules share one ruleset and
    the record carries every fact once — except the facts named ``own``, whose value differs between
    families (a program's outstanding balance), carried once per family under its own field name.
    The C core is driven directly (assert, then drain the queued actions, then retract): the host's
    Python glue re-encoded the state as JSON and built a closure for every fired rule.
    """

    def __init__(self, facts_registry: dict):
        self._facts_registry = facts_registry
        self._host = _QuietHost()
        self._lock = threading.Lock()
        self._groups: dict = {}
        self._fired: list[str] = []

    @staticmethod
    def ruleset_name(period: Period, family: str) -> str:
        return f"{period.key}__{family.replace('.', '_')}"

    def _group(self, period: Period, families: tuple, own: frozenset) -> _Group:
        key = (period.key, families, own)
        group = self._groups.get(key)
        if group is None:
            group = self._register(period, families, own)
            self._groups[key] = group
        return group

    def _register(self, period: Period, families: tuple, own: frozenset) -> _Group:
        definition = {CATCH_ALL: {"all": [{"m": SENTINEL}], "run": _never}}
        rules, fields = [], {}
        for index, family in enumerate(families):
            own_name = _own_name(index)

            def name(fact, own_name=own_name):
                return own_name(fact) if fact in own else fact
            for rule in period.rules_of(family):
                rules.append((family, rule))
                for leaf in leaves(rule.when):
                    for f in leaf.facts_read():
                        fields[name(f)] = (f, index if f in own else None)
                t = compile_true(rule.when, period, self._facts_registry, name)
                nf = compile_not_false(rule.when, period, self._facts_registry, name)
                if t is not FALSE:
                    definition[f"{rule.id}#T"] = {"all": [{"m": _with_sentinel(t)}], "run": _never}
                if nf is not FALSE:
                    definition[f"{rule.id}#N"] = {"all": [{"m": _with_sentinel(nf)}], "run": _never}
        name = self.ruleset_name(period, families[0]) if len(families) == 1 else f"{period.key}__group{len(self._groups)}"
        self._host.set_rulesets({name: definition})
        return _Group(name, tuple(rules), tuple((fld, fact, idx) for fld, (fact, idx) in sorted(fields.items())))

    def states(self, values: dict, period: Period, family: str) -> dict[str, bool | None]:
        """State of every rule of ``family`` in force in ``period`` for one fact record."""
        return self.states_of(period, values, [(family, values)])[family]

    def states_of(self, period: Period, shared: dict, families: list, own=frozenset()) -> dict[str, dict]:
        """{family: {rule id: state}} for [(family, its own values)], with one assert.

        Facts not in ``own`` are read from ``shared``: the caller guarantees every family sees the
        same value for them."""
        own = frozenset(own)
        with self._lock:
            group = self._group(period, tuple(f for f, _v in families), own)
            fact = {"sid": "s", "id": "f", **SENTINEL}
            for field, name, index in group.fields:
                _put(fact, field, (shared if index is None else families[index][1]).get(name))
            fired = self._assert(group.name, json.dumps(fact, ensure_ascii=False))
        if CATCH_ALL not in fired:
            raise EngineConsistencyError("quy tắc bắt mọi bản ghi không chạy")
        out: dict[str, dict] = {f: {} for f, _v in families}
        for family, rule in group.rules:
            if f"{rule.id}#T" in fired:
                out[family][rule.id] = True
            elif f"{rule.id}#N" in fired:
                out[family][rule.id] = None
            else:
                out[family][rule.id] = False
        return out

    def _assert(self, ruleset: str, payload: str) -> set[str]:
        """Assert one record, collect the names of the rules it fired, retract it (under the lock)."""
        handle = self._host.get_ruleset(ruleset)._handle
        code, state = core.assert_fact(handle, payload)
        if code == 1:
            raise EngineConsistencyError("bản ghi không khớp quy tắc nào, kể cả quy tắc bắt mọi bản ghi")
        if code != 0:  # 2: the same record is still asserted (a retract was lost)
            raise EngineConsistencyError(f"durable-rules từ chối bản ghi (mã {code})")
        fired = self._fired
        fired.clear()
        try:
            try:
                result = core.start_action_for_state(handle, state)
                message = result[1] if result else None
                while message:
                    # '{"<rule name>":{"m":…}}': the name is all we need, no JSON decoding
                    fired.append(message[2:message.index('"', 2)])
                    message = core.complete_and_start_action(handle, state)
            except Exception as exc:  # noqa: BLE001 - reported, and the queue is drained below
                _drain(handle, state)
                raise EngineConsistencyError(f"lỗi trong hành động của quy tắc: {exc}") from None
        finally:
            core.retract_fact(handle, payload)
        return set(fired)


def _never(_c):  # pragma: no cover - the host never dispatches: InteractiveEngine drains the actions itself
    raise AssertionError("durable-rules host dispatch is disabled")


def _drain(handle, state) -> None:
    """Complete every queued action so the next record starts from an empty queue."""
    try:
        while core.complete_and_start_action(handle, state):
            pass
    except Exception:  # noqa: BLE001 - nothing was queued
        pass


def _put(fact: dict, field: str, v) -> None:
    """One fact value as durable-rules can read it: ``_m_<field>`` 1 when unknown, else ``v_<field>``."""
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            v = None  # not a number: unknown, as the scalar evaluator treats it
        elif abs(v) >= 1e15:
            v = int(v)  # durable-rules' JSON parser rejects exponents like 1e+20 (error 204)
        elif "e" in repr(v) and "." not in repr(v):
            # …and "5e-07" (no decimal point), while "5.000000000000001e-07" parses: one ulp
            # cannot change a comparison with any threshold in rules/.
            v = math.nextafter(v, math.inf)
    if v is None:
        fact[f"_m_{field}"] = 1
    else:
        fact[f"_m_{field}"] = 0
        fact[f"v_{field}"] = v
