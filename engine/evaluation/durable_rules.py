"""One household at a time through durable-rules, behind the engine's own interface.

Known pitfalls of durable-rules 2.0.28 (../shared/ENGINEERING-NOTES.md) and how they are handled:
* A fact matching no rule raises MessageNotHandledException → every ruleset has a catch-all
  rule on the sentinel field ``_k``, so a record always matches something.
* Missing/null attributes silently match nothing → input is validated by pydantic first; each
  fact carries an explicit ``_m_<fact>`` flag and unknowns are compiled as Kleene logic.
* An exception inside an action lands in the returned state → actions only append an id to a
  list; the state is checked for an ``exception`` key after each assert.
* Identical / same-id facts are rejected → one fixed session id, and every fact is retracted
  right after it is evaluated (measured flat over 1M records).
* A registered ruleset cannot be redefined → each period's ruleset is registered once, lazily.
* The host's dispatcher threads race with the caller and the C core is not thread-safe →
  ``_run`` is disabled and one lock serialises assert…retract.
"""
from __future__ import annotations

import math
import threading

from durable.engine import Host, MessageNotHandledException

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


def _missing(fact):
    return {f"_m_{fact}": 1}


def _present(fact):
    return {f"_m_{fact}": 0}


def _compare(leaf: Leaf, threshold):
    field = f"v_{leaf.fact}"
    if leaf.op == "eq":
        return {field: threshold}
    if leaf.op == "in":
        return _or([{field: v} for v in leaf.values])
    return {OPS[leaf.op]: {field: threshold}}


def _leaf_branches(leaf: Leaf, period: Period, facts_registry: dict):
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
        out.append(({f"v_{ph}": code}, pv.value if pv.known else None))
    return out


def compile_true(node, period, facts_registry):
    """Condition under which the node is certainly true."""
    if isinstance(node, Leaf):
        guards = [_present(f) for f in node.facts_read()]
        branches = []
        for guard, thr in _leaf_branches(node, period, facts_registry):
            if thr is None and node.param is not None:
                continue  # an unknown legal value is never certainly satisfied
            branches.append(_and([guard, _compare(node, thr)]))
        return _and(guards + [_or(branches)])
    parts = [compile_true(c, period, facts_registry) for c in node.children]
    return _and(parts) if isinstance(node, All) else _or(parts)


def compile_not_false(node, period, facts_registry):
    """Condition under which the node is true or unknown (Kleene): not certainly false."""
    if isinstance(node, Leaf):
        missing = [_missing(f) for f in node.facts_read()]
        branches = []
        for guard, thr in _leaf_branches(node, period, facts_registry):
            if thr is None and node.param is not None:
                branches.append(guard)
            else:
                branches.append(_and([guard, _compare(node, thr)]))
        return _or(missing + [_or(branches)])
    parts = [compile_not_false(c, period, facts_registry) for c in node.children]
    return _and(parts) if isinstance(node, All) else _or(parts)


def _with_sentinel(cond):
    if cond is TRUE:
        return SENTINEL
    return _and([SENTINEL, cond])


class InteractiveEngine:
    """Evaluates rule states (True / False / None) for one fact record, per period."""

    def __init__(self, facts_registry: dict):
        self._facts_registry = facts_registry
        self._host = _QuietHost()
        self._lock = threading.Lock()
        self._registered: set[str] = set()
        self._reads: dict = {}
        self._fired: list[str] = []

    def _action(self, key):
        fired = self._fired

        def run(_c):
            fired.append(key)
        return run

    @staticmethod
    def ruleset_name(period: Period, family: str) -> str:
        return f"{period.key}__{family.replace('.', '_')}"

    def _register(self, period: Period, family: str):
        definition = {CATCH_ALL: {"all": [{"m": SENTINEL}], "run": self._action(CATCH_ALL)}}
        for rule in (r for r in period.rules if r.family == family):
            t = compile_true(rule.when, period, self._facts_registry)
            nf = compile_not_false(rule.when, period, self._facts_registry)
            if t is not FALSE:
                definition[f"{rule.id}#T"] = {"all": [{"m": _with_sentinel(t)}], "run": self._action(f"{rule.id}#T")}
            if nf is not FALSE:
                definition[f"{rule.id}#N"] = {"all": [{"m": _with_sentinel(nf)}], "run": self._action(f"{rule.id}#N")}
        name = self.ruleset_name(period, family)
        self._host.set_rulesets({name: definition})
        self._registered.add(name)

    def _read_by(self, period: Period, family: str) -> tuple:
        """Facts the family's rules read in this period: the only ones worth encoding (JSON is the cost)."""
        key = (period.key, family)
        names = self._reads.get(key)
        if names is None:
            names = tuple(sorted({f for r in period.rules if r.family == family
                                  for leaf in leaves(r.when) for f in leaf.facts_read()}))
            self._reads[key] = names
        return names

    def encode(self, values: dict, names=None) -> dict:
        fact = {"sid": "s", "id": "f", **SENTINEL}
        for name in (self._facts_registry if names is None else names):
            v = values.get(name)
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
                fact[f"_m_{name}"] = 1
            else:
                fact[f"_m_{name}"] = 0
                fact[f"v_{name}"] = v
        return fact

    def states(self, values: dict, period: Period, family: str) -> dict[str, bool | None]:
        """State of every rule of ``family`` in force in ``period`` for one fact record."""
        fact = self.encode(values, self._read_by(period, family))
        name = self.ruleset_name(period, family)
        with self._lock:
            if name not in self._registered:
                self._register(period, family)
            self._fired.clear()
            try:
                state = self._host.assert_fact(name, fact)
            except MessageNotHandledException:
                raise EngineConsistencyError("bản ghi không khớp quy tắc nào, kể cả quy tắc bắt mọi bản ghi") from None
            finally:
                try:
                    self._host.retract_fact(name, fact)
                except MessageNotHandledException:
                    pass
            if isinstance(state, dict) and state.get("exception"):
                raise EngineConsistencyError(f"lỗi trong hành động của quy tắc: {state['exception']}")
            fired = set(self._fired)
        if CATCH_ALL not in fired:
            raise EngineConsistencyError("quy tắc bắt mọi bản ghi không chạy")
        out = {}
        for rule in (r for r in period.rules if r.family == family):
            if f"{rule.id}#T" in fired:
                out[rule.id] = True
            elif f"{rule.id}#N" in fired:
                out[rule.id] = None
            else:
                out[rule.id] = False
        return out
