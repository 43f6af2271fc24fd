"""Measuring the figure grammar: precision and recall per kind against a gold file an analyst wrote.

A gold file is JSON: ``{"documents": {"<file stem>": {"figures": [{"kind": "percent", "value": 18.3,
"unit": "%", "year": 2024}, …], "traps": ["3 trụ cột", …]}}}``; a range adds ``value_high``. A found
figure matches a gold one when document, kind, value (and upper end), unit and year agree.

A gold figure may add ``"measure"``: what the figure measures, one phrase or a list of acceptable
phrases (``["Chỉ số chuyển đổi số (DTI)", "DTI"]``). Measures are scored apart from precision and
recall, on the gold figures that were found: a found measure is right when, after NFC, case folding
and dropping punctuation, it equals one of the phrases, or holds one of them word for word and is at
most two words longer (``kinh tế số của tỉnh`` passes for ``kinh tế số``; ``Tỉnh phấn đấu đến năm
2030 kinh tế số`` does not), or opens with one phrase and closes with another with at most two words
between (``số trạm y tế xã dùng phần mềm tiêm chủng`` for ``số trạm y tế xã`` and ``phần mềm tiêm
chủng``: which ones and what they did). Aspect words ("đã", "đang") are read as absent on both sides.

A figure is one mention, so two gold figures may share a value. Found figures are paired with gold
ones by document and value (and upper end) alone, in text order, preferring the candidate that
agrees on kind, unit, year and the number as written (``"text": "44,1%"``); ``overall`` counts a
pair only when kind, unit and year agree too, ``values`` counts every pair. Over the pairs,
``attributes`` tallies how often kind, unit, year, measure, place (``"place": "Long An"`` or
``null`` for a figure of no named place) and ``is_target`` agree, each only where the gold gives it.

A document may add ``"article": {"title": …, "outlet": … | [..] | null, "published": "YYYY-MM-DD" |
null, "year": 2024}``: the article's own facts, each scored where given.

One step a module: ``gold`` (reading a gold file), ``matching`` (a found figure against a gold one),
``scoring`` (precision, recall and agreement), ``tables`` (the scores as text).
"""
