"""Initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 14:42:10.319136
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("color", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("observer", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_category_code_not_empty")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_category")),
    )
    op.create_table(
        "forum",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("venue", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("facilitators", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "territory",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("stratum", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("setting", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("maturity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ess_integration", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory")),
    )
    op.create_table(
        "participant",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("alias", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category"], ["category.code"], name=op.f("fk_participant_category_category")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_table(
        "relationassessment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("territory_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("typology", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territory.id"], name=op.f("fk_relationassessment_territory_id_territory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationassessment")),
    )
    op.create_table(
        "session",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("prompt", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'peer_group') = (category IS NOT NULL)", name=op.f("ck_session_category_iff_peer_group")
        ),
        sa.CheckConstraint("kind IN ('peer_group', 'agora')", name=op.f("ck_session_kind")),
        sa.ForeignKeyConstraint(["category"], ["category.code"], name=op.f("fk_session_category_category")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    op.create_table(
        "contribution",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("principle", sa.Integer(), nullable=True),
        sa.Column("theme", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("merged_into", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'expectation') = (target IS NOT NULL)",
            name=op.f("ck_contribution_target_iff_expectation"),
        ),
        sa.CheckConstraint(
            "kind IN ('constraint', 'expectation', 'commitment', 'learning', 'story')",
            name=op.f("ck_contribution_kind"),
        ),
        sa.CheckConstraint(
            "principle IS NULL OR principle BETWEEN 1 AND 4", name=op.f("ck_contribution_principle_range")
        ),
        sa.CheckConstraint(
            "target IS NULL OR target <> category", name=op.f("ck_contribution_target_other_category")
        ),
        sa.ForeignKeyConstraint(
            ["category"], ["category.code"], name=op.f("fk_contribution_category_category")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_contribution_session_id_session")
        ),
        sa.ForeignKeyConstraint(["target"], ["category.code"], name=op.f("fk_contribution_target_category")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index("ix_contribution_session_deleted", ["session_id", "deleted_at"], unique=False)

    op.create_table(
        "statement",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], name=op.f("fk_statement_session_id_session")),
        sa.ForeignKeyConstraint(
            ["source_id"], ["contribution.id"], name=op.f("fk_statement_source_id_contribution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index("ix_statement_session", ["session_id"], unique=False)

    op.create_table(
        "position",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("statement_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("participant", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("scale", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint("scale IN (3, 5)", name=op.f("ck_position_scale")),
        sa.CheckConstraint(
            "value IS NULL OR (value BETWEEN 1 AND scale)", name=op.f("ck_position_value_in_scale")
        ),
        sa.ForeignKeyConstraint(["category"], ["category.code"], name=op.f("fk_position_category_category")),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statement.id"], name=op.f("fk_position_statement_id_statement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index("ix_position_statement", ["statement_id", "category"], unique=False)

    op.create_table(
        "tally",
        sa.Column("statement_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("pour", sa.Integer(), nullable=False),
        sa.Column("contre", sa.Integer(), nullable=False),
        sa.Column("abstention", sa.Integer(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint("pour + contre + abstention <= present", name=op.f("ck_tally_within_present")),
        sa.CheckConstraint(
            "present >= 0 AND pour >= 0 AND contre >= 0 AND abstention >= 0",
            name=op.f("ck_tally_non_negative"),
        ),
        sa.ForeignKeyConstraint(["category"], ["category.code"], name=op.f("fk_tally_category_category")),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statement.id"], name=op.f("fk_tally_statement_id_statement")
        ),
        sa.PrimaryKeyConstraint("statement_id", "category", name=op.f("pk_tally")),
    )


def downgrade() -> None:
    op.drop_table("tally")
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_index("ix_position_statement")

    op.drop_table("position")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index("ix_statement_session")

    op.drop_table("statement")
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_index("ix_contribution_session_deleted")

    op.drop_table("contribution")
    op.drop_table("session")
    op.drop_table("relationassessment")
    op.drop_table("participant")
    op.drop_table("territory")
    op.drop_table("meta")
    op.drop_table("forum")
    op.drop_table("category")
