"""A small text adventure driven by a scripted list of commands."""

from dataclasses import dataclass, field


class GameError(Exception):
    pass


class Locked(GameError):
    def __init__(self, door, key):
        super().__init__(f"the {door} is locked; you need the {key}")
        self.door = door
        self.key = key


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: dict = field(default_factory=dict)

    def __str__(self):
        exits = ", ".join(sorted(self.exits)) or "none"
        items = ", ".join(self.items) if self.items else "nothing"
        return f"[{self.name}] {self.description}\n  exits: {exits}\n  you see: {items}"


@dataclass
class Player:
    room: str
    inventory: list = field(default_factory=list)
    moves: int = 0
    score: int = 0
    history: list = field(default_factory=list)


WORLD = {
    "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", "Shelves of books.", {"south": "hall", "up": "attic"}, ["book", "key"],
                    {"up": "brass key"}),
    "kitchen": Room("kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread"]),
    "cellar": Room("cellar", "Dark and damp.", {"up": "kitchen"}, ["wine"], {}),
    "attic": Room("attic", "Treasure glitters here!", {"down": "library"}, ["treasure"]),
}

ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


def parse(line):
    words = line.lower().split()
    if not words:
        return ("noop", None)
    verb, *rest = words
    arg = " ".join(rest) or None
    if verb in ALIASES:
        return ("go", ALIASES[verb])
    if verb in ("go", "walk"):
        return ("go", ALIASES.get(arg, arg))
    if verb in ("take", "get"):
        return ("take", arg)
    if verb in ("drop",):
        return ("drop", arg)
    if verb in ("i", "inv", "inventory"):
        return ("inventory", None)
    if verb in ("look", "l"):
        return ("look", None)
    return ("unknown", line)


def step(player, command):
    kind, arg = parse(command)
    room = WORLD[player.room]
    match kind:
        case "noop":
            return "..."
        case "go" if arg in room.exits:
            need = room.locked.get(arg)
            if need is not None and "key" not in player.inventory:
                raise Locked(arg, need)
            player.room = room.exits[arg]
            player.moves += 1
            return str(WORLD[player.room])
        case "go":
            return f"You can't go {arg!r} from the {room.name}."
        case "take" if arg in room.items:
            room.items.remove(arg)
            player.inventory.append(arg)
            player.score += {"treasure": 100, "key": 10}.get(arg, 1)
            return f"Taken: {arg}."
        case "take":
            return f"There is no {arg} here."
        case "drop" if arg in player.inventory:
            player.inventory.remove(arg)
            room.items.append(arg)
            return f"Dropped {arg}."
        case "inventory":
            return "You carry: " + (", ".join(sorted(player.inventory)) or "nothing")
        case "look":
            return str(room)
        case _:
            return f"I don't understand {arg!r}."


SCRIPT = [
    "look", "take lamp", "n", "u", "take key", "take book", "go up", "take treasure",
    "d", "s", "e", "take bread", "drop lamp", "look", "dance", "", "i", "go west", "go nowhere",
    "d", "take wine", "up",
]

p = Player("hall")
for cmd in SCRIPT:
    try:
        out = step(p, cmd)
    except Locked as exc:
        out = f"Locked! {exc} (door={exc.door!r}, key={exc.key!r})"
    except GameError as exc:  # pragma: no cover
        out = f"error: {exc}"
    p.history.append((cmd, len(out)))
    print(f"> {cmd}")
    for line in out.splitlines():
        print("  " + line)

print(p)
print(f"moves={p.moves} score={p.score} ratio={p.score / max(p.moves, 1):.3f}")
print(sorted((name, sorted(r.items)) for name, r in WORLD.items()))
print(max(p.history, key=lambda h: h[1]))
