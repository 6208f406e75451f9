"""The condition language of rules/: ``all`` / ``any`` over leaves ``{fact, op, param | value | values}``.

Numbers never appear as literals: a threshold is always a parameter, so the law's numbers stay in
rules/parameters with their citations. Literals are limited to enum codes and booleans.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from engine.errors import RulesError
from engine.law.yamlfile import line_of

OPS = ("lt", "lte", "gt", "gte", "eq", "neq", "in")
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Leaf:
    fact: str
    op: str
    param: str | None = None  # may contain one {fact} placeholder over an enum fact
    value: object = None  # enum code or bool, for eq / neq
    values: tuple = ()  # enum codes, for in
    label: str | None = None  # optional Vietnamese wording of the condition

    @functools.cached_property  # read for every leaf of every screening: parsed once
    def placeholder(self) -> str | None:
        if self.param is None:
            return None
        m = PLACEHOLDER.search(self.param)
        return m.group(1) if m else None

    def param_name(self, facts: dict) -> str | None:
        """The parameter name with its placeholder filled from ``facts`` (None if it cannot be)."""
        ph = self.placeholder
        if ph is None:
            return self.param
        v = facts.get(ph)
        if v is None:
            return None
        return self.param.replace("{" + ph + "}", str(v))

    def facts_read(self) -> tuple[str, ...]:
        return self._facts_read

    @functools.cached_property
    def _facts_read(self) -> tuple[str, ...]:
        return (self.fact,) + ((self.placeholder,) if self.placeholder else ())


@dataclass(frozen=True)
class All:
    children: tuple


@dataclass(frozen=True)
class Any:
    children: tuple


Node = Leaf | All | Any


def leaves(node: Node):
    if isinstance(node, Leaf):
        yield node
    else:
        for c in node.children:
            yield from leaves(c)


def parse(doc, file: str, fact_registry: dict, param_names: set[str], where: str) -> Node:
    if not isinstance(doc, dict):
        raise RulesError(file, line_of(doc), f"{where}: điều kiện phải là bảng (all / any / fact)")
    if "all" in doc or "any" in doc:
        if len(doc) != 1:
            raise RulesError(file, line_of(doc), f"{where}: 'all'/'any' phải đứng một mình trong bảng")
        key = "all" if "all" in doc else "any"
        items = doc[key]
        if not isinstance(items, list) or not items:
            raise RulesError(file, line_of(doc), f"{where}: '{key}' phải là danh sách không rỗng")
        children = tuple(parse(c, file, fact_registry, param_names, where) for c in items)
        return All(children) if key == "all" else Any(children)
    return _parse_leaf(doc, file, fact_registry, param_names, where)


def _parse_leaf(doc, file, fact_registry, param_names, where) -> Leaf:
    line = line_of(doc)
    extra = set(doc) - {"fact", "op", "param", "value", "values", "label"}
    if extra:
        raise RulesError(file, line, f"{where}: trường không được phép trong điều kiện: {', '.join(sorted(extra))}")
    fact = doc.get("fact")
    op = doc.get("op")
    if fact not in fact_registry:
        raise RulesError(file, line, f"{where}: dữ kiện '{fact}' không có trong rules/facts.yaml")
    if op not in OPS:
        raise RulesError(file, line, f"{where}: phép so sánh '{op}' không hợp lệ ({', '.join(OPS)})")
    spec = fact_registry[fact]
    kinds = [k for k in ("param", "value", "values") if k in doc]
    if len(kinds) != 1:
        raise RulesError(file, line, f"{where}: điều kiện cần đúng một trong 'param', 'value', 'values'")
    kind = kinds[0]
    if kind == "param":
        param = doc["param"]
        if op == "in":
            raise RulesError(file, line, f"{where}: 'in' cần 'values', không dùng 'param'")
        if spec["type"] not in ("money", "count", "number", "months", "days", "age"):
            raise RulesError(file, line, f"{where}: so sánh dữ kiện '{fact}' (kiểu {spec['type']}) với tham số không được phép")
        m = PLACEHOLDER.search(param)
        if m:
            ph = m.group(1)
            ph_spec = fact_registry.get(ph)
            if not ph_spec or ph_spec["type"] != "enum":
                raise RulesError(file, line, f"{where}: '{{{ph}}}' phải là dữ kiện kiểu enum")
            names = [param.replace("{" + ph + "}", code) for code in ph_spec["values"]]
        else:
            names = [param]
        for n in names:
            if n not in param_names:
                raise RulesError(file, line, f"{where}: tham số '{n}' không tồn tại trong rules/parameters")
        return Leaf(fact, op, param=param, label=doc.get("label"))
    if kind == "value":
        value = doc["value"]
        if op not in ("eq", "neq"):
            raise RulesError(file, line, f"{where}: 'value' chỉ dùng với eq / neq; ngưỡng số phải là tham số")
        _check_literal(value, spec, file, line, where, fact)
        return Leaf(fact, op, value=value, label=doc.get("label"))
    values = doc["values"]
    if op != "in" or not isinstance(values, list) or not values:
        raise RulesError(file, line, f"{where}: 'values' là danh sách không rỗng, dùng với op: in")
    for v in values:
        _check_literal(v, spec, file, line, where, fact)
    return Leaf(fact, op, values=tuple(values), label=doc.get("label"))


def _check_literal(value, spec, file, line, where, fact):
    if isinstance(value, bool):
        if spec["type"] != "bool":
            raise RulesError(file, line, f"{where}: dữ kiện '{fact}' không phải kiểu đúng/sai")
        return
    if isinstance(value, (int, float)):
        raise RulesError(file, line, f"{where}: không được ghi số {value} trực tiếp; đưa ngưỡng vào rules/parameters có căn cứ")
    if spec["type"] != "enum" or value not in spec["values"]:
        raise RulesError(file, line, f"{where}: giá trị '{value}' không thuộc miền của '{fact}'")
