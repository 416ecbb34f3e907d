"""LVS Desktop: caseload, letters and sync for leerplicht consultants, over an encrypted vault."""

__version__ = "0.1.0"
