# Nested dict/list structures: building, walking, flattening, and deep equality.
db = {"users": {}, "posts": []}
def add_user(uid, name, **attrs):
    db["users"][uid] = {"name": name, "tags": set(), **attrs}
def post(uid, text):
    db["posts"].append({"id": len(db["posts"]) + 1, "author": uid, "text": text, "likes": []})
add_user(1, "ann", admin=True)
add_user(2, "bob")
add_user(3, "cid", location={"city": "Oslo", "geo": (59.9, 10.7)})
post(1, "hello")
post(2, "first!")
post(1, "second post")
db["posts"][0]["likes"] += [2, 3]
db["posts"][2]["likes"].append(2)
db["users"][2]["tags"].add(7)
print({uid: u["name"] for uid, u in db["users"].items()})
print([(p["id"], db["users"][p["author"]]["name"], len(p["likes"])) for p in db["posts"]])
print(db["users"][3]["location"]["geo"][0], db["users"][1].get("admin"), db["users"][2].get("admin", False))
def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix[:-1]] = obj
    return out
flat = flatten({"a": {"b": [1, {"c": 2}], "d": None}, "e": "x", "f": []})
print(flat)
def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0
print(depth(db), depth({}), depth([[[]]]), depth({"a": {"b": {"c": 1}}}))
a = {"x": [1, {"y": (2, 3)}], "z": {1, 2}}
b = {"z": {2, 1}, "x": [1, {"y": (2, 3)}]}
print(a == b, a["x"] == b["x"], a is not b)
b["x"][1]["y"] = (2, 4)
print(a == b)
counts = {}
for p in db["posts"]:
    for liker in p["likes"]:
        counts.setdefault(db["users"][liker]["name"], []).append(p["id"])
print(counts)
print(sorted(db["users"][3]["location"].items()))
