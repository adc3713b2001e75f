"""The scraped journal pages in ../shared/seeds: tests read them when present and skip otherwise."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def seed_path(name: str) -> Path:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"shared seed {name} not available")
    return path


def seed_text(name: str) -> str:
    return seed_path(name).read_text(encoding="utf-8")
