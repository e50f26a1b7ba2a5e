print("package", __name__, __package__)
from .loader import load
