"""numbers: the numeric abstract base classes (pyjs implementation)."""

from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=_ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass

    @_abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @property
    @_abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @_abstractmethod
    def imag(self):
        raise NotImplementedError

    def __bool__(self):
        return self != 0


Complex.register(complex)


class Real(Complex):
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)


def _register_fraction():
    from fractions import Fraction
    Rational.register(Fraction)


_register_fraction()
