"""Alembic environment: receives the connection and metadata from ``agora.storage.migrate``.

It imports nothing from the app, so a frozen build finds everything it needs (PyInstaller
cannot see imports in a file loaded from disk at run time).
"""

from alembic import context

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=context.config.attributes["target_metadata"],
    render_as_batch=True,  # SQLite cannot ALTER most things: move-and-copy instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
