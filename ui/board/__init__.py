"""The peer-group board: one column per kind of card, keyboard-first capture, undo and redo."""
