#!/usr/bin/python3
"""Reads an application's accessibility tree through AT-SPI, from outside, as a screen reader
(Orca) does: every object that is showing, with its role, name and description, as JSON lines on
standard output. Tables and lists give their first rows only.

    atspi-read.py APPLICATION-NAME [SECONDS]

Exits 2 when no application of that name registers with the accessibility bus in time."""
import json
import sys
import time

import pyatspi

ROWS = 40  # of a table or list: enough to hear what a row says
NODES = 4000


def find(name, seconds):
    deadline = time.time() + seconds
    seen = []
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = [app.name for app in desktop if app is not None]
        for app in desktop:
            if app is not None and app.name == name:
                return app, seen
        time.sleep(0.3)
    return None, seen


def walk(node, path, depth, out):
    if depth > 30 or len(out) >= NODES:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        count = node.childCount
    except Exception as error:  # an object that went away while being read
        out.append({"path": path, "error": str(error)})
        return
    if depth > 1 and not showing:
        return
    out.append({"path": path, "role": role, "name": name, "description": description})
    limit = ROWS if role in ("table", "tree table", "list", "tree", "list box") else count
    for i in range(min(count, limit)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, path + "/" + (child.name or role), depth + 1, out)


def main():
    name = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    app, seen = find(name, seconds)
    if app is None:
        print(json.dumps({"error": "not registered", "applications": seen}, ensure_ascii=False))
        return 2
    out = []
    walk(app, name, 0, out)
    for node in out:
        print(json.dumps(node, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
