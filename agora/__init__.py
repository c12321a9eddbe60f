"""Agora's core: the forum domain, its storage, services, method, reports and bundle format.

Nothing in this package imports Qt or ``ui``: the desktop app, the command line and the
participation server all call the same services from here.
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Agora"
