"""The review book as offline HTML: an index, one page per chapter, a page of gaps, one page of
scenarios per feature file, and a style sheet. No script, no font, no CDN: it opens from a folder.

:func:`render` returns {relative path: text}, used both to write a folder (``review-book --out``)
and to serve the pages from the web app.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

from engine.decisions import fmt
from engine.law.parameters import UNITS
from . import model, results
from engine.decisions import rule_wording as wording
from .catalogue import Case

UNVERIFIED = "căn cứ chưa xác minh"
KIND_LABELS = {"poverty": "Chuẩn nghèo", "indicators": "Chỉ số thiếu hụt", "lending": "Điều kiện chung",
               "program": "Chương trình cho vay", "other": "Khác"}
CONFIDENCE = {"C2": "C2 — đối chiếu văn bản gốc", "C1": "C1 — theo nguồn thứ cấp", "U": "U — chưa xác minh"}
GAPS_PAGE = "chua-bao-phu.html"

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#222;line-height:1.45}
header.top{background:#1f4e79;color:#fff;padding:10px 24px}header.top a{color:#fff;margin-right:16px}
main{max-width:1150px;margin:0 auto;padding:16px 24px}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:4px}
h3{font-size:1.05em;margin:1.4em 0 .3em}
table{border-collapse:collapse;margin:8px 0;font-size:.9em;width:100%}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#eef3f8}td.n{text-align:right;white-space:nowrap}
.tag{display:inline-block;border-radius:3px;padding:0 5px;font-size:.8em;font-weight:600;border:1px solid #999}
.c-C2{background:#e2efda;border-color:#70ad47}.c-C1{background:#fff2cc;border-color:#bf9000}
.c-U,.unverified{background:#f8cbad;border-color:#c00000}
.unverified{display:inline-block;border-radius:3px;padding:0 5px;font-size:.8em;font-weight:600;border:1px solid #c00000}
.rule{border:1px solid #ddd;border-left:5px solid #1f4e79;padding:8px 12px;margin:12px 0}
.rule.u{border-left-color:#c00000}
.o-passed{color:#2e7d32;font-weight:600}.o-failed{color:#c00000;font-weight:700}.o-xfailed{color:#b35900;font-weight:600}
.o-xpassed,.o-skipped,.o-not_run{color:#666;font-weight:600}
.gap{background:#fde9e7}.muted{color:#666;font-size:.9em}
pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:8px;white-space:pre-wrap;font-size:.88em}
ul.cond{margin:.2em 0 .2em 1.2em;padding-left:1em}
.scenario{border-top:1px solid #ddd;padding:8px 0}
nav.toc li{margin:2px 0}
@media print{header.top{display:none}a{color:#000;text-decoration:none}}
"""

