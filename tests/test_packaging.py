"""The wheel must carry every package and the house styles, not just what an editable install sees."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_directory_is_listed():
    listed = set(_config()["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cslbridge").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these packages to [tool.setuptools] packages"


def test_styles_folder_ships_as_package_data():
    config = _config()
    assert config["package-dir"]["cslbridge.styles"] == "styles"
    assert "*.csl" in config["package-data"]["cslbridge.styles"]
