"""Tests for ``package_files``: the answer of ``importlib.resources.files``, found cheaper."""

from __future__ import annotations

import importlib
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from urdu_events._files import package_files


@pytest.mark.parametrize("package", ["urdu_events", "urdu_events.lexicons", "urdu_events.text"])
def test_same_as_importlib_resources(package: str) -> None:
    """For the package's own folders: the same path, of the same type."""
    importlib.import_module(package)
    ours, theirs = package_files(package), resources.files(package)
    assert ours == theirs
    assert type(ours) is type(theirs)


def test_a_zipped_package_is_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package imported from a zip file is read through importlib.resources."""
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped_pkg_for_files/__init__.py", "")
        z.writestr("zipped_pkg_for_files/data.txt", "inside")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "zipped_pkg_for_files", raising=False)
    importlib.import_module("zipped_pkg_for_files")
    ours = package_files("zipped_pkg_for_files")
    assert type(ours) is type(resources.files("zipped_pkg_for_files"))
    assert "inside" == ours.joinpath("data.txt").read_text(encoding="utf-8")
    sys.modules.pop("zipped_pkg_for_files", None)
