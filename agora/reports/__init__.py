"""Printed outputs: session summaries, handouts per category, the Agora poster, QR codes.

Builders take plain read models (:class:`ReportInput`) and write PDFs atomically; they never
query the database. The command line's ``agora report`` (:mod:`agora.reports.command`) and the
interface gather the input through the services first.
"""

from __future__ import annotations

from agora.reports.documents import build_handouts, build_poster, build_summary
from agora.reports.inputs import ReportInput

__all__ = ["ReportInput", "build_handouts", "build_poster", "build_summary"]
