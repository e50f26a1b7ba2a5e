"""Config loader: json with hooks + dataclasses + pathlib/tempfile + error reporting."""
import json
import tempfile
from dataclasses import dataclass, field, asdict
from decimal import Decimal
from pathlib import Path

@dataclass
class Endpoint:
    url: str
    timeout: float = 5.0
    retries: int = 3
    headers: dict = field(default_factory=dict)

@dataclass
class Config:
    name: str
    version: str
    endpoints: list
    limits: dict
    debug: bool = False

def as_config(d):
    if "url" in d:
        return Endpoint(**d)
    return d

GOOD = """{
  "name": "svc", "version": "1.2.0", "debug": true,
  "endpoints": [{"url": "https://a.example/api", "timeout": 2.5},
                {"url": "https://b.example/api", "retries": 5, "headers": {"X-Key": "k"}}],
  "limits": {"rate": 12.50, "burst": 100, "ratio": 0.1}
}"""
cfg_dict = json.loads(GOOD, object_hook=as_config, parse_float=Decimal)
cfg = Config(**cfg_dict)
print(cfg)
print(cfg.endpoints[1].headers, cfg.limits["rate"] * 2, type(cfg.limits["ratio"]).__name__)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        if isinstance(o, (Endpoint, Config)):
            return asdict(o)
        if isinstance(o, Path):
            return str(o)
        return super().default(o)

text = json.dumps(cfg, cls=Enc, indent=2, sort_keys=True)
print(text)
with tempfile.TemporaryDirectory() as d:
    p = Path(d) / "conf" / "app.json"
    p.parent.mkdir()
    p.write_text(text, encoding="utf-8")
    with p.open(encoding="utf-8") as f:
        back = json.load(f)
    print(back["endpoints"][0], p.name, p.suffix, p.stat().st_size == len(text.encode()))
    (Path(d) / "bad.json").write_text('{"name": "x",\n  "version": 1,\n  "limits": {"a": 1,}\n}')
    try:
        json.loads((Path(d) / "bad.json").read_text())
    except json.JSONDecodeError as e:
        print(f"bad.json:{e.lineno}:{e.colno}: {e.msg} (pos {e.pos})")
    lines = [json.dumps({"i": i, "sq": i * i, "tags": ["x"] * (i % 3)}) for i in range(5)]
    (Path(d) / "data.jsonl").write_text("\n".join(lines) + "\n")
    total = 0
    for n, line in enumerate((Path(d) / "data.jsonl").read_text().splitlines(), 1):
        rec = json.loads(line)
        total += rec["sq"]
        print(n, rec, len(rec["tags"]))
    print("total", total)

def validate(d):
    errs = []
    for key, typ in [("name", str), ("version", str), ("endpoints", list), ("limits", dict)]:
        if key not in d:
            errs.append(f"missing key {key!r}")
        elif not isinstance(d[key], typ):
            errs.append(f"{key}: expected {typ.__name__}, got {type(d[key]).__name__}")
    return errs
for doc in ['{"name": 1, "version": "x", "endpoints": {}, "limits": {}}', '{}', GOOD]:
    print(validate(json.loads(doc)))
print(json.dumps({"b": [1, {"c": None}], "a": "é"}, ensure_ascii=True, separators=(", ", ": "), sort_keys=True))
print(json.dumps([Decimal("1.10")], default=str), json.dumps({"k": float("1e400")}), json.loads("[1e400, -1e400]"))
print(json.loads('{"a": [1, 2, {"b": [3]}]}', object_pairs_hook=lambda ps: {k.upper(): v for k, v in ps}))
