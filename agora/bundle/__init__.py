"""The bundle: Agora's open interchange format (DESIGN.md §5, docs/format-bundle.md).

One JSON document, optionally zipped with a manifest holding its SHA-256, that carries a whole
forum or part of one. This package only reads, checks and writes the format; it hands plain
dictionaries to ``agora.services.exchange``, which compares them with a forum file and applies
them in one transaction.

Modules: ``spec`` (the fields of each entity), ``messages`` (every refusal, in French),
``fields`` (typed reading of one JSON value), ``parse`` (a JSON document to canonical items),
``read`` (a file, plain or zipped, to a JSON document), ``zipped`` (safe zip reading and
writing), ``merge`` (what a bundle adds to a forum's content), ``write`` (atomic output).
"""

from __future__ import annotations

#: Value of the top-level ``format`` field.
FORMAT = "agora-bundle"

#: The version this Agora reads and writes; a bundle with a higher one is refused.
VERSION = 1
