# dataclasses: Field objects, metadata, type display, generated docstrings, params, is_dataclass.
import dataclasses
from dataclasses import dataclass, field, fields, MISSING
from typing import List, Optional, Dict, ClassVar

@dataclass
class Config:
    name: str
    retries: int = 3
    hosts: List[str] = field(default_factory=list, metadata={"help": "servers"})
    timeout: Optional[float] = None
    labels: Dict[str, int] = field(default_factory=dict, repr=False)
    debug: "bool" = False
    instances: ClassVar[int] = 0
    ratio: float = field(default=0.5, compare=False, hash=True)

for f in fields(Config):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, dict(f.metadata))
print(Config.__doc__)
print(Config.__dataclass_params__)
print(sorted(Config.__dataclass_fields__))
print(Config("x"), Config.instances, Config.retries, hasattr(Config, "hosts"))
print(fields(Config)[2].metadata["help"], len(fields(Config)))
print(dataclasses.is_dataclass(Config), dataclasses.is_dataclass(Config("y")), dataclasses.is_dataclass(dict))

@dataclass(eq=False, repr=False, frozen=True)
class Params:
    a: int = 1
print(Params.__dataclass_params__, Params().a)

# __match_args__ / __init__ signature errors for kw-only and InitVar
@dataclass
class K:
    a: int
    b: int = field(kw_only=True)
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
try:
    K()
except TypeError as e:
    print("TypeError:", e)
print(K(1, b=2), K.__match_args__)
