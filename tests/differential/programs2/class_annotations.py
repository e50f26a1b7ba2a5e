from typing import ClassVar, Optional, List, Dict
from dataclasses import dataclass, fields, MISSING


class Config:
    name: str
    retries: int = 3
    ratio: float
    tags: List[str]
    extra: Optional[Dict[str, int]] = None
    counter: ClassVar[int] = 0


print(Config.__annotations__["retries"])
print(Config.__annotations__["name"] is str)
for k, v in Config.__annotations__.items():
    print(k, v)
print(Config.retries, Config.extra)


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"


for f in fields(Point):
    print(f.name, f.type, f.default if f.default is not MISSING else "-")
print(Point.__annotations__)


def area(w: float, h: float = 1.0) -> float:
    return w * h


print(area.__annotations__)
print(area.__name__, area.__defaults__)
