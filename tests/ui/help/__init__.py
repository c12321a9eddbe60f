"""The in-app help: the user guide, the shortcuts sheet, « À propos »."""
