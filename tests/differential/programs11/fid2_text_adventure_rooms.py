from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    N = "north"
    S = "south"
    E = "east"
    W = "west"

    @property
    def opposite(self):
        return {Dir.N: Dir.S, Dir.S: Dir.N, Dir.E: Dir.W, Dir.W: Dir.E}[self]


@dataclass
class Room:
    name: str
    desc: str
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    locked: set = field(default_factory=set)

    def connect(self, d, other):
        self.exits[d] = other
        other.exits[d.opposite] = self


class GameOver(Exception):
    pass


@dataclass
class Player:
    room: Room
    inventory: list = field(default_factory=list)
    moves: int = 0
    score: int = 0

    def do(self, line):
        verb, _, arg = line.strip().lower().partition(" ")
        handler = getattr(self, f"cmd_{verb}", None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        exits = ", ".join(d.value for d in self.room.exits)
        items = f" You see: {', '.join(self.room.items)}." if self.room.items else ""
        return f"{self.room.name}: {self.room.desc}{items} Exits: {exits or 'none'}."

    def cmd_go(self, arg):
        try:
            d = Dir(arg)
        except ValueError:
            return f"{arg!r} is not a direction."
        if d not in self.room.exits:
            return "You can't go that way."
        if d in self.room.locked:
            if "key" not in self.inventory:
                return "The door is locked."
            self.room.locked.discard(d)
            self.score += 10
        self.room = self.room.exits[d]
        if self.room.name == "Vault":
            self.score += 50
            raise GameOver(f"You found the vault in {self.moves} moves!")
        return self.cmd_look("")

    def cmd_take(self, arg):
        if arg not in self.room.items:
            return f"No {arg} here."
        self.room.items.remove(arg)
        self.inventory.append(arg)
        self.score += 5
        return f"Taken: {arg}."

    def cmd_drop(self, arg):
        if arg not in self.inventory:
            return f"You don't have {arg}."
        self.inventory.remove(arg)
        self.room.items.append(arg)
        return f"Dropped {arg}."

    def cmd_inv(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


hall = Room("Hall", "A dusty hall.", ["lamp"])
library = Room("Library", "Shelves of old books.", ["book", "key"])
cellar = Room("Cellar", "Damp and dark.")
vault = Room("Vault", "Gold everywhere.")
hall.connect(Dir.N, library)
hall.connect(Dir.E, cellar)
cellar.connect(Dir.S, vault)
cellar.locked.add(Dir.S)

player = Player(hall)
script = ["look", "take lamp", "take sword", "go up", "go west", "go north", "take key", "inv", "drop lamp",
          "look", "go south", "dance", "go east", "go south", "look"]
for cmd in script:
    try:
        print(f"> {cmd}\n{player.do(cmd)}")
    except GameOver as win:
        print(f"> {cmd}\n*** {win} Score: {player.score} ***")
        break
print(player.moves, player.score, [r.name for r in (hall, library, cellar) if r.items], library.items)
