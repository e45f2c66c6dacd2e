"""What may import what (docs/architecture.md), read from the source itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Import name -> folder. The site package is imported as `waymark`.
APPS = {
    "waymark": "site",
    "directory": "directory",
    "campaigns": "campaigns",
    "translations": "translations",
    "demo": "demo",
}
FORBIDDEN = {
    "directory": {"campaigns", "demo"},
    "translations": {"directory", "campaigns", "demo"},
    "campaigns": {"demo"},
    "waymark": {"demo"},
}


def imports_between_apps():
    """{app: {app it imports: [where]}} for every module outside migrations,
    counting imports inside functions too."""
    found = {app: {} for app in APPS}
    for app, folder in APPS.items():
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    target = name.split(".")[0]
                    if target in APPS and target != app:
                        found[app].setdefault(target, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


GRAPH = imports_between_apps()


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_no_app_imports_what_it_must_not(app):
    wrong = {target: where for target, where in GRAPH[app].items() if target in FORBIDDEN[app]}
    assert wrong == {}


def test_apps_import_each_other_in_one_direction_only():
    def cycle_from(start, path):
        for target in GRAPH[path[-1]]:
            if target == start:
                return [*path, start]
            if target not in path and (found := cycle_from(start, [*path, target])):
                return found
        return None

    cycles = [cycle for app in APPS if (cycle := cycle_from(app, [app]))]
    assert cycles == [], {" -> ".join(cycle): {a: GRAPH[a] for a in cycle} for cycle in cycles[:1]}


def test_the_checker_sees_imports_inside_functions_too():
    """The demo loader imports every app; a checker that missed that would
    pass vacuously."""
    assert set(GRAPH["demo"]) == {"waymark", "directory", "campaigns", "translations"}
