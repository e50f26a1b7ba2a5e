"""threading (pyjs implementation): pyjs runs one thread, so a Thread runs its target to
completion when start() is called, and join() returns at once. Locks, conditions, events,
semaphores and barriers keep their state; an operation that could only wait for another
thread (acquiring a held Lock, waiting on an unset Event without a timeout, a Barrier of more
than one party) raises RuntimeError instead of waiting forever, as pyjs's queue does."""

import sys as _sys
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
           "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
           "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
           "setprofile", "settrace", "local", "stack_size", "excepthook", "get_native_id",
           "getprofile", "gettrace"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def _would_block(what):
    return RuntimeError("pyjs: %s would wait forever (no threads)" % what)


class _LockBase:
    _kind = "_thread.lock"

    def __init__(self):
        self._count = 0
        self._owner = None

    def locked(self):
        return self._count > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return "<%s %s object at 0x%x>" % (state, self._kind, id(self))


class Lock(_LockBase):
    def acquire(self, blocking=True, timeout=-1):
        if self._count:
            if not blocking or timeout >= 0:
                if timeout > 0:
                    _time.sleep(timeout)
                return False
            raise _would_block("acquiring a held Lock")
        self._count = 1
        return True

    acquire_lock = acquire

    def release(self):
        if not self._count:
            raise RuntimeError("release unlocked lock")
        self._count = 0

    release_lock = release


def RLock():
    return _RLock()


class _RLock(_LockBase):
    _kind = "_thread.RLock"

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        self._owner = get_ident()
        return True

    def release(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return "<%s %s.%s object owner=%r count=%d at 0x%x>" % (
            state, "_thread", "RLock", self._owner or 0, self._count, id(self))


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is None:
            raise _would_block("Condition.wait() without a timeout")
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _would_block("Condition.wait_for() of a false predicate")
        _time.sleep(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            if not blocking or timeout is not None:
                if timeout:
                    _time.sleep(timeout)
                return False
            raise _would_block("acquiring a Semaphore at 0")
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _would_block("Event.wait() of an unset event")
        _time.sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties > 1:
            raise _would_block("Barrier.wait() of more than one party")
        if self._action:
            self._action()
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = [0]
_idents = [1]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=_sys.stderr)
    print("".join(traceback.format_exception(args.exc_value)), end="", file=_sys.stderr)


__excepthook__ = excepthook


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = False
        self._is_stopped = False

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        _idents[0] += 1
        self._ident = _idents[0]
        previous = _current[0]
        _current[0] = self
        _active.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _current[0] = previous
            _active.remove(self)
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = 1


class Timer(Thread):
    """Runs function after interval seconds (sleeping, then calling it, when started)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main = _MainThread()
_current = [_main]
_active = []


def current_thread():
    return _current[0]


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


get_native_id = get_ident


def active_count():
    return 1 + len(_active)


activeCount = active_count


def enumerate():
    return [_main] + list(_active)


class local:
    """Thread-local data: one thread, so plain attributes."""


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0
