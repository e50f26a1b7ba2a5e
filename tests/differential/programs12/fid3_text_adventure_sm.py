from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: set = field(default_factory=set)


class Game:
    def __init__(self):
        self.rooms = {}
        self.here = None
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.commands: dict[str, Callable[..., str]] = {
            "go": self.go, "take": self.take, "drop": self.drop, "look": self.look,
            "inv": self.inv, "unlock": self.unlock, "use": self.use,
        }

    def add(self, room):
        self.rooms[room.name] = room
        if self.here is None:
            self.here = room

    def do(self, line):
        verb, _, rest = line.strip().partition(" ")
        cmd = self.commands.get(verb.lower())
        if cmd is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return cmd(rest) if rest else cmd()
        except TypeError:
            return f"{verb} what?"

    def look(self):
        r = self.here
        ex = ", ".join(f"{d}{'*' if d in r.locked else ''}" for d in sorted(r.exits))
        it = ", ".join(r.items) or "nothing"
        return f"{r.name}: {r.desc} Exits: {ex}. You see {it}."

    def go(self, direction):
        r = self.here
        if direction not in r.exits:
            return "You can't go that way."
        if direction in r.locked:
            return f"The {direction} door is locked."
        self.here = self.rooms[r.exits[direction]]
        if self.here.name == "Vault" and "gem" in self.here.items:
            pass
        return self.look()

    def take(self, thing):
        if thing not in self.here.items:
            return f"There is no {thing} here."
        self.here.items.remove(thing)
        self.inventory.append(thing)
        return f"Taken: {thing}."

    def drop(self, thing):
        if thing not in self.inventory:
            return f"You don't have {thing}."
        self.inventory.remove(thing)
        self.here.items.append(thing)
        if thing == "gem" and self.here.name == "Hall":
            self.state = "won"
            return "The gem glows on the pedestal. You win!"
        return f"Dropped {thing}."

    def inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def unlock(self, direction):
        if direction not in self.here.locked:
            return "Nothing to unlock."
        if "key" not in self.inventory:
            return "You need a key."
        self.here.locked.discard(direction)
        return f"Unlocked {direction}."

    def use(self, a, b=None):
        return f"using {a} {b}"


g = Game()
g.add(Room("Hall", "A dusty hall with a pedestal.", {"north": "Library", "east": "Kitchen"}))
g.add(Room("Library", "Shelves everywhere.", {"south": "Hall", "down": "Vault"}, ["book", "key"], {"down"}))
g.add(Room("Kitchen", "Smells of bread.", {"west": "Hall"}, ["bread", "knife"]))
g.add(Room("Vault", "Cold and dark.", {"up": "Library"}, ["gem"]))

script = """look
go west
go east
take bread
take spoon
go west
go north
go down
unlock down
take key
unlock down
unlock down
go down
take gem
inv
go up
go south
drop knife
dance
take
drop gem
look"""
for line in script.splitlines():
    print(f"> {line}")
    print("  " + g.do(line))
    if g.state != "playing":
        break
print(g.state, g.moves, sorted(g.inventory), g.here.name)
print({n: r.items for n, r in g.rooms.items()})
