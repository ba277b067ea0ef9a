"""rasd: Arabic news to structured event data — who said what, who did what to whom, where and when."""

__version__ = "0.1.0"

__all__ = ["__version__"]
