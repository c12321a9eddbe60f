"""Dialogs opened by explicit actions (never during capture): forms, preferences, file choices."""
