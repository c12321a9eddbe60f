"""The projector window: what the room sees, large and read-only."""
