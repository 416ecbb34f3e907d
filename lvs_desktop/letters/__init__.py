"""Letters and PV drafts: facts, templates (data in `resources/letters/`), Dutch forms, layout.

The parts, from the bottom up:

* `facts` — the frozen dataclasses a letter is made of (`LetterFacts` is the template context);
* `dutch` — dates, names, salutations, postal lines; `letterhead` — the region's settings;
* `templates` — loading and checking the TOML/Jinja templates; `requirements` — what each
  kind needs before it is drawn; `pv` — the legal qualification (from the rules);
* `render` — `render_letter(facts) -> bytes` (ReportLab, in memory), with `layout`, `markup`,
  `styles`;
* `context`, `people`, `halt`, `pv_context` — the facts of a case's ORM rows, and who receives
  the letter.

Kept free of imports here, so that importing one part does not load ReportLab.
"""
