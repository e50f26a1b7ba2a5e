from typing import *
import typing
from collections import deque, defaultdict
T = TypeVar('T'); K = TypeVar('K', bound=int)
print(Union[int, str, None], Union[int, None], Optional[Union[int,str]], Union[int], Union[int, int, str])
print(List[T], Dict[str, List[int]], Callable[..., int], Callable[[], None], Type[int], Tuple[()], tuple[()], Annotated[int, 'x'])
print(list[T], int | str | None, (int | str).__args__, List[int].__origin__, list[int].__args__)
print(List, Optional, Any, Union, Callable, K, repr(T), T.__name__)
print(list[int]([1,2]), List[int] == List[int], type(list[int]), type(int|str))
class S(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
print(S[int], S.__mro__, S.__orig_bases__, S[int](3).v, S(4).v)
print(Literal[1, 'a', None, True], Final[int], ClassVar[List[int]], Iterator[int], Sequence[str])
import collections.abc as cabc
print(cabc.Iterable[int], cabc.Callable[[int], str], type[int], deque[int], defaultdict[str, int])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance(3, int | str), isinstance(3, Optional[int]), isinstance("s", int | None))
print(NewType('UserId', int), NewType('UserId', int)(5))
print(Union[int, str] == Union[str, int], hash(int|str) == hash(str|int), int | None == None | int)
Vector = list[float]
Matrix = List[List[float]]
def scale(v: Vector, k: float) -> Vector: return [x * k for x in v]
print(scale([1.0, 2.0], 2), Vector, Matrix)
class Node:
    def __init__(self, nxt: Optional["Node"] = None): self.nxt = nxt
print(Optional["Node"], List["Node"], list["Node"])
class P(Protocol):
    def m(self) -> int: ...
class Impl:
    def m(self) -> int: return 1
def use(p: P) -> int: return p.m()
print(use(Impl()))
print(get_type_hints(scale))
print(scale.__annotations__)
x = None
print(x == None | int, int | None == x, (int | str) | None, int | int)
print(dict[str, list[int]], tuple[int, ...], list[list[float]], type[int] | None)
L: List[int] = [1, 2]
print(L, Union[List[int], None], Tuple[int, str])
