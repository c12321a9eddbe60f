"""The start screen: the forum library, creating, duplicating, importing and exporting forums."""
