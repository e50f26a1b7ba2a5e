"""A to-do manager driven by command strings: shlex, frozen dataclasses, replace, sorting."""
import shlex
from dataclasses import dataclass, field, replace, asdict, astuple, FrozenInstanceError
from datetime import date
from typing import Optional, Tuple
import itertools

_ids = itertools.count(1)


@dataclass(frozen=True, order=True)
class Task:
    priority: int
    title: str
    due: Optional[date] = None
    tags: Tuple[str, ...] = ()
    done: bool = False
    id: int = field(default_factory=lambda: next(_ids), compare=False)

    def __post_init__(self):
        if not 1 <= self.priority <= 5:
            raise ValueError(f"priority must be 1..5, got {self.priority}")
        object.__setattr__(self, "tags", tuple(sorted(set(self.tags))))


class TodoList:
    def __init__(self):
        self.tasks = {}

    def run(self, line):
        argv = shlex.split(line)
        cmd, args = argv[0], argv[1:]
        handler = getattr(self, f"cmd_{cmd}", None)
        if handler is None:
            return f"unknown command {cmd!r}"
        try:
            return handler(*args)
        except (ValueError, TypeError, KeyError) as e:
            return f"error in {cmd}: {type(e).__name__}: {e}"

    def cmd_add(self, title, priority="3", *rest):
        due, tags = None, []
        for r in rest:
            if r.startswith("due="):
                due = date.fromisoformat(r[4:])
            elif r.startswith("#"):
                tags.append(r[1:])
            else:
                raise ValueError(f"bad option {r!r}")
        t = Task(int(priority), title, due, tuple(tags))
        self.tasks[t.id] = t
        return f"added #{t.id}"

    def cmd_done(self, tid):
        t = self.tasks[int(tid)]
        self.tasks[t.id] = replace(t, done=True)
        return f"completed {t.title!r}"

    def cmd_list(self, order="priority"):
        keys = {"priority": lambda t: (t.priority, t.title), "due": lambda t: (t.due is None, t.due or date.max), "title": lambda t: t.title.lower()}
        rows = [f"{'x' if t.done else ' '} #{t.id:<2} p{t.priority} {t.title:<22} {t.due or '':<10} {' '.join('#' + g for g in t.tags)}".rstrip()
                for t in sorted(self.tasks.values(), key=keys[order])]
        return "\n".join(rows)

    def cmd_tags(self):
        counts = {}
        for t in self.tasks.values():
            for g in t.tags:
                counts[g] = counts.get(g, 0) + 1
        return ", ".join(f"{g}={n}" for g, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


todo = TodoList()
script = [
    'add "Write report" 2 due=2024-05-10 #work #writing',
    "add 'Buy milk' 4 #home",
    'add "Fix bike" 3 due=2024-05-01 #home #outdoor #home',
    'add "Call mom" 1',
    'add "Bad task" 9',
    'add "Other" 2 oops',
    "add 'Tax return' 2 due=2024-04-30 #work",
    "done 2",
    "done 42",
    "list",
    "list due",
    "list title",
    "list nonsense",
    "tags",
    "frobnicate now",
    'add "unterminated',
]
for line in script:
    try:
        out = todo.run(line)
    except ValueError as e:
        out = f"parse error: {e}"
    print(f"> {line}")
    if out:
        print(out)

t = todo.tasks[1]
try:
    t.title = "changed"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(t)
print(asdict(t))
print(astuple(todo.tasks[4]))
print(sorted(todo.tasks.values())[0].title, hash(t) == hash(replace(t)), t == replace(t, id=99))
print(shlex.split("a 'b c' \"d \\\"e\\\"\" f\\ g"), shlex.quote("it's here"), shlex.join(["x y", "z"]))
