# An ATM state machine with a custom exception hierarchy, chained causes (raise ... from ...),
# implicit context, exception attributes, __str__ overrides, retries, and a scripted session log.
from enum import Enum, auto


class ATMError(Exception):
    code = "E000"

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"


class CardError(ATMError):
    code = "E100"


class PinError(CardError):
    code = "E101"

    def __init__(self, tries_left):
        super().__init__(f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class CardRetained(CardError):
    code = "E102"


class FundsError(ATMError):
    code = "E200"

    def __init__(self, wanted, available):
        super().__init__(wanted, available)
        self.wanted, self.available = wanted, available

    def __str__(self):
        return f"[{self.code}] insufficient funds: wanted {self.wanted}, have {self.available}"


class DispenseError(ATMError):
    code = "E300"


class State(Enum):
    IDLE = auto()
    CARD = auto()
    AUTH = auto()
    RETAINED = auto()


class Bank:
    def __init__(self):
        self.accounts = {"1111": {"pin": "1234", "balance": 300}, "2222": {"pin": "0000", "balance": 45}}

    def debit(self, card, amount):
        acct = self.accounts[card]
        if amount > acct["balance"]:
            raise FundsError(amount, acct["balance"])
        acct["balance"] -= amount
        return acct["balance"]


class ATM:
    def __init__(self, bank, cash):
        self.bank, self.cash, self.state, self.card, self.tries = bank, dict(cash), State.IDLE, None, 0

    def require(self, *states):
        if self.state not in states:
            names = "/".join(s.name for s in states)
            raise ATMError(f"cannot do that in state {self.state.name} (need {names})")

    def insert(self, card):
        self.require(State.IDLE)
        try:
            self.bank.accounts[card]
        except KeyError as e:
            raise CardError(f"unknown card {card}") from e
        self.card, self.state, self.tries = card, State.CARD, 3

    def pin(self, code):
        self.require(State.CARD)
        if self.bank.accounts[self.card]["pin"] != code:
            self.tries -= 1
            if self.tries == 0:
                self.state = State.RETAINED
                try:
                    raise PinError(0)
                except PinError as inner:
                    raise CardRetained("card retained after 3 wrong PINs") from inner
            raise PinError(self.tries)
        self.state = State.AUTH

    def notes_for(self, amount):
        out = {}
        for note in sorted(self.cash, reverse=True):
            k = min(amount // note, self.cash[note])
            if k:
                out[note] = k
                amount -= k * note
        if amount:
            raise DispenseError(f"cannot make {amount} from {sorted(self.cash.items())}")
        return out

    def withdraw(self, amount):
        self.require(State.AUTH)
        if amount <= 0 or amount % 5:
            raise ValueError(f"amount must be a positive multiple of 5, got {amount}")
        try:
            notes = self.notes_for(amount)
            left = self.bank.debit(self.card, amount)
        except FundsError:
            raise
        except DispenseError as e:
            raise ATMError("withdrawal aborted") from e
        for note, k in notes.items():
            self.cash[note] -= k
        return notes, left

    def eject(self):
        self.require(State.CARD, State.AUTH)
        self.card, self.state = None, State.IDLE


def describe(e):
    parts = [f"{type(e).__name__}: {e}"]
    while True:
        nxt = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
        if nxt is None:
            break
        link = "caused by" if e.__cause__ is not None else "during handling of"
        parts.append(f"  {link} {type(nxt).__name__}: {nxt}")
        e = nxt
    return "\n".join(parts)


atm = ATM(Bank(), {20: 5, 10: 3, 5: 2})
script = [("insert", "9999"), ("insert", "1111"), ("withdraw", 20), ("pin", "1111"), ("pin", "1234"), ("withdraw", 65),
          ("withdraw", 7), ("withdraw", 500), ("withdraw", 135), ("eject",), ("insert", "2222"), ("pin", "1"), ("pin", "2"),
          ("pin", "3"), ("eject",), ("insert", "1111")]
for step in script:
    op, *args = step
    try:
        result = getattr(atm, op)(*args)
        print(f"{op}{tuple(args)} -> {result} state={atm.state.name} cash={atm.cash}")
    except PinError as e:
        print(f"{op}{tuple(args)} !! {e} (tries_left={e.tries_left}, is CardError: {isinstance(e, CardError)})")
    except ATMError as e:
        print(f"{op}{tuple(args)} !!", describe(e).replace("\n", "\n    "))
    except ValueError as e:
        print(f"{op}{tuple(args)} !! ValueError {e.args}")
print(atm.state, atm.bank.accounts, [c.__name__ for c in CardRetained.__mro__[:-2]])
fe = FundsError(10, 5)
print(fe.args, repr(fe), str(fe), FundsError.code, PinError(2).args, repr(ATMError("x")))
