"""engine/ never imports api/ or cli/ (the shells depend on the engine, never the reverse)."""
import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "engine"


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_engine_imports_neither_api_nor_cli():
    files = sorted(ENGINE.rglob("*.py"))
    assert len(files) > 50  # the walk really sees the engine
    offending = [(str(f.relative_to(ENGINE)), m) for f in files for m in imported_modules(f)
                 if m.split(".")[0] in ("api", "cli")]
    assert offending == []


def private_imports(path: Path):
    """Names starting with an underscore imported from another module (``from x import _y``)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    yield f"{node.module or '.'}.{alias.name}"


def test_no_private_name_crosses_modules():
    root = ENGINE.parent
    files = [f for d in ("engine", "api", "cli") for f in sorted((root / d).rglob("*.py"))]
    assert len(files) > 60
    offending = [(str(f.relative_to(root)), name) for f in files for name in private_imports(f)]
    assert offending == []
