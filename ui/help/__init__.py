"""The in-app help: the user guide of docs/guide, shown offline."""
