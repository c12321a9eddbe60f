"""Method parameters per session, label overrides, commitment links, board and answer indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 14:45:47.055970
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "labeloverride",
        sa.Column("statement_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statement.id"], name=op.f("fk_labeloverride_statement_id_statement")
        ),
        sa.PrimaryKeyConstraint("statement_id", name=op.f("pk_labeloverride")),
    )
    op.create_table(
        "cardlink",
        sa.Column("commitment_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("expectation_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"], ["contribution.id"], name=op.f("fk_cardlink_commitment_id_contribution")
        ),
        sa.ForeignKeyConstraint(
            ["expectation_id"], ["contribution.id"], name=op.f("fk_cardlink_expectation_id_contribution")
        ),
        sa.PrimaryKeyConstraint("commitment_id", "expectation_id", name=op.f("pk_cardlink")),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index("ix_contribution_board", ["session_id", "kind", "position"], unique=False)

    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index("ix_position_answer", ["statement_id", "participant"], unique=False)
        batch_op.create_index("ix_position_scale", ["statement_id", "scale"], unique=False)

    with op.batch_alter_table("session", schema=None) as batch_op:
        # Existing sessions get "" (the defaults); the server default fills the rows being copied.
        batch_op.add_column(
            sa.Column("method_params", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_index("ix_position_scale")
        batch_op.drop_index("ix_position_answer")

    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_index("ix_contribution_board")

    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("method_params")

    op.drop_table("cardlink")
    op.drop_table("labeloverride")
