"""Every word list the brief engines use, per language: see `digest.i18n` and its `lexicons/` files.

Kept as the briefs' import point; English (`ENGLISH`) is the default every English path uses.
"""

from __future__ import annotations

from digest.i18n import Lexicon, lexicon

__all__ = ["ENGLISH", "Lexicon", "lexicon"]

ENGLISH = lexicon("en")
"""The English lexicon, the default."""