BASE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} — Sổ rà soát chính sách</title><link rel="stylesheet" href="style.css"></head>
<body><header class="top"><a href="index.html">Sổ rà soát chính sách</a><a href="{{ gaps_page }}">Chưa bao phủ</a>
<span class="muted" style="color:#dde">Bộ quy tắc {{ rb.version }}</span></header>
<main>{% block body %}{% endblock %}</main></body></html>
"""

MACROS = """
{% macro conf(c) %}<span class="tag c-{{ c }}" title="{{ CONFIDENCE[c] }}">{{ c }}</span>{% endmacro %}
{% macro umark(text='dựa trên căn cứ chưa xác minh (U)') %}<span class="unverified" title="{{ text }}">⚠ {{ text }}</span>{% endmacro %}
{% macro source(s) %}{{ s.article }} {{ s.instrument }} — <a href="{{ s.url }}" rel="noreferrer">văn bản</a> {{ conf(s.confidence) }}{% if s.confidence == 'U' %} {{ umark(UNVERIFIED) }}{% endif %}{% endmacro %}
{% macro outcome(run) %}{% if run %}<span class="o-{{ run.outcome }}">{{ run.label }}</span>{% else %}<span class="o-not_run">chưa chạy</span>{% endif %}{% endmacro %}
{% macro case_link(c) %}<a href="{{ scenario_page(c) }}#{{ c.anchor }}">{{ c.name }}</a> <span class="muted">[{{ c.uid }}]</span> — {{ outcome(rv.run(c)) }}{% if case_u(c) %} {{ umark('đã dùng giá trị chưa xác minh') }}{% endif %}{% endmacro %}
{% macro clause(c) %}{% if c.kind == 'leaf' %}{{ param_links(c) }}{% else %}{{ c.text }}<ul class="cond">{% for ch in c.children %}<li>{{ clause(ch) }}</li>{% endfor %}</ul>{% endif %}{% endmacro %}
"""

INDEX = """{% extends "base" %}{% import "macros" as m with context %}{% block body %}
<h1>Sổ rà soát chính sách — {{ rb.name }} {{ rb.version }}</h1>
<p>Mỗi chương đặt cạnh nhau: căn cứ pháp lý (văn bản, điều khoản, đường dẫn, mức tin cậy), các quy tắc mà hệ thống
thực hiện — điều kiện được diễn đạt tự động từ chính quy tắc trong <code>rules/</code> —, các tham số với mọi giá trị
theo ngày hiệu lực, và các kịch bản tiếng Việt (features/) kiểm chứng từng quy tắc kèm kết quả lần chạy gần nhất.</p>
<p>Mức tin cậy: {{ m.conf('C2') }} {{ CONFIDENCE['C2'] }}; {{ m.conf('C1') }} {{ CONFIDENCE['C1'] }};
{{ m.conf('U') }} {{ CONFIDENCE['U'] }}. Mọi điều dựa trên giá trị U được đánh dấu {{ m.umark() }}.</p>
<p class="muted">Lập lúc {{ rv.generated.strftime('%H:%M %d/%m/%Y') }}. Kết quả kịch bản: {{ results_note }}.</p>

<h2 id="bao-phu">Mức độ bao phủ</h2>
<table><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr>
<tr><td>Quy tắc</td><td class="n" data-count="rules-total">{{ rv.rules|length }}</td></tr>
<tr><td>Quy tắc có ít nhất một kịch bản (thẻ @rule:)</td><td class="n" data-count="rules-covered">{{ rv.rules|length - rv.rules_without_scenario|length }}</td></tr>
<tr{% if rv.rules_without_scenario %} class="gap"{% endif %}><td><a href="{{ gaps_page }}#quy-tac">Quy tắc chưa có kịch bản</a></td><td class="n" data-count="rules-uncovered">{{ rv.rules_without_scenario|length }}</td></tr>
<tr{% if rv.rules_without_passing_scenario %} class="gap"{% endif %}><td><a href="{{ gaps_page }}#quy-tac-chua-dat">Quy tắc có kịch bản nhưng chưa kịch bản nào đạt</a></td><td class="n" data-count="rules-not-passing">{{ rv.rules_without_passing_scenario|length }}</td></tr>
<tr><td>Tham số</td><td class="n" data-count="params-total">{{ rb.parameters|length }}</td></tr>
<tr><td>Giá trị theo ngày hiệu lực của các tham số</td><td class="n" data-count="values-total">{{ rv.values|length }}</td></tr>
<tr><td>Giá trị đã được ít nhất một kịch bản sử dụng</td><td class="n" data-count="values-covered">{{ rv.values|length - rv.values_not_exercised|length }}</td></tr>
<tr{% if rv.values_not_exercised %} class="gap"{% endif %}><td><a href="{{ gaps_page }}#gia-tri">Giá trị chưa kịch bản nào sử dụng</a></td><td class="n" data-count="values-uncovered">{{ rv.values_not_exercised|length }}</td></tr>
<tr><td>Giá trị chưa xác minh (U)</td><td class="n" data-count="values-unverified">{{ rv.unverified_values()|length }}</td></tr>
<tr><td>Kịch bản (mỗi dòng dữ liệu của khung kịch bản tính là một)</td><td class="n" data-count="scenarios-total">{{ rv.cases|length }}</td></tr>
{% for code, label in OUTCOME_ROWS %}<tr><td>— {{ label }}</td><td class="n" data-count="scenarios-{{ code }}">{{ counts.get(code, 0) }}</td></tr>
{% endfor %}</table>

