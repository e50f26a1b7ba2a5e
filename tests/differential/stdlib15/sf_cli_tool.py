"""A todo CLI: argparse subcommands + json state + logging to stdout + exit codes."""
import argparse
import io
import json
import logging
import sys
from contextlib import redirect_stderr, redirect_stdout

log = logging.getLogger("todo")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.addHandler(handler)
STATE = {"next": 1, "items": []}

def cmd_add(args):
    item = {"id": STATE["next"], "title": " ".join(args.title), "prio": args.priority, "done": False, "tags": sorted(set(args.tag))}
    STATE["items"].append(item)
    STATE["next"] += 1
    log.info("added #%d %r", item["id"], item["title"])
    return 0

def cmd_list(args):
    items = [i for i in STATE["items"] if args.all or not i["done"]]
    if args.tag:
        items = [i for i in items if args.tag in i["tags"]]
    items.sort(key=lambda i: (-i["prio"], i["id"]))
    if args.json:
        print(json.dumps(items, indent=2, sort_keys=True))
    else:
        for i in items:
            print(f"{'x' if i['done'] else ' '} #{i['id']:<3} p{i['prio']} {i['title']:<20} {','.join(i['tags'])}")
    return 0

def cmd_done(args):
    for i in STATE["items"]:
        if i["id"] == args.id:
            i["done"] = True
            log.info("completed #%d", args.id)
            return 0
    log.error("no such item: %d", args.id)
    return 2

def build():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    a = sub.add_parser("add", help="add an item")
    a.add_argument("title", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3, metavar="N")
    a.add_argument("-t", "--tag", action="append", default=[])
    a.set_defaults(func=cmd_add)
    l = sub.add_parser("list", help="list items")
    l.add_argument("--all", action="store_true")
    l.add_argument("--tag")
    l.add_argument("--json", action="store_true")
    l.set_defaults(func=cmd_list)
    d = sub.add_parser("done", help="complete an item")
    d.add_argument("id", type=int)
    d.set_defaults(func=cmd_done)
    return p

def main(argv):
    parser = build()
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        print(f"usage error (exit {e.code}):", err.getvalue().strip().splitlines()[-1])
        return e.code
    log.setLevel(logging.DEBUG if args.verbose else logging.INFO)
    log.debug("args: %s", sorted((k, v) for k, v in vars(args).items() if k != "func"))
    if not getattr(args, "func", None):
        parser.print_usage(sys.stdout)
        return 1
    return args.func(args)

for argv in (["add", "buy", "milk", "-t", "home"], ["add", "write", "report", "-p", "5", "-t", "work", "-t", "q1", "-t", "work"],
             ["-v", "add", "call", "mom", "-p", "4"], ["list"], ["done", "2"], ["done", "9"], ["list", "--all"],
             ["list", "--tag", "work", "--all", "--json"], ["add"], ["add", "x", "-p", "9"], ["done", "two"], [], ["frobnicate"]):
    print("$ todo", " ".join(argv))
    rc = main(argv)
    print("-> exit", rc)
out = io.StringIO()
with redirect_stdout(out):
    try:
        build().parse_args(["add", "--help"])
    except SystemExit as e:
        print("exit", e.code)
print(out.getvalue())
print(json.dumps(STATE, separators=(",", ":")))
