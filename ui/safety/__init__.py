"""The app's data-safety screens: single instance, recovery banner, backups, restore, USB export."""