<h2 id="muc-luc">Mục lục</h2>
<nav class="toc"><ol>{% for ch in rv.chapters %}<li><a href="{{ ch.page }}">{{ ch.title }}</a>
<span class="muted">({{ KIND_LABELS[ch.kind] }}{% if ch.period %}, {{ fmt.date(ch.period[0]) }}–{{ fmt.date(ch.period[1]) }}{% endif %};
{{ ch.rules|length }} quy tắc, {{ ch.params|length }} tham số{% set g = chapter_gaps(ch) %}{% if g %}; <b>{{ g }} chưa bao phủ</b>{% endif %})</span>
{% if chapter_u(ch) %}{{ m.umark('có nội dung chưa xác minh') }}{% endif %}</li>{% endfor %}
<li><a href="{{ gaps_page }}">Những gì chưa được bao phủ</a></li></ol></nav>

<h2 id="kich-ban">Kịch bản theo tệp</h2>
<ul>{% for file, cs in files %}<li><a href="{{ file_page(file) }}">{{ file }}</a> — {{ cs|length }} kịch bản</li>{% endfor %}</ul>
{% endblock %}
"""

CHAPTER = """{% extends "base" %}{% import "macros" as m with context %}{% block body %}
<p class="muted"><a href="index.html#muc-luc">Mục lục</a> › {{ KIND_LABELS[ch.kind] }}</p>
<h1 id="chuong">{{ ch.title }}</h1>
{% if ch.period %}<p>Thời gian áp dụng: {{ fmt.date(ch.period[0]) }} – {{ fmt.date(ch.period[1]) }}</p>{% endif %}
{% if ch.family and ch.family.note %}<p class="muted">{{ ch.family.note }}</p>{% endif %}
{% if ch.sources %}<h2 id="can-cu">Căn cứ pháp lý</h2><ul>{% for s in ch.sources %}<li>{{ m.source(s) }}</li>{% endfor %}</ul>{% endif %}
{% if ch.requires %}<p>Chương trình đòi hỏi thêm các điều kiện chung:
{% for rid in ch.requires %}<a href="{{ rule_href(rid) }}">{{ rb.rule(rid).title }}</a>{% if not loop.last %}; {% endif %}{% endfor %}.</p>{% endif %}

