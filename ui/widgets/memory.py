"""Keeping Python's cycle collector from pausing the interface once a big board is loaded.

A 10,000-card board holds some 100,000 small objects for as long as the forum is open. Python's
full (generation 2) collection walks all of them: 60–90 ms on a slow laptop, a visible freeze
in the middle of capture. These objects are read models without reference cycles, freed by
reference counting anyway; ``gc.freeze`` moves everything alive now out of the collector's
sight, so later collections only look at what was created since. When the forum closes,
``release_long_lived`` hands them back to the collector, so nothing stays frozen for good.
"""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger(__name__)


def settle_long_lived() -> None:
    """Call after loading something big that stays (a board's cards)."""
    gc.freeze()
    logger.debug("%d objects frozen out of the cycle collector", gc.get_freeze_count())


def release_long_lived() -> None:
    """Call when what was settled is let go (a forum closes): the collector sees it again."""
    gc.unfreeze()
