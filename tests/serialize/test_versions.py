"""Schema versioning: frozen examples of every released layout still load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from urdu_events import SCHEMA_VERSION, Document, SchemaVersionError
from urdu_events.serialize import MIGRATIONS, document_from_dict, document_to_dict, migrate

FROZEN = sorted((Path(__file__).parents[1] / "data" / "schema").glob("document-*.json"))


class TestFrozenExamples:
    def test_there_is_one_for_the_current_version(self) -> None:
        """The current schema version has a frozen example."""
        assert f"document-{SCHEMA_VERSION}.json" in [p.name for p in FROZEN]

    @pytest.mark.parametrize("path", FROZEN, ids=lambda p: p.name)
    def test_frozen_example_still_loads(self, path: Path) -> None:
        """Each frozen file loads, with every span valid, and keeps its content."""
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = document_from_dict(data)
        assert data["id"] == doc.id
        assert len(data["incidents"]) == len(doc.incidents)
        assert len(data["claims"]) == len(doc.claims)


class TestMigration:
    def test_older_major_version_is_migrated(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A registered migration upgrades an older document before loading."""
        current = int(SCHEMA_VERSION.split(".")[0])

        def upgrade(data: dict[str, Any]) -> dict[str, Any]:
            data = dict(data)
            data["text"] = data.pop("body")
            data["schema_version"] = SCHEMA_VERSION
            return data

        monkeypatch.setitem(MIGRATIONS, current - 1, upgrade)
        old = {"id": "x", "body": "متن", "schema_version": f"{current - 1}.3"}
        assert Document("x", "متن") == document_from_dict(old)

    def test_unmigratable_old_version_is_refused(self) -> None:
        """An old major version without a migration gives a clear SchemaVersionError."""
        with pytest.raises(SchemaVersionError, match="no migration"):
            migrate({"id": "x", "text": "", "schema_version": "0.1"})

    def test_newer_minor_version_loads(self) -> None:
        """A newer minor version (only new optional keys) loads, ignoring what it does not know."""
        data = document_to_dict(Document("x", "متن"))
        major = SCHEMA_VERSION.split(".")[0]
        data.update(schema_version=f"{major}.99", sentiment="neutral")
        assert "x" == document_from_dict(data).id

    @pytest.mark.parametrize("version", [3, "one", "2.0", None])
    def test_bad_or_newer_versions(self, version: object) -> None:
        """Malformed and newer major versions raise SchemaVersionError."""
        with pytest.raises(SchemaVersionError):
            document_from_dict({"id": "x", "text": "", "schema_version": version})
