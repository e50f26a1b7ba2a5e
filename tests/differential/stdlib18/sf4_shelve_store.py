"""shelve and dbm as a small persistent store: writes, writeback, read-only opens, dbm key/value bytes, errors."""
import dbm
import os
import shelve
import tempfile
from dataclasses import dataclass, field


@dataclass
class Task:
    title: str
    done: bool = False
    tags: list = field(default_factory=list)


d = tempfile.mkdtemp()
path = os.path.join(d, "tasks")
with shelve.open(path) as db:
    db["t1"] = Task("write report", tags=["work"])
    db["t2"] = Task("buy milk")
    db["meta"] = {"version": 1, "owner": "ann"}
    db["t2"].done = True  # not written back
    print(sorted(db), db["t2"].done, len(db), "t1" in db, db.get("zz"))
with shelve.open(path, writeback=True) as db:
    db["t2"].done = True
    db["t1"].tags.append("urgent")
    db["meta"]["version"] += 1
    del db["t1"]
    db["t3"] = Task("call bob")
    db.sync()
    print(sorted(db.keys()))
with shelve.open(path, flag="r") as db:
    for key in sorted(db):
        print(key, db[key])
    try:
        db["new"] = 1
    except OSError as e:
        print("read-only:", type(e).__name__)
    try:
        db["missing"]
    except KeyError as e:
        print("KeyError", e)
print(dbm.whichdb(path) is not None, dbm.whichdb(os.path.join(d, "absent")))
with dbm.open(os.path.join(d, "kv"), "c") as kv:
    kv["alpha"] = "1"
    kv[b"beta"] = b"\x00\xff"
    kv.setdefault("gamma", b"3")
    print(kv["alpha"], kv[b"beta"], kv.get("gamma"), sorted(kv.keys()), len(kv), "alpha" in kv)
    del kv["alpha"]
    try:
        kv["n"] = 5
    except TypeError as e:
        print("TypeError", e)
with dbm.open(os.path.join(d, "kv"), "r") as kv:
    print(sorted(kv.keys()), kv.get(b"alpha"))
with dbm.open(os.path.join(d, "kv"), "n") as kv:
    print(len(kv))
for flag in ["r", "w"]:
    try:
        dbm.open(os.path.join(d, "nothere"), flag)
    except dbm.error[0] as e:
        print(flag, "dbm.error:", e)
try:
    shelve.open(os.path.join(d, "nothere2"), flag="r")
except dbm.error[0] as e:
    print("shelve:", e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
s = shelve.Shelf({})
s["x"] = [1, 2]
print(s["x"], list(s), s.writeback, len(s))
s.close()
try:
    s["x"]
except ValueError as e:
    print("ValueError", e)
