#!/usr/bin/env python3
"""Rewrites data/sample/ (see engine/generation/sample.py, the generator, for options and realism)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine.generation.sample import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
