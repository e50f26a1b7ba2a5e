"""concurrent.futures (pyjs implementation). pyjs runs one thread: an executor runs each call
when it is submitted (ProcessPoolExecutor too, in this process), so every future is done when
submit() returns; map() returns the results in order, and as_completed() yields futures in
submission order. Future callbacks run at once."""

import threading as _threading

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor",
           "ThreadPoolExecutor", "InvalidStateError"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        if self._state == "FINISHED":
            if self._exception is not None:
                return "<%s at %#x state=finished raised %s>" % (self.__class__.__name__, id(self), self._exception.__class__.__name__)
            return "<%s at %#x state=finished returned %s>" % (self.__class__.__name__, id(self), self._result.__class__.__name__)
        return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), self._state.lower())

    def cancel(self):
        if self._state in ("RUNNING", "FINISHED"):
            return False
        self._state = "CANCELLED"
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state == "CANCELLED"

    def running(self):
        return self._state == "RUNNING"

    def done(self):
        return self._state in ("CANCELLED", "FINISHED")

    def result(self, timeout=None):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state != "FINISHED":
            raise RuntimeError("Future.result() of a future that is not done: pyjs runs one thread, so this would block forever")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state != "FINISHED":
            raise RuntimeError("Future.exception() of a future that is not done: pyjs runs one thread, so this would block forever")
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == "CANCELLED":
            return False
        self._state = "RUNNING"
        return True

    def set_result(self, result):
        if self._state in ("CANCELLED", "FINISHED"):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = "FINISHED"
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state in ("CANCELLED", "FINISHED"):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._exception = exception
        self._state = "FINISHED"
        self._run_callbacks()

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            fn(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:
    def __init__(self):
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f.set_running_or_notify_cancel()
        self._run(f, fn, args, kwargs)
        return f

    def _run(self, f, fn, args, kwargs):
        try:
            result = fn(*args, **kwargs)
        except BaseException as e:
            f.set_exception(e)
        else:
            f.set_result(result)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        super().__init__()
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers if max_workers is not None else 5
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}"
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def _run(self, f, fn, args, kwargs):
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            self._initializer(*self._initargs)
        Executor._run(self, f, fn, args, kwargs)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        super().__init__()
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def _run(self, f, fn, args, kwargs):
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            self._initializer(*self._initargs)
        Executor._run(self, f, fn, args, kwargs)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if not f.done():
            raise RuntimeError("as_completed() of a future that is not done: pyjs runs one thread, so this would block forever")
    yield from fs


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)
