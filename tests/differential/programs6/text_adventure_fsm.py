from enum import Enum
from dataclasses import dataclass, field


class State(Enum):
    HALL = "hall"
    LIBRARY = "library"
    VAULT = "vault"
    GARDEN = "garden"
    WON = "won"
    LOST = "lost"

    def __str__(self):
        return self.value.title()


@dataclass
class Player:
    room: State = State.HALL
    inventory: set = field(default_factory=set)
    moves: int = 0
    hp: int = 3


EXITS = {
    State.HALL: {"north": State.LIBRARY, "east": State.GARDEN},
    State.LIBRARY: {"south": State.HALL, "down": State.VAULT},
    State.GARDEN: {"west": State.HALL},
    State.VAULT: {"up": State.LIBRARY},
}
ITEMS = {State.LIBRARY: ["book", "candle"], State.GARDEN: ["key"], State.HALL: [], State.VAULT: ["gold"]}


def step(p, command):
    p.moves += 1
    match command.lower().split():
        case ["go" | "move", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            dest = EXITS[p.room].get(direction)
            if dest is None:
                return f"You can't go {direction} from the {p.room}."
            if dest is State.VAULT and "key" not in p.inventory:
                p.hp -= 1
                if p.hp <= 0:
                    p.room = State.LOST
                    return "The trapdoor swallows you."
                return f"The trapdoor is locked. (hp {p.hp})"
            p.room = dest
            return f"You enter the {dest}."
        case ["take", item] if item in ITEMS[p.room]:
            ITEMS[p.room].remove(item)
            p.inventory.add(item)
            if item == "gold":
                p.room = State.WON
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["drop", *items] if items:
            dropped = [i for i in items if i in p.inventory]
            p.inventory.difference_update(dropped)
            ITEMS[p.room].extend(dropped)
            return f"Dropped {', '.join(dropped) or 'nothing'}."
        case ["look"]:
            things = ", ".join(sorted(ITEMS[p.room])) or "nothing"
            exits = "/".join(EXITS[p.room])
            return f"{p.room}: you see {things}; exits {exits}."
        case ["inventory" | "inv" | "i"]:
            return "You carry: " + (", ".join(sorted(p.inventory)) or "nothing")
        case []:
            p.moves -= 1
            return "Say something."
        case [verb, *_]:
            return f"I don't know how to {verb!r}."


script = ["look", "go down", "north", "down", "take sword", "south", "east", "take key", "", "inv",
          "dance wildly", "west", "north", "look", "drop key book", "take candle", "down", "take gold", "look"]
p = Player()
for cmd in script:
    if p.room in (State.WON, State.LOST):
        print(f"[game over: {p.room.name}]")
        break
    print(f"> {cmd:<14} {step(p, cmd)}")
print(p.room, repr(p.room), p.moves, sorted(p.inventory), p.hp)
print(State("vault"), State["GARDEN"].value, [s.name for s in State if s not in EXITS])
try:
    State("attic")
except ValueError as e:
    print("ValueError:", e)