{% if ch.rules %}<h2 id="quy-tac">Quy tắc</h2>{% endif %}
{% for e in ch.rules %}{% set r = e.rule %}
<section class="rule{% if e.unverified %} u{% endif %}" id="{{ rule_anchor(r.id) }}">
<h3>{{ r.title }} {{ m.conf(r.source.confidence) }}{% if e.unverified %} {{ m.umark() }}{% endif %}</h3>
<p class="muted">Mã quy tắc <code>{{ r.id }}</code> · hiệu lực {{ fmt.date(r.start) }} – {{ fmt.date(r.end) }}
· {{ r.file }}{% if r.line %}:{{ r.line }}{% endif %}{% if r.decisions %} · quyết định {{ r.decisions|join(', ') }}{% endif %}</p>
<p>Căn cứ: {{ m.source(r.source) }}</p>
<p><b>{{ lead_in(r) }}:</b></p>{% if e.clause.kind == 'leaf' %}<ul class="cond"><li>{{ m.clause(e.clause) }}</li></ul>{% else %}{{ m.clause(e.clause) }}{% endif %}
{% if r.note %}<p class="muted">Ghi chú: {{ r.note }}</p>{% endif %}
{% if ch.kind == 'lending' %}{% set users = required_by(r.id) %}<p>Chương trình đòi hỏi điều kiện này:
{% if users %}{% for other in users %}<a href="{{ other.page }}">{{ other.title }}</a>{% if not loop.last %}; {% endif %}{% endfor %}{% else %}không chương trình nào{% endif %}.</p>{% endif %}
{% if e.params %}<p>Tham số: {% for n in e.params %}<a href="{{ param_href(n) }}">{{ rb.parameters[n].label }}</a>{% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
{% if e.unverified_values %}<p>{{ m.umark() }} Giá trị chưa xác minh trong thời gian hiệu lực:
{% for v in e.unverified_values %}<a href="{{ value_href(v) }}">{{ v.param.label }} từ {{ fmt.date(v.value.start) }}</a>{% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
{% if e.cases %}<details{% if e.cases|length <= 8 %} open{% endif %}><summary>Kịch bản kiểm chứng: {{ e.cases|length }} ({{ outcome_summary(e.cases) }})</summary>
<ul>{% for c in e.cases %}<li>{{ m.case_link(c) }}</li>{% endfor %}</ul></details>
{% else %}<p class="gap"><b>Chưa có kịch bản nào gắn thẻ <code>@rule:{{ r.id }}</code>.</b></p>{% endif %}
</section>{% endfor %}

{% if ch.indicators %}<h2 id="chi-so">Chỉ số</h2><table><tr><th>#</th><th>Chỉ số</th><th>Chiều</th><th>Tin cậy</th><th>Được tính</th><th>Kịch bản</th></tr>
{% for ind, cs in ch.indicators %}<tr id="i-{{ ind.id|replace('_','-') }}"{% if not cs %} class="gap"{% endif %}><td>{{ ind.number }}</td><td>{{ ind.label }}{% if ind.declared_only %} <span class="muted">(chỉ theo khai báo)</span>{% endif %}</td>
<td>{{ ind.dimension }}</td><td>{{ m.conf(ind.confidence) }}{% if ind.confidence == 'U' %} {{ m.umark(UNVERIFIED) }}{% endif %}</td>
<td>{% for p in ind.periods %}{{ fmt.date(p.start) }}–{{ fmt.date(p.end) }} ({{ p.source.instrument }}){% if not loop.last %}<br>{% endif %}{% endfor %}</td>
<td>{% if cs %}<ul>{% for c in cs %}<li>{{ m.case_link(c) }}</li>{% endfor %}</ul>{% else %}<b>chưa có kịch bản</b>{% endif %}</td></tr>{% endfor %}</table>{% endif %}
{% if ch.indicators and rb.code_sets %}<h2 id="ma-tra-loi">Câu trả lời tính là đạt theo định nghĩa chỉ số</h2>
<p class="muted">Các mã của phiếu hộ (nhãn như trên biểu mẫu) thuộc và không thuộc định nghĩa của từng chỉ số, đọc từ rules/indicators.yaml.</p>
<table><tr><th>Định nghĩa</th><th>Trường</th><th>Thuộc</th><th>Không thuộc</th><th>Căn cứ</th></tr>
{% for cs in rb.code_sets.values() %}{% set field = rb.record_codes.get(cs.field, {}) %}{% set labels = field.get('values', {}) %}<tr id="ma-{{ cs.id|replace('_','-') }}"><td>{{ cs.meaning }}</td><td>{{ field.get('label', cs.field) }}</td>
<td>{% for code in labels if code in cs.codes %}{{ labels[code] }}{% if not loop.last %}; {% endif %}{% endfor %}</td>
<td>{% for code in labels if code not in cs.codes %}{{ labels[code] }}{% if not loop.last %}; {% endif %}{% endfor %}</td>
<td>{{ m.source(cs.source) }}</td></tr>{% endfor %}</table>{% endif %}

{% if ch.family and ch.family.terms %}<h2 id="dieu-khoan">Mức cho vay, thời hạn, lãi suất</h2><table><tr><th>Điều khoản</th><th>Cách tính (từ rules/)</th></tr>
{% for k, expr in ch.family.terms.items() %}<tr><td>{{ TERM_LABELS.get(k, k) }}</td><td>{{ expr_html(expr) }}{% if ch.family.amount_unit and k in ('ceiling', 'outstanding') %} <span class="muted">({{ ch.family.amount_unit }})</span>{% endif %}</td></tr>{% endfor %}</table>{% endif %}
{% if ch.family and ch.family.papers %}<h2 id="giay-to">Giấy tờ cần chuẩn bị</h2><ul>{% for p in ch.family.papers %}<li>{{ p.text }} — {{ m.source(p.source) }}</li>{% endfor %}</ul>{% endif %}

{% if ch.params %}<h2 id="tham-so">Tham số và mọi giá trị theo ngày hiệu lực</h2>
{% for n in ch.params %}{% set p = rb.parameters[n] %}{% if param_chapter[n] is sameas ch %}
<h3 id="{{ param_anchor(n) }}">{{ p.label }} <span class="muted"><code>{{ n }}</code></span></h3>
<p class="muted">{{ p.description }}{% if p.decisions %} · quyết định {{ p.decisions|join(', ') }}{% endif %}</p>
<table><tr><th>Từ ngày</th><th>Đến ngày</th><th>Giá trị</th><th>Căn cứ</th><th>Kịch bản đã dùng giá trị này</th></tr>
{% for v in p.values %}{% set row = rv.values[(n, v.start.isoformat())] %}
<tr id="{{ value_anchor(n, v.start) }}"{% if not row.cases %} class="gap"{% endif %}><td>{{ fmt.date(v.start) }}</td><td>{{ fmt.date(v.end) if v.end else 'nay' }}</td>
<td class="n">{{ value_text(p, v) }}{% if row.unverified %}<br>{{ m.umark(UNVERIFIED) }}{% endif %}</td><td>{{ m.source(v.source) }}{% if v.source.note %}<br><span class="muted">{{ v.source.note }}</span>{% endif %}</td>
<td>{% if row.cases %}{{ row.cases|length }}: {% for c in row.cases[:5] %}<a href="{{ scenario_page(c) }}#{{ c.anchor }}">{{ c.uid }}</a>{% if not loop.last %}, {% endif %}{% endfor %}{% if row.cases|length > 5 %}, …{% endif %}
{% else %}<b>chưa kịch bản nào dùng</b>{% endif %}</td></tr>{% endfor %}</table>
{% else %}<p>{{ p.label }}: xem <a href="{{ param_href(n) }}">{{ param_chapter[n].title }}</a></p>{% endif %}{% endfor %}{% endif %}
{% endblock %}
"""

GAPS = """{% extends "base" %}{% import "macros" as m with context %}{% block body %}
<h1>Những gì chưa được bao phủ</h1>
<p>Kết quả kịch bản: {{ results_note }}.</p>
<h2 id="quy-tac">Quy tắc chưa có kịch bản ({{ rv.rules_without_scenario|length }})</h2>
{% if rv.rules_without_scenario %}<ul>{% for e in rv.rules_without_scenario %}<li data-gap="rule"><a href="{{ rule_href(e.rule.id) }}">{{ e.rule.title }}</a> <code>{{ e.rule.id }}</code></li>{% endfor %}</ul>
{% else %}<p>Mọi quy tắc đều có kịch bản.</p>{% endif %}
<h2 id="quy-tac-chua-dat">Quy tắc có kịch bản nhưng chưa kịch bản nào đạt ({{ rv.rules_without_passing_scenario|length }})</h2>
{% if rv.rules_without_passing_scenario %}<ul>{% for e in rv.rules_without_passing_scenario %}<li data-gap="rule-not-passing"><a href="{{ rule_href(e.rule.id) }}">{{ e.rule.title }}</a> <code>{{ e.rule.id }}</code></li>{% endfor %}</ul>
{% else %}<p>Không có.</p>{% endif %}
<h2 id="gia-tri">Giá trị tham số chưa kịch bản nào sử dụng ({{ rv.values_not_exercised|length }})</h2>
{% if rv.values_not_exercised %}<table><tr><th>Tham số</th><th>Từ ngày</th><th>Giá trị</th><th>Tin cậy</th><th>Chương</th><th>Vì sao</th></tr>
{% for v in rv.values_not_exercised %}<tr data-gap="value"><td><a href="{{ value_href(v) }}">{{ v.param.label }}</a> <code>{{ v.param.name }}</code></td><td>{{ fmt.date(v.value.start) }}</td>
<td class="n">{{ value_text(v.param, v.value) }}</td><td>{{ m.conf(v.value.source.confidence) }}</td><td>{{ param_chapter[v.param.name].title }}</td>
<td>{% if v.outside(rb.coverage) %}chỉ áp dụng ngoài khoảng ngày bộ quy tắc trả lời ({{ fmt.date(rb.coverage[0]) }}–{{ fmt.date(rb.coverage[1]) }}): không lần xét nào tới được{% elif v.unrecorded_reader %}đọc trong {{ v.unrecorded_reader }}, nơi chưa báo cho engine/law/coverage.py: chưa biết kịch bản nào dùng{% else %}chưa kịch bản nào so sánh với giá trị này{% endif %}</td></tr>{% endfor %}</table>
{% else %}<p>Mọi giá trị đều đã được ít nhất một kịch bản sử dụng.</p>{% endif %}
<h2 id="kich-ban">Kịch bản chưa đạt hoặc chưa chạy</h2>
{% set bad = rv.cases|rejectattr('uid', 'in', passed_uids)|list %}
{% if bad %}<ul>{% for c in bad %}<li>{{ m.case_link(c) }}{% set r = rv.run(c) %}{% if r and r.message %} <span class="muted">— {{ r.message }}</span>{% endif %}</li>{% endfor %}</ul>{% else %}<p>Mọi kịch bản đều đạt.</p>{% endif %}
{% endblock %}
"""

SCENARIOS = """{% extends "base" %}{% import "macros" as m with context %}{% block body %}
<p class="muted"><a href="index.html#kich-ban">Mục lục</a> › features/{{ file }}</p>
<h1>{{ cases[0].feature }}</h1><p class="muted">Tệp <code>features/{{ file }}</code> · {{ cases|length }} kịch bản</p>
{% for c in cases %}{% set r = rv.run(c) %}<div class="scenario" id="{{ c.anchor }}">
<h3>{{ c.name }}</h3>
<p>Mã <code>{{ c.uid }}</code> · dòng {{ c.example_line or c.line }} · kết quả lần chạy gần nhất: {{ m.outcome(r) }}{% if r %} <span class="muted">({{ r.at|replace('T', ' ') }})</span>{% endif %}
{% if case_u(c) %} {{ m.umark('đã dùng giá trị chưa xác minh') }}{% endif %}</p>
{% if r and r.message %}<p class="muted">{{ r.message }}</p>{% endif %}
{% if c.rule_title %}<p class="muted">Quy tắc nghiệp vụ: {{ c.rule_title }}</p>{% endif %}
<p>{% for rid in c.rules %}{% if rid in rv.rule_chapter %}<a href="{{ rule_href(rid) }}"><code>@rule:{{ rid }}</code></a>{% else %}<code class="gap">@rule:{{ rid }} (không có trong rules/)</code>{% endif %} {% endfor %}
{% for t in other_tags(c) %}<code>@{{ t }}</code> {% endfor %}</p>
<pre>{{ c.text() }}</pre>
{% if r and r.values %}<p class="muted">Giá trị tham số đã dùng: {% for n, start in r.values %}{% set row = rv.values.get((n, start)) %}{% if row %}<a href="{{ value_href(row) }}">{{ row.param.label }} từ {{ fmt.date(row.value.start) }}</a>{% if row.unverified %} (U){% endif %}{% if not loop.last %}; {% endif %}{% endif %}{% endfor %}</p>{% endif %}
</div>{% endfor %}
{% endblock %}
"""

OUTCOME_ROWS = [("passed", "đạt"), ("failed", "không đạt"), ("xfailed", "lỗi đã biết (chưa đạt)"),
                ("xpassed", "đạt ngoài dự kiến (lỗi đã biết)"), ("skipped", "bỏ qua"), ("not_run", "chưa có kết quả")]


def file_page(file: str) -> str:
    return "kich-ban-" + model.slugify(Path(file).stem) + ".html"


def _value_text(p, v) -> str:
    if v.value is None:
        return "chưa rõ"
    return fmt.with_unit(v.value, p.unit) if p.unit != "ratio" else f"{fmt.number(v.value)} (tỷ lệ)"


def render(rv: model.ReviewBook) -> dict[str, str]:
    """{relative path: content} of every page of the book."""
    rb = rv.rulebook
    env = Environment(loader=DictLoader({"base": BASE, "macros": MACROS, "index": INDEX, "chapter": CHAPTER,
                                         "gaps": GAPS, "scenarios": SCENARIOS}), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    unverified_keys = {k for k, row in rv.values.items() if row.unverified}

    def param_href(name: str) -> str:
        return f"{rv.param_chapter[name].page}#{model.param_anchor(name)}"

    def value_href(row: model.ValueRow) -> str:
        return f"{rv.param_chapter[row.param.name].page}#{model.value_anchor(row.param.name, row.value.start)}"

    def rule_href(rule_id: str) -> str:
        return f"{rv.rule_chapter[rule_id].page}#{model.rule_anchor(rule_id)}"

    def param_links(c: wording.Clause) -> Markup:
        text = escape(c.text)
        if c.params:
            links = ", ".join(f'<a href="{escape(param_href(n))}">{escape(rb.parameters[n].label)}</a>' for n in c.params)
            text += Markup(' <span class="muted">(tham số: ') + Markup(links) + Markup(")</span>")
        return Markup(text)

    def expr_html(expr) -> Markup:
        return Markup(wording.expr_text(rb, expr, lambda n, t: f'<a href="{escape(param_href(n))}">{escape(t)}</a>'))

    def case_u(c: Case) -> bool:
        r = rv.run(c)
        return bool(r and any(tuple(v) in unverified_keys for v in r.values))

    def chapter_gaps(ch: model.Chapter) -> int:
        n = sum(1 for e in ch.rules if not e.cases)
        n += sum(1 for name in ch.params if rv.param_chapter[name] is ch
                 for v in rb.parameters[name].values if not rv.values[(name, v.start.isoformat())].cases)
        return n

    def chapter_u(ch: model.Chapter) -> bool:
        return (any(e.unverified for e in ch.rules) or any(s.confidence == "U" for s in ch.sources)
                or any(rv.values[(n, v.start.isoformat())].unverified for n in ch.params for v in rb.parameters[n].values))

    def outcome_summary(cases) -> str:
        n = {}
        for c in cases:
            r = rv.run(c)
            label = r.label if r else "chưa chạy"
            n[label] = n.get(label, 0) + 1
        return ", ".join(f"{k}: {v}" for k, v in n.items())

    def required_by(rule_id: str) -> list:
        return [ch for ch in rv.chapters if rule_id in ch.requires]

    def other_tags(c: Case) -> list[str]:
        return sorted(t for t in c.tags if not t.startswith("rule:"))

    files: dict[str, list[Case]] = {}
    for c in rv.cases:
        files.setdefault(c.file, []).append(c)
    counts = rv.outcome_counts()
    if rv.results_file and rv.runs:
        latest = max(r.at for r in rv.runs.values())
        results_note = f"lần chạy pytest-bdd gần nhất (đến {latest.replace('T', ' ')}), {len(rv.runs)}/{len(rv.cases)} kịch bản có kết quả"
    elif rv.runs:
        results_note = f"lần chạy pytest-bdd trong phiên kiểm thử này, {len(rv.runs)}/{len(rv.cases)} kịch bản có kết quả"
    else:
        results_note = "chưa có kết quả chạy kịch bản nào (chạy make test để có)"
    passed_uids = [c.uid for c in rv.cases if (r := rv.run(c)) and r.outcome == "passed"]
    env.globals.update(
        rb=rb, rv=rv, fmt=fmt, CONFIDENCE=CONFIDENCE, KIND_LABELS=KIND_LABELS, UNVERIFIED=UNVERIFIED,
        TERM_LABELS=wording.TERM_LABELS, OUTCOME_ROWS=OUTCOME_ROWS, gaps_page=GAPS_PAGE, param_href=param_href,
        value_href=value_href, rule_href=rule_href, param_links=param_links, expr_html=expr_html, case_u=case_u,
        chapter_gaps=chapter_gaps, chapter_u=chapter_u, other_tags=other_tags, outcome_summary=outcome_summary, required_by=required_by, file_page=file_page,
        scenario_page=lambda c: file_page(c.file), rule_anchor=model.rule_anchor, param_anchor=model.param_anchor,
        value_anchor=model.value_anchor, value_text=_value_text, param_chapter=rv.param_chapter,
        lead_in=lambda r: wording.lead_in(rb, r), results_note=results_note, UNITS=UNITS)
    pages = {"style.css": CSS.lstrip()}
    pages["index.html"] = env.get_template("index").render(title="Mục lục", files=sorted(files.items()), counts=counts)
    for ch in rv.chapters:
        pages[ch.page] = env.get_template("chapter").render(title=ch.title, ch=ch)
    pages[GAPS_PAGE] = env.get_template("gaps").render(title="Chưa bao phủ", passed_uids=passed_uids)
    for file, cases in files.items():
        pages[file_page(file)] = env.get_template("scenarios").render(title=file, file=file, cases=cases)
    return pages


def write(pages: dict[str, str], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def build_book(out: Path, runs: dict | None = None, results_file: Path | None = None) -> model.ReviewBook:
    """Build the book from rules/, features/ and the latest results, and write it to ``out``."""
    if runs is None and results_file is not None:
        runs = results.load(results_file)
    rv = model.build(runs=runs, results_file=str(results_file) if results_file else None)
    write(render(rv), out)
    return rv
