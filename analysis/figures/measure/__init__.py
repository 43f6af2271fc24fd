"""What a figure measures: the phrase a reader needs beside the number ("kinh tế số" for "chiếm 25% GRDP").

Read from the figure's own sentence: the clause before the number, trimmed of subjects, frames
("Tỉnh phấn đấu đến năm 2030 …"), times and places ("… của Quảng Trị"); a parenthesised acronym
stays whole ("Chỉ số chuyển đổi số (DTI)"). The cue lists live in ``data/figure_grammar.toml``
under ``[measure]``; ``python -m analysis evaluate`` scores the result against gold measures.

One step a module: ``words`` (the cue lists as patterns), ``places`` (who or where a figure is for),
``label`` (a phrase trimmed to its measure), ``counted`` (the noun run after a count or share),
``clauses`` (the measure read back from the number), ``empty`` (a measure that names nothing),
``read`` (one figure's measure), ``carry`` (a measure taken from the neighbouring figures), ``refer``
(a measure pointing back, "chỉ số này", given the index named before), ``same`` (when two figures state the
same measure).
"""
