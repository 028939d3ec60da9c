"""Tests for the plugin registries."""

from __future__ import annotations

import pytest

from urdu_events import ExtractorNotFoundError, InvalidArgumentError
from urdu_events.extractors import DEFAULT_PIPELINE, register_builtins
from urdu_events.registry import Registry, extractors, serializers
from urdu_events.serialize.formats import get_serializer
from urdu_events.serialize.formats import register_builtins as register_formats


class TestRegistry:
    def test_register_as_decorator_and_call(self) -> None:
        """register works both as a decorator and as a plain call."""
        reg: Registry[object] = Registry("thing", "urdu_events.tests.none")

        @reg.register("a")
        def a() -> None: ...

        b = object()
        assert b is reg.register("b", b)
        assert a is reg.get("a")
        assert ["a", "b"] == reg.available()

    def test_same_name_twice_is_an_error_unless_same_object(self) -> None:
        """Re-registering the same object is fine; a different one raises."""
        reg: Registry[object] = Registry("thing", "urdu_events.tests.none")
        obj = object()
        reg.register("x", obj)
        reg.register("x", obj)
        with pytest.raises(InvalidArgumentError):
            reg.register("x", object())

    def test_unknown_name_lists_available(self) -> None:
        """A failed lookup names what is available."""
        reg: Registry[object] = Registry("thing", "urdu_events.tests.none")
        reg.register("alpha", object())
        with pytest.raises(ExtractorNotFoundError, match="alpha"):
            reg.get("beta")

    def test_create_instantiates_classes_and_checks_options(self) -> None:
        """create calls a class with options and rejects options for instances."""
        reg: Registry[object] = Registry("thing", "urdu_events.tests.none")

        class Thing:
            def __init__(self, *, size: int = 1) -> None:
                self.size = size

        reg.register("cls", Thing)
        reg.register("inst", Thing())
        assert 3 == reg.create("cls", size=3).size  # type: ignore[attr-defined]
        with pytest.raises(InvalidArgumentError):
            reg.create("cls", colour="red")
        with pytest.raises(InvalidArgumentError):
            reg.create("inst", size=2)


class TestBuiltins:
    def test_builtin_names_snapshot(self) -> None:
        """The built-in extractors and formats are registered under these names."""
        register_builtins()
        register_formats()
        assert {"incidents", "claims"} <= set(extractors.available())
        assert ("incidents", "claims") == DEFAULT_PIPELINE
        assert {"csv", "json", "jsonl"} <= set(serializers.available())

    def test_unknown_format(self) -> None:
        """Asking for an unknown format lists the known ones."""
        with pytest.raises(ExtractorNotFoundError, match="jsonl"):
            get_serializer("yaml")


class TestMayAdvertise:
    """The look at ``entry_points.txt`` files that spares importing ``importlib.metadata``."""

    @staticmethod
    def _dist(root: object, name: str, text: str | None) -> None:
        from pathlib import Path

        info = Path(str(root)) / f"{name}-1.0.dist-info"
        info.mkdir()
        metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n"
        (info / "METADATA").write_text(metadata, encoding="utf-8")
        if text is not None:
            (info / "entry_points.txt").write_text(text, encoding="utf-8")

    def test_agrees_with_importlib_metadata(self, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
        """No group is said to be empty that importlib.metadata finds entry points in."""
        from importlib.metadata import entry_points

        from urdu_events.registry import _may_advertise

        self._dist(tmp_path, "plain", None)
        self._dist(tmp_path, "other_tool", "[console_scripts]\ntool = other_tool:main\n")
        self._dist(tmp_path, "acme", "[urdu_events.lexicons]\nacme = acme_plugin:lexicon\n")
        # Only these distributions, read by the path finder alone: the test process may hold other
        # finders or path entries (a zip) that the look leaves to importlib.metadata.
        import sys
        from importlib.machinery import PathFinder

        monkeypatch.setattr(sys, "path", [str(tmp_path)])
        monkeypatch.setattr(sys, "meta_path", [PathFinder])
        for group in ("urdu_events.lexicons", "urdu_events.extractors", "urdu_events.tests.none"):
            found = bool(entry_points(group=group))
            assert not found or _may_advertise(group), group
        assert _may_advertise("urdu_events.lexicons")
        assert not _may_advertise("urdu_events.tests.none")

    def test_what_it_cannot_read_is_left_to_importlib_metadata(
        self, tmp_path: object, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A zip file on the path, or another finder of distributions, is never read as empty."""
        import sys
        import zipfile
        from importlib.machinery import PathFinder
        from pathlib import Path

        from urdu_events.registry import _may_advertise

        monkeypatch.setattr(sys, "path", [str(tmp_path)])
        monkeypatch.setattr(sys, "meta_path", [PathFinder])
        archive = Path(str(tmp_path)) / "plugins.zip"
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("acme-1.0.dist-info/entry_points.txt", "[urdu_events.tests.none]\nx = y:z\n")
        monkeypatch.syspath_prepend(str(archive))
        assert _may_advertise("urdu_events.tests.none")
        monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(archive)])
        assert not _may_advertise("urdu_events.tests.none")

        class Finder:
            @staticmethod
            def find_distributions(context: object = None) -> list[object]:
                return []

        monkeypatch.setattr(sys, "meta_path", [Finder, *sys.meta_path])
        assert _may_advertise("urdu_events.tests.none")
